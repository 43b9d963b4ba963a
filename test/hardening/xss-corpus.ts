/**
 * Hostile strings for the XSS tests. Every payload that could run calls `__xss(n)` (or `alert`),
 * so a test that defines `window.__xss` and stubs `alert` sees any execution.
 *
 * `XSS_PAYLOADS` go into text fields (they must show as literal text); `HOSTILE_URLS` go into
 * `policyUrl` fields (they must never become a non-http(s) link).
 */

declare global {
  interface Window {
    /** Called by any payload that manages to run; defined by the tests. */
    __xss?: (id: number | string) => void;
  }
}

const markup = [
  // script elements
  '<script>__xss(1)</script>',
  '<SCRIPT>__xss(2)</SCRIPT>',
  '<script src="/e2e/hit/xss/script.js"></script>',
  '<script>__xss(3)//',
  '</script><script>__xss(4)</script>',
  '<scr<script>ipt>__xss(5)</scr</script>ipt>',
  '"><script>__xss(6)</script>',
  "'><script>__xss(7)</script>",
  '</title><script>__xss(8)</script>',
  '</textarea><script>__xss(9)</script>',
  '</style><script>__xss(10)</script>',
  '<script type="module">__xss(11)</script>',
  '<script\n>__xss(12)</script\n>',
  '<script/src=data:,__xss(13)></script>',
  // event-handler attributes
  '<img src=x onerror=__xss(20)>',
  '<img src="x" onerror="__xss(21)">',
  '<IMG SRC=x OnErRoR=__xss(22)>',
  '<img/src/onerror=__xss(23)>',
  '<img src=x onerror\n=\n__xss(24)>',
  '<body onload=__xss(25)>',
  '<svg onload=__xss(26)>',
  '<svg/onload=__xss(27)>',
  '<input autofocus onfocus=__xss(28)>',
  '<details open ontoggle=__xss(29)>',
  '<video><source onerror=__xss(30)></video>',
  '<audio src=x onerror=__xss(31)>',
  '<marquee onstart=__xss(32)>x</marquee>',
  '<div onmouseover=__xss(33)>hover</div>',
  '<a onclick=__xss(34)>click</a>',
  '<select autofocus onfocus=__xss(35)>',
  '<textarea autofocus onfocus=__xss(36)>',
  '<iframe onload=__xss(37)></iframe>',
  '<object data=x onerror=__xss(38)>',
  '<style onload=__xss(39)></style>',
  '<link rel=stylesheet href=x onerror=__xss(40)>',
  '" onmouseover="__xss(41)" x="',
  "' onfocus='__xss(42)' autofocus='",
  '` onerror=`__xss(43)`',
  // javascript:, data:, vbscript: as markup
  '<a href="javascript:__xss(50)">link</a>',
  '<a href=" JaVaScRiPt:__xss(51)">link</a>',
  '<a href="\tjavascript:__xss(52)">link</a>',
  '<a href="&#106;avascript:__xss(53)">link</a>',
  '<a href="&#x6A;avascript&#x3A;__xss(54)">link</a>',
  '<iframe src="javascript:__xss(55)"></iframe>',
  '<iframe src="data:text/html,<script>parent.__xss(56)</script>"></iframe>',
  '<iframe srcdoc="<script>parent.__xss(57)</script>"></iframe>',
  '<object data="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoNTgpPC9zY3JpcHQ+"></object>',
  '<embed src="javascript:__xss(59)">',
  '<form action="javascript:__xss(60)"><button>go</button></form>',
  '<button formaction="javascript:__xss(61)">go</button>',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(62)">',
  '<base href="javascript:__xss(63)//">',
  '<a href="vbscript:msgbox(64)">vb</a>',
  '<img src="VBScript:__xss(65)">',
  '<math><a xlink:href="javascript:__xss(66)">m</a></math>',
  // entity- and percent-encoded forms
  '&lt;script&gt;__xss(70)&lt;/script&gt;',
  '&#60;script&#62;__xss(71)&#60;/script&#62;',
  '&#x3C;img src=x onerror=__xss(72)&#x3E;',
  '%3Cscript%3E__xss(73)%3C%2Fscript%3E',
  '%3Cimg%20src%3Dx%20onerror%3D__xss(74)%3E',
  '\\u003cscript\\u003e__xss(75)\\u003c/script\\u003e',
  '&amp;lt;script&amp;gt;__xss(76)',
  '&#0000060script&#0000062__xss(77)',
  '+ADw-script+AD4-__xss(78)+ADw-/script+AD4-',
  // SVG and MathML
  '<svg><script>__xss(80)</script></svg>',
  '<svg><animate onbegin=__xss(81) attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:__xss(82)"><text x="20" y="20">x</text></a></svg>',
  '<svg><foreignObject><img src=x onerror=__xss(83)></foreignObject></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=__xss(84) /></svg>#x"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(85)>',
  '<math><maction actiontype="statusline" xlink:href="javascript:__xss(86)">x</maction></math>',
  '<svg><set attributeName="onload" to="__xss(87)"/></svg>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(88)>">',
  '<template><img src=x onerror=__xss(89)></template>',
  '<!--<img src=x onerror=__xss(90)>-->',
  '<![CDATA[<img src=x onerror=__xss(91)>]]>',
  '<?xml version="1.0"?><img src=x onerror=__xss(92)>',
  '<isindex type=image src=1 onerror=__xss(93)>',
  '<image src=x onerror=__xss(94)>',
  '<frameset onload=__xss(95)>',
  '<table background="javascript:__xss(96)">',
  '<div style="background:url(javascript:__xss(97))">css</div>',
  '<div style="width:expression(__xss(98))">css</div>',
  '<custom-element onclick=__xss(99)>',
];

const templates = [
  // template injection
  '${__xss(100)}',
  '`${__xss(101)}`',
  '{{__xss(102)}}',
  '{{constructor.constructor("__xss(103)")()}}',
  '<%= __xss(104) %>',
  '#{__xss(105)}',
  '{site}',
  '{category} {provider} {site}',
  '{__proto__}',
  '{constructor}',
  '{toString}',
  '{hasOwnProperty}',
  '{{site}}',
  '$&$1$`$\'',
  // Lit marker look-alikes
  '<!--?lit$123$-->',
  'lit$123$',
  '?lit$123$',
  '<?lit$123$>',
  '<!--?lit$999999999$--><img src=x onerror=__xss(110)>',
  'lit$123$=x',
  '<div lit$123$="x" @click=${__xss(111)}></div>',
  '<!---->',
  '<!--?-->',
  '\u0000lit$123$\u0000',
];

const unicode = [
  // bidi, zero-width, NUL, lone surrogates
  '\u202Egnp.exe',
  'safe\u202Etxt.js\u202C',
  '\u2066\u2067\u2068isolates\u2069',
  '\u200B\u200C\u200D\u2060\uFEFF',
  'java\u200Bscript:__xss(120)',
  '<scr\u200Bipt>__xss(121)</script>',
  'NUL\u0000inside',
  '\u0000<script>__xss(122)</script>',
  '\uD800 lone high surrogate',
  'lone low surrogate \uDC00',
  '\uFFFD\uFFFE\uFFFF',
  'Ｓｃｒｉｐｔ ＜script＞__xss(123)＜/script＞',
  '\u0130\u0131 İı ß ǅ',
  'e\u0301\u0301\u0301\u0301 combining',
  '😀👨‍👩‍👧‍👦🏳️‍🌈',
  '\r\n\t\v\f line\u2028separators\u2029',
  '   ',
  '',
];

const huge = [
  // very long strings
  'A'.repeat(100_000),
  '<img src=x onerror=__xss(130)> '.repeat(500),
  `${'\u202E'.repeat(1_000)} ${'x y '.repeat(2_500)}`,
];

/** At least 100 hostile strings for text fields. */
export const XSS_PAYLOADS: readonly string[] = [...markup, ...templates, ...unicode, ...huge];

/** Whether `payload` holds a `{name}` placeholder, which the element fills in its built-in-text keys. */
export const hasPlaceholder = (payload: string) => /\{\w+\}/.test(payload);

/** URLs that must never become a link (none resolves to http: or https:). */
export const HOSTILE_URLS: readonly string[] = [
  'javascript:__xss(200)',
  'JAVASCRIPT:__xss(201)',
  ' JaVaScRiPt:__xss(202)',
  '\tjavascript:__xss(203)',
  '\njavascript:__xss(204)',
  'java\nscript:__xss(205)',
  'java\tscript:__xss(206)',
  'java\rscript:__xss(207)',
  '\u0000javascript:__xss(208)',
  '\u0001javascript:__xss(209)',
  '  \t\n javascript:__xss(210)',
  'javascript://%0a__xss(211)',
  'javascript:void(0)',
  'data:text/html,<script>__xss(212)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5fX3hzcygyMTMpPC9zY3JpcHQ+',
  ' data:image/svg+xml,<svg onload=__xss(214)>',
  'vbscript:msgbox(215)',
  'VbScRiPt:msgbox(216)',
  'file:///etc/passwd',
  'blob:https://example.org/1234',
  'about:blank',
  'mailto:a@example.org',
  'ftp://example.org/',
  'ws://example.org/',
  'chrome://settings',
  'http://[not a host',
  'https://',
  '',
  '   ',
];

/**
 * URLs that look hostile but are relative (or http(s)) paths once resolved: they may become links,
 * but only to http(s) URLs.
 */
export const LOOK_ALIKE_URLS: readonly string[] = [
  '&#106;avascript:__xss(220)',
  '&#x6A;avascript&#x3A;__xss(221)',
  'javascript&colon;__xss(222)',
  '%6Aavascript:__xss(223)',
  'java%0ascript:__xss(224)',
  'https:javascript:__xss(225)',
  '//evil.example/',
  '\\\\evil.example\\x',
  '/pages/cookies/?q=<script>__xss(226)</script>',
  ' https://example.org/ok',
];

// Media emulation for WebKit under WebDriver classic, which has no command for it (no
// `emulateMedia`, no print-to-PDF in WebKitWebDriver 2.50). The test page records every
// constructed stylesheet (`trackerScript`, injected before any test code); `applyMedia` then
// rewrites the conditions of their `@media` rules, and `matchMedia`, as the emulated media would
// evaluate them. This covers what our tests emulate: `print`, `prefers-color-scheme` and
// `prefers-reduced-motion`. The real media stays as it is; events such as `beforeprint` are
// not fired (tests that need them dispatch them, in every engine alike).

/** Runs in the page before the test framework: records sheets and evaluates media through the emulation. */
function installTracker() {
  const sheets = new Set();
  const originals = new WeakMap();
  let state = null;

  const TRUE = '(min-width: 0px)';
  const FALSE = '(max-width: 0px)';

  function splitList(list) {
    const queries = [];
    let depth = 0;
    let start = 0;
    for (let index = 0; index < list.length; index += 1) {
      const char = list[index];
      if (char === '(') depth += 1;
      else if (char === ')') depth -= 1;
      else if (char === ',' && depth === 0) {
        queries.push(list.slice(start, index));
        start = index + 1;
      }
    }
    queries.push(list.slice(start));
    return queries.map((query) => query.trim());
  }

  function rewriteQuery(query) {
    let out = query.replace(
      /\(\s*(prefers-color-scheme|prefers-reduced-motion)\s*(?::\s*([\w-]+)\s*)?\)/gi,
      (match, name, value) => {
        const wanted = state.features[name.toLowerCase()];
        if (wanted == null) return match;
        // The boolean form `(prefers-reduced-motion)` is true for anything but `no-preference`.
        const holds = value == null ? wanted !== 'no-preference' : wanted === value.toLowerCase();
        return holds ? TRUE : FALSE;
      },
    );
    if (state.type) {
      const typed = out.match(/^(not\s+|only\s+)?(print|screen|all)\b(.*)$/is);
      if (typed) {
        const negated = /^not/i.test(typed[1] ?? '');
        const type = typed[2].toLowerCase();
        const matches = type === 'all' || type === state.type;
        const rest = typed[3];
        if (!negated) out = matches ? `all${rest}` : 'not all';
        else out = matches ? `not all${rest}` : 'all';
      }
    }
    return out;
  }

  const rewrite = (list) => (state ? splitList(list).map(rewriteQuery).join(', ') : list);

  function rewriteRules(rules) {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        if (!originals.has(rule)) originals.set(rule, rule.media.mediaText);
        const wanted = rewrite(originals.get(rule));
        if (rule.media.mediaText !== wanted) rule.media.mediaText = wanted;
      }
      if (rule.cssRules) rewriteRules(rule.cssRules);
    }
  }

  function rewriteSheet(sheet) {
    try {
      rewriteRules(sheet.cssRules);
    } catch {
      // A cross-origin sheet cannot be read: nothing of ours.
    }
  }

  const proto = CSSStyleSheet.prototype;
  for (const method of ['replaceSync', 'insertRule']) {
    const original = proto[method];
    proto[method] = function (...args) {
      sheets.add(this);
      const result = original.apply(this, args);
      if (state) rewriteSheet(this);
      return result;
    };
  }
  const replace = proto.replace;
  proto.replace = function (...args) {
    sheets.add(this);
    return replace.apply(this, args).then((sheet) => {
      if (state) rewriteSheet(this);
      return sheet;
    });
  };
  const matchMedia = window.matchMedia.bind(window);
  window.matchMedia = (query) => matchMedia(rewrite(String(query)));

  window.__wtrEmulateMedia = (next) => {
    state = next;
    for (const sheet of new Set([...sheets, ...document.styleSheets, ...document.adoptedStyleSheets])) {
      rewriteSheet(sheet);
    }
  };
}

/** The `<script>` to put first in the test page's `<head>`. */
export const trackerScript = `<script>(${installTracker.toString()})();</script>`;

/**
 * Passed to WebDriver's execute: applies `{ type, features }` (type `print`/`screen` or null,
 * features `{ 'prefers-color-scheme': 'dark', … }`) to the page. False when the page has no tracker.
 */
export function applyMedia(state) {
  if (typeof window.__wtrEmulateMedia !== 'function') return false;
  window.__wtrEmulateMedia(state);
  return true;
}

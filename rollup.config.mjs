// The one-script build: src/bundle.ts with Lit inlined, as a minified classic script.
// (The ES module build and .d.ts files come from `tsc -p tsconfig.build.json`.)
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * Minifies the element's one stylesheet (a css`` literal without expressions): comments and the
 * whitespace that CSS ignores go, so the script carries about a third less CSS.
 */
function minifyStyles() {
  return {
    name: 'minify-styles',
    transform(code, id) {
      if (!id.endsWith('cookie-policy.styles.ts')) return null;
      return code.replace(/css\s*`([^`$]*)`/, (_, text) => {
        const minified = text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${minified}\``;
      });
    },
  };
}

/**
 * Minifies the markup of the element's html`` templates: white space that holds a line break
 * becomes one space, or nothing between two tags. HTML renders a run of white space as one space
 * anyway, and the templates never break a line between two inline elements whose gap shows (the
 * tags they break between are blocks, table parts, or items of a flex or grid box). Lit then also
 * creates fewer text nodes. Only the literal text of `html` tagged templates changes.
 */
function minifyTemplates() {
  const collapse = (text) => text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/]/.test(id) || !/\bhtml\s*`/.test(code)) return null;
      const quasis = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
          quasis.push(...node.quasi.quasis);
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      let result = code;
      for (const quasi of quasis.sort((a, b) => b.start - a.start)) {
        const raw = code.slice(quasi.start, quasi.end);
        if (raw !== quasi.value.raw) this.error(`minify-templates: unexpected template position in ${id}`);
        result = result.slice(0, quasi.start) + collapse(raw) + result.slice(quasi.end);
      }
      return { code: result, map: null };
    },
  };
}

/**
 * Writes every character above U+00FF as a `\u` escape (only strings hold them: texts like "’").
 * A script whose source is all Latin-1 is kept by the browser as one byte per character; a single
 * character beyond makes the whole 70 KB source two bytes per character on the heap, for as long as
 * the page lives. The few escapes cost about a hundred bytes before compression.
 */
function latin1Source() {
  return {
    name: 'latin1-source',
    renderChunk: (code) =>
      code.replace(/[\u0100-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`),
  };
}

/**
 * Internal property and method names, which terser shortens like local names (it cannot tell
 * them from public ones by itself). Only names that never leave the script: not a property or
 * method of the element, a field of the registry, of the stored decision, of the event detail,
 * of a proof record or of a message to other tabs, not a DOM or Lit name (terser also keeps DOM
 * names whatever this list says), not a `dataset` key, not a text key, not a column of the debug
 * tables. The element's private state (`choices`, `saved`, `reloadOffer`) is renamed too. Renaming is
 * consistent across the bundle, so a name here must mean one internal thing wherever it is used.
 */
const INTERNAL_NAMES = [
  // The views' data and callbacks (ui/).
  'onAcceptAll', 'onRejectAll', 'onCustomize', 'onToggle', 'onSave', 'onWithdraw', 'onReload', 'onClose',
  'onCancel', 'onKeydown', 'policyHref', 'layout', 'heads', 'note', 'choices', 'saved', 'reloadOffer',
  // The page's consent object, its store and effects (consent/).
  'surelyFirstVisit', 'registries', 'placeholders', 'turnedOff', 'titleOf', 'isGranted', 'isRefused',
  'categoryOf', 'previous', 'repository', 'setDefault', 'effect', 'decided', 'maxAgeDays', 'registry',
  'stored', 'store', 'gate', 'page', 'decide', 'receive', 'subscribe', 'pending', 'dispose', 'asked', 'running',
  // The gate, the debug audit, progressive rows, the dialog and the registry loader.
  'refusal', 'idle', 'release', 'undeclaredCookies', 'cookiesReadable', 'markup', 'known', 'schedule',
  'claim', 'grow', 'finish', 'busy', 'wait', 'drop', 'openings', 'handleCancel', 'handleKeydown',
  'beforeFirstRequest', 'requests', 'inline', 'onLoad',
];

export default {
  input: 'src/bundle.ts',
  output: {
    file: 'dist/cookie-policy.js',
    format: 'iife',
    // A second copy of the script on the page stops before any module code runs: re-running Lit
    // would ask Trusted Types for a second 'lit-html' policy, which a strict page refuses.
    intro: 'if (window.customElements && customElements.get("cookie-policy")?.[Symbol.for("cookie-policy.element")]) return;',
  },
  plugins: [
    // Lit's production build: its development build (warnings, extra checks) is only picked under
    // the "development" export condition, which this build never sets.
    resolve({ exportConditions: ['production'] }),
    typescript({
      tsconfig: './tsconfig.build.json',
      compilerOptions: { declaration: false, outDir: 'dist', rootDir: 'src' },
    }),
    // After TypeScript: its plugin compiles from the files on disk, not from earlier transforms.
    minifyStyles(),
    minifyTemplates(),
    terser({
      ecma: 2022,
      compress: { passes: 3 },
      mangle: { properties: { regex: new RegExp(`^(${INTERNAL_NAMES.join('|')})$`) } },
      format: { comments: false },
    }),
    latin1Source(),
  ],
};

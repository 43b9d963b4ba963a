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
    terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
    latin1Source(),
  ],
};

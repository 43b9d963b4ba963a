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
  ],
};

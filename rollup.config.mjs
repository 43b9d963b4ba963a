// The one-script build: src/bundle.ts with Lit inlined, as a minified classic script.
// (The ES module build and .d.ts files come from `tsc -p tsconfig.build.json`.)
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

export default {
  input: 'src/bundle.ts',
  output: { file: 'dist/cookie-policy.js', format: 'iife' },
  plugins: [
    resolve(),
    typescript({
      tsconfig: './tsconfig.build.json',
      compilerOptions: { declaration: false, outDir: 'dist', rootDir: 'src' },
    }),
    terser({ ecma: 2021, compress: { passes: 2 }, format: { comments: false } }),
  ],
};

// `npm run analyze`: custom-elements.json from the element's JSDoc (@fires, @csspart, @cssprop).
// test/node/manifest.test.mjs regenerates it and fails when the committed copy is stale.
import { readFileSync } from 'node:fs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // The package.json field is written by hand; a run into a temp outdir must not rewrite it.
  packagejson: false,
  // The analyzer keeps its file glob's order, which varies from run to run: sort it so the output is stable.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs]
      .sort()
      .map((path) => ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2015, true)),
};

// A dev-server plugin that serves CommonJS packages to the browser as one ES module each,
// bundled by esbuild on first request. Tests only: ajv (the schema check) ships as CommonJS,
// which the dev server does not convert.
import { build } from 'esbuild';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Serves each listed bare specifier (e.g. `ajv/dist/2020.js`) as a bundled ES module. */
export function bundleCommonJs(specifiers) {
  const urls = new Map(specifiers.map((specifier) => [specifier, `/__commonjs__/${specifier}`]));
  const bundles = new Map();
  return {
    name: 'bundle-commonjs',
    resolveImport({ source }) {
      return urls.get(source);
    },
    async serve(context) {
      if (!context.path.startsWith('/__commonjs__/')) return undefined;
      const specifier = context.path.slice('/__commonjs__/'.length);
      if (!urls.has(specifier)) return undefined;
      if (!bundles.has(specifier)) {
        bundles.set(
          specifier,
          build({
            // A CommonJS entry bundled as ESM gets `export default module.exports`.
            entryPoints: [require.resolve(specifier)],
            bundle: true,
            format: 'esm',
            write: false,
            logLevel: 'silent',
          }).then((result) => result.outputFiles[0].text),
        );
      }
      return { body: await bundles.get(specifier), type: 'js' };
    },
  };
}

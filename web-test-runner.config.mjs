import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, executablePath } from './scripts/chromium.mjs';
import { bundleCommonJs } from './scripts/bundle-commonjs-plugin.mjs';
import { passFailReporter } from './scripts/pass-fail-reporter.mjs';
import { withoutExpected404s } from './scripts/expected-404s.mjs';
import { e2eMiddleware } from './test/e2e/server-middleware.mjs';

export default {
  files: ['test/**/*.test.ts'],
  // Lit as it ships (its production build): no dev-mode notice in every test file.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // ajv (schema tests only) is CommonJS; the browser needs an ES module.
    bundleCommonJs(['ajv/dist/2020.js']),
  ],
  middleware: [e2eMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, args: chromiumArgs },
      // One browser context per page: test files running side by side never share cookies.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcovonly'],
  },
  reporters: [withoutExpected404s(defaultReporter()), passFailReporter()],
};

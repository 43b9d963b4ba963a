import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { firefoxPages } from './scripts/firefox-pages.mjs';
import { chromiumArgs } from './scripts/chromium.mjs';
import { engines, selectEngines } from './scripts/engines.mjs';
import { bundleCommonJs } from './scripts/bundle-commonjs-plugin.mjs';
import { passFailReporter } from './scripts/pass-fail-reporter.mjs';
import { withoutExpected404s } from './scripts/expected-404s.mjs';
import { trackerScript } from './scripts/webkit-media.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { e2eMiddleware } from './test/e2e/server-middleware.mjs';

// ENGINES=chromium,firefox,webkit (default: all three); `npm test` runs one engine at a time.
const selected = selectEngines();
const binaries = Object.fromEntries(selected.map((name) => [name, engines[name].binaries()]));
// One browser context per page: test files running side by side never share cookies.
const createPage = async ({ browser }) => (await browser.createBrowserContext()).newPage();

const launchers = {
  chromium: () =>
    chromeLauncher({ launchOptions: { executablePath: binaries.chromium.chromium, args: chromiumArgs }, createPage }),
  firefox: () =>
    firefoxPages(chromeLauncher({
      // puppeteer-core drives Firefox over WebDriver BiDi: no geckodriver.
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: binaries.firefox['firefox-esr'], headless: true },
      createPage,
      // Its pages share one window: a page in a background tab paints no frames, and tests wait on frames.
      concurrency: 1,
    })),
  webkit: () =>
    webkitLauncher({
      xvfb: binaries.webkit.Xvfb,
      driver: binaries.webkit.WebKitWebDriver,
      minibrowser: binaries.webkit.MiniBrowser,
    }),
};

// A failed assertion whose actual or expected value is a DOM node never reaches the runner (the
// session times out after two minutes with no message): report such values as their markup.
const readableFailures = `<script type="module">
  const readable = (value) => (value instanceof Node ? (value.outerHTML ?? value.nodeName).slice(0, 300) : value);
  window.mocha.suite.afterEach(function () {
    const error = this.currentTest && this.currentTest.err;
    if (error) for (const key of ['actual', 'expected']) error[key] = readable(error[key]);
  });
</script>`;

export default {
  files: ['test/**/*.test.ts'],
  // Lit as it ships (its production build): no dev-mode notice in every test file.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 2,
  // Firefox and MiniBrowser start, and axe runs, slowly on a loaded 2-core machine.
  browserStartTimeout: 120000,
  testsFinishTimeout: 600000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // ajv (schema tests only) is CommonJS; the browser needs an ES module.
    bundleCommonJs(['ajv/dist/2020.js']),
  ],
  middleware: [e2eMiddleware],
  browsers: selected.map((name) => launchers[name]()),
  // Firefox and WebKit emulate media in the page, which records its stylesheets from the start
  // (scripts/webkit-media.mjs).
  testRunnerHtml: (framework) =>
    `<!DOCTYPE html><html><head>${selected.some((name) => name !== 'chromium') ? trackerScript : ''}</head>` +
    `<body><script type="module" src="${framework}"></script>${readableFailures}</body></html>`,
  // GREP=pattern runs only the matching tests (while developing).
  testFramework: { config: { timeout: 10000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } },
  // V8 coverage exists in Chromium only.
  coverage: selected.includes('chromium'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcovonly'],
  },
  reporters: [withoutExpected404s(defaultReporter()), passFailReporter()],
};

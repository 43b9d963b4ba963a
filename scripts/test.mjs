// `npm test`: the browser suite (@web/test-runner in headless Chromium), then the Node suite
// (test/node: the command-line tools), then one closing line, exactly `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('.cache', { recursive: true });
const browserTotals = '.cache/browser-totals.json';
const nodeTotals = '.cache/node-totals.json';
rmSync(browserTotals, { force: true });
rmSync(nodeTotals, { force: true });

const extra = process.argv.slice(2);
const browser = spawnSync(
  'npx',
  ['wtr', '--config', 'web-test-runner.config.mjs', '--static-logging', ...extra],
  { stdio: 'inherit', env: { ...process.env, PASS_FAIL_FILE: browserTotals } },
);

const nodeFiles = existsSync('test/node')
  ? readdirSync('test/node', { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.test.mjs'))
      .map((file) => `test/node/${file}`)
  : [];
let node = { status: 0 };
if (nodeFiles.length > 0 && extra.length === 0) {
  node = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-totals-reporter.mjs',
      `--test-reporter-destination=${nodeTotals}`,
      ...nodeFiles,
    ],
    { stdio: 'inherit' },
  );
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const totals = [read(browserTotals), nodeFiles.length > 0 && extra.length === 0 ? read(nodeTotals) : { passed: 0, failed: 0 }];
let passed = 0;
let failed = 0;
for (const part of totals) {
  // A suite that did not report (crashed before the end) counts as one failure.
  if (!part) failed += 1;
  else {
    passed += part.passed;
    failed += part.failed;
  }
}
if (browser.status !== 0 && failed === 0) failed += 1;
if (node.status !== 0 && failed === 0) failed += 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

// `npm test`: the browser suite (@web/test-runner) once per engine — Chromium, Firefox, WebKit,
// or those named in ENGINES — then the Node suite (test/node: the command-line tools), then a
// count per engine and one closing line, exactly `N passed, N failed`.
// Extra arguments go to the test runner (`npm test -- --files test/x.test.ts`) and skip the Node suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { engines, missingEngines, missingMessage, selectEngines } from './engines.mjs';

mkdirSync('.cache', { recursive: true });
const extra = process.argv.slice(2);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

let selected;
try {
  selected = selectEngines();
} catch (error) {
  console.error(error.message);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

// An engine the machine lacks fails the run and says what to install: never a silent skip.
const missing = missingEngines(selected);
if (missing.length > 0) {
  console.error(missingMessage(missing, selected));
  console.log(`\n0 passed, ${missing.length} failed`);
  process.exit(1);
}

const results = [];
for (const name of selected) {
  const file = `.cache/browser-totals-${name}.json`;
  rmSync(file, { force: true });
  const started = Date.now();
  console.log(`\n== browser tests in ${engines[name].label}`);
  const run = spawnSync('npx', ['wtr', '--config', 'web-test-runner.config.mjs', '--static-logging', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, ENGINES: name, PASS_FAIL_FILE: file },
  });
  results.push({ name: engines[name].label, run, totals: read(file), seconds: (Date.now() - started) / 1000 });
}

const nodeFiles = existsSync('test/node')
  ? readdirSync('test/node', { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.test.mjs'))
      .map((file) => `test/node/${file}`)
  : [];
if (nodeFiles.length > 0 && extra.length === 0) {
  const file = '.cache/node-totals.json';
  rmSync(file, { force: true });
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-totals-reporter.mjs',
      `--test-reporter-destination=${file}`,
      ...nodeFiles,
    ],
    { stdio: 'inherit' },
  );
  results.push({ name: 'Node', run, totals: read(file), seconds: (Date.now() - started) / 1000 });
}

let passed = 0;
let failed = 0;
// Per-part lines are worded so that only the closing line reads `N passed, N failed`.
console.log('\nTests per engine:');
for (const { name, run, totals, seconds } of results) {
  // A suite that did not report (crashed before the end), or failed without a failing test, counts as one failure.
  const part = totals ?? { passed: 0, failed: 0 };
  if (!totals || (run.status !== 0 && part.failed === 0)) part.failed += 1;
  passed += part.passed;
  failed += part.failed;
  console.log(`  ${name.padEnd(9)} ${String(part.passed).padStart(5)} passed ${String(part.failed).padStart(4)} failed  (${Math.round(seconds)} s)`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

import assert from 'node:assert/strict';
import { test } from 'node:test';
import totals from '../../scripts/node-totals-reporter.mjs';

async function* events(list) {
  yield* list;
}

test('the node totals reporter counts passing and failing tests, not suites', async () => {
  const out = [];
  for await (const chunk of totals(
    events([
      { type: 'test:pass', data: { details: { type: 'test' } } },
      { type: 'test:pass', data: { details: { type: 'suite' } } },
      { type: 'test:fail', data: { details: { type: 'test' } } },
      { type: 'test:pass', data: { details: { type: 'test' }, skip: true } },
    ]),
  ))
    out.push(chunk);
  assert.deepEqual(JSON.parse(out.join('')), { passed: 1, failed: 1 });
});

test('npm test on a machine without Firefox or WebKit fails and names the Debian packages to install', async () => {
  const { spawnSync } = await import('node:child_process');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  // An empty PATH: no firefox-esr, WebKitWebDriver or Xvfb to be found (node is started by its full path).
  const empty = mkdtempSync(join(tmpdir(), 'no-browsers-'));
  const run = spawnSync(process.execPath, ['scripts/test.mjs'], {
    encoding: 'utf8',
    env: { PATH: empty, ENGINES: 'firefox,webkit' },
    timeout: 30000,
  });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /firefox: firefox-esr not found \(Debian: firefox-esr\)/);
  assert.match(run.stderr, /apt-get install -y firefox-esr webkit2gtk-driver xvfb/);
  assert.equal(run.stdout.trim().split('\n').at(-1), '0 passed, 2 failed');
});

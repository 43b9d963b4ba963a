import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isExpected404, withoutExpected404s } from '../../scripts/expected-404s.mjs';

describe('the test reporter and 404s', () => {
  const session = (request404s) => ({ browser: { name: 'Chromium' }, request404s });

  it('counts only the test server\'s /e2e/status/<code> route as a 404 asked for', () => {
    assert.equal(isExpected404('e2e/status/404'), true);
    assert.equal(isExpected404('/e2e/status/404?x=1'), true);
    assert.equal(isExpected404('e2e/status/404-typo.json'), false);
    assert.equal(isExpected404('test/e2e/pages/missing.html'), false);
    assert.equal(isExpected404('dist/cookie-policy.js'), false);
  });

  it('reports each test file without the asked-for 404s, and still with every other one', () => {
    const seen = [];
    const reporter = withoutExpected404s({
      start: () => 'started',
      reportTestFileResults: (args) => seen.push(args),
    });
    const sessions = [session(['e2e/status/404', 'demo/missing.js']), session(['e2e/status/404'])];
    reporter.reportTestFileResults({ logger: 'logger', testFile: 'a.test.ts', sessionsForTestFile: sessions });
    assert.deepEqual(
      seen.map(({ sessionsForTestFile }) => sessionsForTestFile.map((s) => s.request404s)),
      [[['demo/missing.js'], []]],
    );
    assert.equal(seen[0].logger, 'logger');
    assert.equal(seen[0].testFile, 'a.test.ts');
    assert.deepEqual(sessions[0].request404s, ['e2e/status/404', 'demo/missing.js'], 'the sessions themselves are left alone');
    assert.equal(reporter.start(), 'started');
  });
});

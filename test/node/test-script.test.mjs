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

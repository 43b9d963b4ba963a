import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const dist = readFileSync(new URL('../../dist/cookie-policy.js', import.meta.url), 'utf8');

describe('dist/cookie-policy.js', () => {
  it("opens with V8's compile hint, the only place it counts", () => {
    assert.equal(dist.split('\n')[0], '//# allFunctionsCalledOnLoad');
  });
});

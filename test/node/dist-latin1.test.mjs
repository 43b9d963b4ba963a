import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const dist = readFileSync(new URL('../../dist/cookie-policy.js', import.meta.url), 'utf8');

describe('dist/cookie-policy.js', () => {
  // The browser keeps a script's source on the heap for the page's life: one byte per character
  // when every character is Latin-1, two for all of them as soon as one is not.
  it('is Latin-1 throughout (characters beyond U+00FF are written as escapes)', () => {
    const beyond = [...new Set(dist.match(/[^\u0000-\u00ff]/gu) ?? [])];
    assert.deepEqual(beyond, []);
  });

  it('still carries the texts those escapes stand for', () => {
    assert.ok(dist.includes('Qu\\u2019est-ce qu\\u2019un cookie'), 'the French apostrophe, escaped');
  });
});

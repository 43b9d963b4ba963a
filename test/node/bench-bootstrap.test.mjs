// The bench's A/B statistics (bench/lib/bootstrap.mjs): deterministic for a seed, and intervals
// that cover what they should. Pure arithmetic: no timing is measured here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bootstrap, quantile, random, ratioOfMedians } from '../../bench/lib/bootstrap.mjs';

test('the generator is reproducible from its seed and differs between seeds', () => {
  const draw = (seed) => Array.from({ length: 5 }, random(seed));
  assert.deepEqual(draw(7), draw(7));
  assert.notDeepEqual(draw(7), draw(8));
  for (const x of draw(3)) assert.ok(x >= 0 && x < 1);
});

test('quantiles interpolate between sorted neighbours', () => {
  assert.equal(quantile([1, 2, 3, 4], 0), 1);
  assert.equal(quantile([1, 2, 3, 4], 1), 4);
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
});

test('the same rounds and seed give the same interval; the interval holds the measured ratio', () => {
  const rounds = Array.from({ length: 15 }, (_, i) => ({ a: 100 + ((i * 37) % 23), b: 200 + ((i * 11) % 29) }));
  const statistic = ratioOfMedians((r) => r.a, (r) => r.b);
  const first = bootstrap(rounds, statistic, { seed: 42, resamples: 2000 });
  assert.deepEqual(bootstrap(rounds, statistic, { seed: 42, resamples: 2000 }), first);
  assert.ok(first.low <= first.value && first.value <= first.high, JSON.stringify(first));
  assert.ok(first.high < 1, 'a is about half of b in every round');
});

test('pairing by round: a shift shared by both sides in a round leaves the ratio interval tight', () => {
  // Every round is slowed by a different amount (machine load); B is always 0.9 × A in the same round.
  const rounds = Array.from({ length: 15 }, (_, i) => {
    const load = 1 + ((i * 7) % 10) / 5;
    return { a: 100 * load, b: 90 * load };
  });
  const { low, high } = bootstrap(rounds, (drawn) => {
    const ratios = drawn.map((r) => r.b / r.a).sort((x, y) => x - y);
    return ratios[Math.floor(ratios.length / 2)];
  }, { seed: 1, resamples: 1000 });
  assert.ok(Math.abs(low - 0.9) < 1e-9 && Math.abs(high - 0.9) < 1e-9);
});

test('no number, no interval', () => {
  assert.deepEqual(bootstrap([{ a: null }], (r) => (r[0].a === null ? null : 1)), { value: null, low: null, high: null, resamples: 0 });
});

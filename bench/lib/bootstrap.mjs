// Paired, seeded bootstrap intervals for the A/B mode (run.mjs --compare). A sample is one round:
// every tool loaded once, in rotating order, at about the same time, so the rounds are resampled
// (with replacement) as wholes and a slow minute on a shared machine weighs on both sides of a ratio.
// The same raw samples and seed always give the same interval (a report can be recomputed).
import { median } from './stats.mjs';

/** mulberry32: a small, fast, seeded 32-bit generator; returns floats in [0, 1). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The q-quantile (0..1) of sorted numbers, linear between neighbours. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/**
 * Point estimate and percentile bootstrap interval of `statistic(rounds)`, where `rounds` is an
 * array of per-round samples and `statistic` maps any such array to a number (or null).
 * Resamples are drawn from `random(seed)`; `level` is the interval's coverage (0.95).
 * Returns { value, low, high, resamples } (value: the statistic of the rounds as measured).
 */
export function bootstrap(rounds, statistic, { seed = 1, resamples = 10_000, level = 0.95 } = {}) {
  const value = statistic(rounds);
  if (value === null || rounds.length === 0) return { value, low: null, high: null, resamples: 0 };
  const next = random(seed);
  const values = [];
  const drawn = new Array(rounds.length);
  for (let i = 0; i < resamples; i += 1) {
    for (let j = 0; j < rounds.length; j += 1) drawn[j] = rounds[Math.floor(next() * rounds.length)];
    const v = statistic(drawn);
    if (v !== null && Number.isFinite(v)) values.push(v);
  }
  values.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return { value, low: quantile(values, tail), high: quantile(values, 1 - tail), resamples: values.length };
}

/** Median over rounds of `pick(round)` (null when no round has a number). */
export const medianOf = (pick) => (rounds) => median(rounds.map(pick));

/** Ratio of the medians of two per-round quantities (null when the denominator's median is 0 or missing). */
export const ratioOfMedians = (top, bottom) => (rounds) => {
  const a = median(rounds.map(top));
  const b = median(rounds.map(bottom));
  return a === null || b === null || b === 0 ? null : a / b;
};

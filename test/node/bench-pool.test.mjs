// Pooling saved A/B runs (bench/lib/pool.mjs): builds matched by their file's hash, rounds pooled
// per scenario and condition, runs of different machines refused. Pure data: nothing is timed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { poolRuns } from '../../bench/lib/pool.mjs';

const machine = { cpu: 'AMD EPYC', cores: 2, chromium: '156.0', node: 'v20', loadAverageStart: '0', loadAverageEnd: '1' };
const banner = (latency, rounds) => ({ kind: 'banner', condition: { cpu: 4, latency }, loadAverageStart: '0', loadAverageEnd: '1', rounds });
const sample = (visibleAt) => ({ visibleAt, taskMs: 100, longTaskMs: 0, cls: 0, heapBytes: 1 });

const plain = {
  date: 'd1',
  machine,
  builds: { 'cookie-policy': 'dist/cookie-policy.js 100 B, sha256 aaaaaaaaaaaa' },
  settings: { seed: 1, resamples: 100, builds: null },
  results: [banner(0, [{ 'cookie-policy': sample(1), orejime: sample(2) }]), banner(150, [{ 'cookie-policy': sample(3), orejime: sample(4) }])],
};
const ab = {
  date: 'd2',
  machine,
  builds: { 'ours-a': 'main.js 100 B, sha256 aaaaaaaaaaaa', 'ours-b': 'hint.js 101 B, sha256 bbbbbbbbbbbb' },
  settings: { seed: 1, resamples: 100, builds: { 'ours-a': 'main.js', 'ours-b': 'hint.js' } },
  results: [banner(0, [{ 'ours-a': sample(5), 'ours-b': sample(6), orejime: sample(7) }])],
};

test('the same file under two names is one build; its rounds of every run are pooled per condition', () => {
  const pooled = poolRuns([plain, ab]);
  assert.deepEqual(Object.keys(pooled.builds), ['cookie-policy', 'ours-b']);
  assert.deepEqual(Object.keys(pooled.settings.builds), ['cookie-policy', 'ours-b']);
  assert.deepEqual(pooled.pooled, ['d1', 'd2']);
  const loopback = pooled.results.find((entry) => entry.condition.latency === 0);
  assert.equal(loopback.rounds.length, 2);
  assert.deepEqual(loopback.rounds.map((round) => round['cookie-policy'].visibleAt), [1, 5]);
  assert.equal(loopback.rounds[1]['ours-b'].visibleAt, 6);
  assert.equal(loopback.rounds[0]['ours-b'], undefined);
  assert.equal(pooled.results.find((entry) => entry.condition.latency === 150).rounds.length, 1);
});

test('another file under a name already taken keeps its rounds apart', () => {
  const other = { ...plain, date: 'd3', builds: { 'cookie-policy': 'dist/cookie-policy.js 99 B, sha256 cccccccccccc' } };
  const pooled = poolRuns([plain, other]);
  assert.deepEqual(Object.keys(pooled.builds), ['cookie-policy', 'cookie-policy-cccccccccccc']);
  const loopback = pooled.results.find((entry) => entry.condition.latency === 0);
  assert.deepEqual(loopback.rounds.map((round) => Object.keys(round).sort()), [
    ['cookie-policy', 'orejime'],
    ['cookie-policy-cccccccccccc', 'orejime'],
  ]);
});

test('one run is returned as it is; runs of different browsers are refused', () => {
  assert.equal(poolRuns([plain]), plain);
  assert.throws(() => poolRuns([plain, { ...ab, machine: { ...machine, chromium: '157.0' } }]), /different machines or browsers/);
});

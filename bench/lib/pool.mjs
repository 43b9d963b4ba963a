// Several saved runs of the A/B mode as one (`npm run bench -- --compare --report A.json,B.json`):
// the rounds of each scenario and condition are pooled, so that runs of the same build on one
// machine accumulate into one judgement with a narrower interval than any of them alone.

/** The sha256 prefix in a build's description (`dist/cookie-policy.js 71471 B, sha256 c62e779b6a0b`). */
const hashOf = (description) => /sha256 (\w+)/.exec(description)?.[1] ?? description;

/**
 * Pools saved runs. Our builds are matched by their hash, not their name: a build keeps the name
 * it has in the first run that holds it (`cookie-policy`, `ours-a`, …; a later build whose name is
 * taken gets its hash appended), so `ours-a` of an A/B and `cookie-policy` of a plain run are one
 * build when their files are the same. A scenario's rounds are pooled per CPU slowdown and added
 * latency; a tool missing from some runs is judged on the rounds that hold it. Throws when the runs
 * come from different machines or Chromium versions, whose rounds are not comparable.
 */
export function poolRuns(runs) {
  if (runs.length === 1) return runs[0];
  const [first] = runs;
  for (const run of runs) {
    if (run.machine.chromium !== first.machine.chromium || run.machine.cpu !== first.machine.cpu || run.machine.cores !== first.machine.cores) {
      throw new Error(`cannot pool runs of different machines or browsers: ${run.date} (${run.machine.cpu}, Chromium ${run.machine.chromium}) and ${first.date}`);
    }
  }
  const names = new Map();
  const builds = {};
  for (const run of runs) {
    for (const [name, description] of Object.entries(run.builds)) {
      const hash = hashOf(description);
      if (names.has(hash)) continue;
      const pooledName = Object.hasOwn(builds, name) ? `${name}-${hash}` : name;
      names.set(hash, pooledName);
      builds[pooledName] = description;
    }
  }
  const results = [];
  for (const run of runs) {
    const rename = Object.fromEntries(Object.keys(run.builds).map((name) => [name, names.get(hashOf(run.builds[name]))]));
    for (const entry of run.results) {
      const { kind, condition } = entry;
      let pooled = results.find((e) => e.kind === kind && e.condition.cpu === condition.cpu && e.condition.latency === condition.latency);
      if (!pooled) {
        pooled = { kind, condition, loadAverageStart: entry.loadAverageStart, rounds: [] };
        results.push(pooled);
      }
      for (const round of entry.rounds) {
        pooled.rounds.push(Object.fromEntries(Object.entries(round).map(([tool, raw]) => [rename[tool] ?? tool, raw])));
      }
      pooled.loadAverageEnd = entry.loadAverageEnd;
    }
  }
  const last = runs.at(-1);
  return {
    date: runs.map((run) => run.date).join(', '),
    machine: { ...first.machine, loadAverageEnd: last.machine.loadAverageEnd },
    builds,
    settings: { ...first.settings, builds },
    pooled: runs.map((run) => run.date),
    results,
  };
}

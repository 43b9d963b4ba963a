// The A/B mode of the page-load benchmark (`npm run bench -- --compare`): many alternating
// rounds, every raw sample kept, and for each ratio (ours to a peer, or build B to build A) the
// median with a 95 % paired bootstrap interval, so that noise on a shared machine cannot decide.
// Usage: node bench/run.mjs --compare [options]
//   --rounds N            rounds per condition (default 15); a round loads every page once, rotating
//   --cpu N               CPU slowdown (default 4)
//   --latency LIST        added round trips in ms, comma-separated (default 0,150)
//   --ours-a F --ours-b F two builds of ours (each a built cookie-policy.js), loaded in the same
//                         rounds; reported as B / A. Without them: dist/cookie-policy.js
//   --peers LIST          peers on the portal page (default vanilla-cookieconsent,orejime,none)
//   --scenarios LIST      banner, table, dialog (default all three)
//   --seed N              bootstrap seed (default 1); --resamples N (default 10000)
//   --out FILE            raw samples and settings (default bench/results/compare-<date>.json)
//   --report FILE[,FILE…] recompute and print the report of a saved run (no browser); several runs
//                         are pooled into one report (bench/lib/pool.mjs)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../../scripts/chromium.mjs';
import { startServer } from './server.mjs';
import { bannerScenarios, dialogScenarios, tableScenarios } from './scenarios.mjs';
import { measureOnce } from './measure.mjs';
import { poolRuns } from './pool.mjs';
import { median, table } from './stats.mjs';
import { bootstrap, medianOf, ratioOfMedians } from './bootstrap.mjs';
import { ours as OURS, root } from './tools.mjs';

const BARE = 'none';
const MiB = 2 ** 20;

/** Per-round metrics of each scenario kind: `from(raw, round)`; `round` holds every tool's raw sample. */
const metrics = {
  banner: [
    { key: 'bannerMs', label: 'banner ms', from: (m) => m.visibleAt, digits: 0 },
    // What the tool adds to the page's main thread: its task time minus the bare page's, same round.
    { key: 'overBareMs', label: 'main thread over bare ms', from: (m, round) => (round[BARE] ? m.taskMs - round[BARE].taskMs : null), digits: 0 },
    // The same in main-thread CPU time (CDP ThreadTime): what a busy shared machine cannot inflate.
    { key: 'overBareCpuMs', label: 'CPU over bare ms', from: (m, round) => (round[BARE] && m.threadMs !== undefined ? m.threadMs - round[BARE].threadMs : null), digits: 0 },
    { key: 'taskMs', label: 'task ms', from: (m) => m.taskMs, digits: 0 },
    { key: 'longTaskMs', label: 'long task ms', from: (m) => m.longTaskMs, digits: 0 },
    { key: 'cls', label: 'CLS', from: (m) => m.cls, digits: 4 },
    { key: 'heapMB', label: 'heap MiB', from: (m) => m.heapBytes / MiB, digits: 2 },
  ],
  table: [
    { key: 'shownMs', label: 'table shown ms', from: (m) => m.shownAt, digits: 0 },
    { key: 'completeMs', label: 'complete ms', from: (m) => m.completeAt, digits: 0 },
    { key: 'longestTaskMs', label: 'longest task ms', from: (m) => m.longestTaskMs, digits: 0 },
    { key: 'heapMB', label: 'heap MiB', from: (m) => m.heapBytes / MiB, digits: 2 },
  ],
  dialog: [
    { key: 'openMs', label: 'click→dialog ms', from: (m) => m.interaction?.openMs ?? null, digits: 0 },
    { key: 'completeMs', label: 'click→all cookies ms', from: (m) => m.interaction?.completeMs ?? null, digits: 0 },
    { key: 'longestTaskMs', label: 'longest task ms', from: (m) => m.interaction?.longestTaskMs ?? null, digits: 0 },
  ],
};

const titles = { banner: 'Portal page', table: '1000-cookie policy table', dialog: '1000-cookie preferences dialog (from the click)' };

function parse(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      compare: { type: 'boolean' },
      rounds: { type: 'string', default: '15' },
      cpu: { type: 'string', default: '4' },
      latency: { type: 'string', default: '0,150' },
      'ours-a': { type: 'string' },
      'ours-b': { type: 'string' },
      peers: { type: 'string', default: 'vanilla-cookieconsent,orejime,none' },
      scenarios: { type: 'string', default: 'banner,table,dialog' },
      seed: { type: 'string', default: '1' },
      resamples: { type: 'string', default: '10000' },
      out: { type: 'string' },
      report: { type: 'string' },
    },
  });
  const list = (value) => value.split(',').map((item) => item.trim()).filter(Boolean);
  const settings = {
    rounds: Number(values.rounds),
    cpu: Number(values.cpu),
    latencies: list(values.latency).map(Number),
    peers: list(values.peers),
    kinds: list(values.scenarios),
    seed: Number(values.seed),
    resamples: Number(values.resamples),
    builds: null,
  };
  if (!Number.isInteger(settings.rounds) || settings.rounds < 1) throw new Error(`--rounds expects a positive integer, got ${values.rounds}`);
  if (Boolean(values['ours-a']) !== Boolean(values['ours-b'])) throw new Error('--ours-a and --ours-b go together');
  if (values['ours-a']) settings.builds = { 'ours-a': path.resolve(values['ours-a']), 'ours-b': path.resolve(values['ours-b']) };
  for (const kind of settings.kinds) if (!metrics[kind]) throw new Error(`--scenarios: unknown ${kind} (banner, table, dialog)`);
  const known = bannerScenarios.map((s) => s.tool).filter((tool) => tool !== OURS);
  for (const peer of settings.peers) if (!known.includes(peer)) throw new Error(`--peers: unknown ${peer} (${known.join(', ')})`);
  return { settings, values };
}

/** Our variants: the two builds of an A/B, or dist/cookie-policy.js. */
const oursNames = (settings) => (settings.builds ? Object.keys(settings.builds) : [OURS]);

/** The scenarios of one kind: our variants (served under /ours-a/… and /ours-b/…) and the peers. */
function scenariosOf(kind, settings) {
  const all = { banner: bannerScenarios, table: tableScenarios, dialog: dialogScenarios }[kind];
  const mine = all.find((s) => s.tool === OURS);
  const variants = settings.builds ? oursNames(settings).map((name) => ({ ...mine, tool: name, page: `/${name}${mine.page}` })) : [mine];
  const peers = all.filter((s) => s.tool !== OURS && (kind !== 'banner' || settings.peers.includes(s.tool)));
  return [...variants, ...peers];
}

const rotated = (list, round) => [...list.slice(round % list.length), ...list.slice(0, round % list.length)];
const loadAverage = () => os.loadavg().map((load) => load.toFixed(2)).join(' ');
const describe = (file) => {
  const bytes = readFileSync(file);
  return `${path.relative(root, file) || file} ${bytes.length} B, sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}`;
};

async function run(settings, out) {
  const server = await startServer({ builds: settings.builds ?? {} });
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const conditions = settings.latencies.map((latency) => ({ cpu: settings.cpu, latency }));
  const json = {
    date: new Date().toISOString(),
    machine: {
      cpu: /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown',
      cores: os.cpus().length,
      chromium: browser.version(),
      node: process.version,
      loadAverageStart: loadAverage(),
    },
    builds: Object.fromEntries(
      settings.builds ? Object.entries(settings.builds).map(([name, file]) => [name, describe(file)]) : [[OURS, describe(path.join(root, 'dist/cookie-policy.js'))]],
    ),
    settings,
    results: [],
  };
  process.stderr.write(`compare: ${settings.rounds} rounds; CPU ${settings.cpu}×; RTT +${settings.latencies.join('/+')} ms; ${settings.kinds.join(', ')}; load ${loadAverage()}\n`);
  try {
    const kinds = settings.kinds.map((kind) => ({ kind, scenarios: scenariosOf(kind, settings) }));
    // Warm-up: the browser's first loads are slow whatever the page; not counted.
    for (const { scenarios } of kinds) for (const scenario of scenarios) await measureOnce(browser, server.origin, scenario, { cpu: 1, latency: 0 });
    for (const condition of conditions) {
      for (const { kind, scenarios } of kinds) {
        const entry = { kind, condition, loadAverageStart: loadAverage(), rounds: [] };
        process.stderr.write(`${kind}, +${condition.latency} ms: `);
        for (let round = 0; round < settings.rounds; round += 1) {
          const samples = {};
          for (const scenario of rotated(scenarios, round)) {
            samples[scenario.tool] = await measureOnce(browser, server.origin, scenario, condition);
            process.stderr.write('.');
          }
          entry.rounds.push(samples);
        }
        entry.loadAverageEnd = loadAverage();
        process.stderr.write(` load ${entry.loadAverageEnd}\n`);
        json.results.push(entry);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  json.machine.loadAverageEnd = loadAverage();
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(json, null, 1) + '\n');
  return json;
}

/** Per-round derived metrics: [{ tool: { key: value } }], from the raw samples of one entry. */
function derive(entry) {
  return entry.rounds.map((round) =>
    Object.fromEntries(
      Object.entries(round).map(([tool, raw]) => [tool, Object.fromEntries(metrics[entry.kind].map((m) => [m.key, m.from(raw, round)]))]),
    ),
  );
}

const fmt = (value, digits) => (value === null || value === undefined ? 'n/a' : value.toFixed(digits));
const interval = ({ value, low, high }, digits = 2) => (value === null ? '—' : `${fmt(value, digits)} [${fmt(low, digits)}, ${fmt(high, digits)}]`);

/** The ratio rows of one entry: each of our variants to each peer (not the bare page), and B / A. */
function ratioPairs(tools, settings) {
  const mine = oursNames(settings).filter((name) => tools.includes(name));
  const pairs = [];
  if (mine.length === 2) pairs.push([mine[1], mine[0]]);
  for (const peer of tools.filter((tool) => !mine.includes(tool) && tool !== BARE)) for (const name of mine) pairs.push([name, peer]);
  return pairs;
}

/**
 * The targets (#16 item 3) for one entry and one of our variants: each a statistic over
 * rounds, a limit, and the rule: met when the median meets the limit and the interval's upper end
 * is below 1.0 (ratios), or at most the limit (absolute ms, CLS, differences).
 */
function targets(kind, name, tools) {
  const has = (tool) => tools.includes(tool);
  const list = [];
  const get = (tool, key) => (round) => round[tool]?.[key] ?? null;
  if (kind === 'banner' && has('orejime')) {
    list.push({ label: 'banner ms ≤ 0.9 × Orejime', needs: [name, 'orejime'], ratio: true, limit: 0.9, stat: ratioOfMedians(get(name, 'bannerMs'), get('orejime', 'bannerMs')) });
    if (has(BARE)) {
      list.push({ label: 'main thread over bare ≤ Orejime', needs: [name, 'orejime', BARE], ratio: true, limit: 1, stat: ratioOfMedians(get(name, 'overBareMs'), get('orejime', 'overBareMs')) });
      list.push({ label: '(CPU time) over bare ≤ Orejime', needs: [name, 'orejime', BARE], ratio: true, limit: 1, stat: ratioOfMedians(get(name, 'overBareCpuMs'), get('orejime', 'overBareCpuMs')) });
    }
    list.push({ label: 'heap ≤ Orejime + 0.1 MiB', needs: [name, 'orejime'], ratio: true, limit: 1, stat: ratioOfMedians(get(name, 'heapMB'), (round) => (round.orejime ? round.orejime.heapMB + 0.1 : null)) });
  }
  if (kind === 'banner') {
    list.push({ label: 'CLS 0 (worst round)', needs: [name], limit: 0, digits: 4, stat: (rounds) => Math.max(...rounds.map(get(name, 'cls'))) });
    if (has(BARE)) list.push({ label: 'long task ms − bare page ≤ 0', needs: [name, BARE], limit: 0, digits: 0, stat: medianOf((round) => round[name].longTaskMs - round[BARE].longTaskMs) });
  }
  if (kind === 'table' && has('vanilla-cookieconsent'))
    list.push({ label: 'table shown ≤ 0.5 × vanilla', needs: [name, 'vanilla-cookieconsent'], ratio: true, limit: 0.5, stat: ratioOfMedians(get(name, 'shownMs'), get('vanilla-cookieconsent', 'shownMs')) });
  if (kind === 'dialog') list.push({ label: 'click→dialog ≤ 150 ms', needs: [name], limit: 150, digits: 0, stat: medianOf(get(name, 'openMs')) });
  return list;
}

export function printReport(json) {
  const { machine, settings, builds } = json;
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores; Chromium ${machine.chromium}; Node ${machine.node}`);
  console.log(`load average: ${machine.loadAverageStart} at start, ${machine.loadAverageEnd} at end (1, 5, 15 min)`);
  for (const [name, build] of Object.entries(builds)) console.log(`${name}: ${build}`);
  if (json.pooled) console.log(`pooled: the rounds of ${json.pooled.length} runs (${json.pooled.join(', ')})`);
  console.log(`bootstrap: ${settings.resamples} paired resamples of rounds, seed ${settings.seed}, 95 % percentile intervals`);
  const options = { seed: settings.seed, resamples: settings.resamples };
  const verdicts = [];
  for (const entry of json.results) {
    const rounds = derive(entry);
    // Every tool of any round (pooled runs need not all hold the same tools).
    const tools = [...new Set(entry.rounds.flatMap((round) => Object.keys(round)))];
    const list = metrics[entry.kind];
    const network = entry.condition.latency ? `+${entry.condition.latency} ms RTT` : 'loopback';
    const head = `== ${titles[entry.kind]}, CPU ${entry.condition.cpu}×, ${network}, ${rounds.length} rounds (load ${entry.loadAverageStart} → ${entry.loadAverageEnd})`;
    const medianRows = tools.map((tool) => [tool, ...list.map((m) => fmt(median(rounds.map((r) => r[tool]?.[m.key])), m.digits))]);
    console.log(`\n${head}\n${table(['median', ...list.map((m) => m.label)], medianRows)}`);
    // A ratio or a target is judged on the rounds that hold every tool it reads: all of them in one
    // run, those of the runs that measured them when runs are pooled (so each ratio stays paired).
    const holding = (...needed) => rounds.filter((round) => needed.every((tool) => round[tool]));
    const pairs = ratioPairs(tools, settings).filter(([top, bottom]) => holding(top, bottom).length > 0);
    if (pairs.length) {
      const ratioRows = pairs.map(([top, bottom]) => [
        `${top} / ${bottom}`,
        ...list.map((m) => interval(bootstrap(holding(top, bottom), ratioOfMedians((r) => r[top]?.[m.key] ?? null, (r) => r[bottom]?.[m.key] ?? null), options))),
      ]);
      console.log(`\n${table(['ratio of medians [95 % CI]', ...list.map((m) => m.label)], ratioRows)}`);
    }
    for (const name of oursNames(settings).filter((n) => tools.includes(n))) {
      for (const target of targets(entry.kind, name, tools)) {
        const result = bootstrap(holding(...target.needs), target.stat, options);
        const met =
          result.value !== null &&
          result.value <= target.limit &&
          (target.ratio ? result.high < 1 : result.high <= target.limit);
        verdicts.push([`${name}, ${network}`, target.label, interval(result, target.digits ?? 2), met ? 'met' : 'NOT met']);
      }
    }
  }
  if (verdicts.length) {
    console.log('\n== Targets (issue #16): met when the median meets the limit and the 95 % interval\'s upper end is < 1.0 (ratios) or ≤ the limit');
    console.log(table(['build, network', 'target', 'value [95 % CI]', 'verdict'], verdicts));
  }
}

export async function main(argv) {
  const { settings, values } = parse(argv);
  if (values.report) {
    printReport(poolRuns(values.report.split(',').map((file) => JSON.parse(readFileSync(file, 'utf8')))));
    return;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const out = path.resolve(values.out ?? path.join(root, `bench/results/compare-${stamp}.json`));
  const json = await run(settings, out);
  printReport(json);
  console.log(`\nraw samples: ${path.relative(process.cwd(), out)} (print again: npm run bench -- --compare --report ${path.relative(process.cwd(), out)})`);
}

#!/usr/bin/env node
// Page-load benchmark of <cookie-policy> against vanilla-cookieconsent, Orejime, an inline
// hand-written banner and no banner at all, in Debian's Chromium driven by playwright-core.
// Usage: node bench/run.mjs [--rounds N] [--quick] [--cpu N] [--table-only] [--report FILE]
//   --rounds N    rounds per condition (default 7); each round loads every page once, in rotating order
//   --quick       3 rounds, CPU 1× on loopback only
//   --cpu N       only the conditions with CPU N× (with --quick: N× on loopback only)
//   --table-only  only the 1000-cookie table scenarios (not the portal page)
//   --report F  print the tables of a saved result (e.g. bench/results/latest.json) without running
// Prints medians and ours/peer ratios; writes every run to bench/results/latest.json.
// node bench/run.mjs --compare [...]: the A/B mode with bootstrap intervals (see lib/compare.mjs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../scripts/chromium.mjs';
import { startServer } from './lib/server.mjs';
import { bannerScenarios, tableNotApplicable, tableScenarios } from './lib/scenarios.mjs';
import { conditions, measureOnce } from './lib/measure.mjs';
import { medians, table } from './lib/stats.mjs';
import { ours, root } from './lib/tools.mjs';

if (process.argv.includes('--compare')) {
  await (await import('./lib/compare.mjs')).main(process.argv.slice(2));
  process.exit(0);
}

const { values } = parseArgs({
  options: {
    rounds: { type: 'string' },
    quick: { type: 'boolean' },
    cpu: { type: 'string' },
    'table-only': { type: 'boolean' },
    report: { type: 'string' },
  },
});
const rounds = values.rounds ? Number(values.rounds) : values.quick ? 3 : 7;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds expects a positive integer, got ${values.rounds}`);
const cpu = values.cpu ?? (values.quick ? '1' : undefined);
const conditionNames = Object.keys(conditions).filter(
  (name) => (cpu === undefined || conditions[name].cpu === Number(cpu)) && (!values.quick || conditions[name].latency === 0),
);
if (conditionNames.length === 0) throw new Error(`--cpu expects one of ${[...new Set(Object.values(conditions).map((c) => c.cpu))].join(', ')}, got ${values.cpu}`);

/** Metrics of the banner scenarios: how each is derived from a raw run, and how it is printed. */
const bannerMetrics = [
  { key: 'bannerMs', label: 'banner ms', from: (m) => m.visibleAt, digits: 0 },
  { key: 'transferKB', label: 'transfer KB', from: (m) => m.transferBytes / 1024, digits: 1 },
  { key: 'requests', label: 'requests', from: (m) => m.requests, digits: 0 },
  { key: 'scriptMs', label: 'script ms', from: (m) => m.scriptMs, digits: 1 },
  { key: 'taskMs', label: 'task ms', from: (m) => m.taskMs, digits: 0 },
  { key: 'longTasks', label: 'long tasks', from: (m) => m.longTasks, digits: 0 },
  { key: 'longTaskMs', label: 'long task ms', from: (m) => m.longTaskMs, digits: 0 },
  { key: 'cls', label: 'CLS', from: (m) => m.cls, digits: 4 },
  { key: 'heapMB', label: 'heap MB', from: (m) => m.heapBytes / 2 ** 20, digits: 2 },
];

/** Metrics of the 1000-cookie table scenarios (see bench/README.md and lib/probe.mjs). */
const tableMetrics = [
  { key: 'shownMs', label: 'shown ms', from: (m) => m.shownAt, digits: 0 },
  { key: 'completeMs', label: 'complete ms', from: (m) => m.completeAt, digits: 0 },
  { key: 'longestTaskMs', label: 'longest task ms', from: (m) => m.longestTaskMs, digits: 0 },
  { key: 'longTasks', label: 'long tasks', from: (m) => m.longTasks, digits: 0 },
  { key: 'longTaskMs', label: 'long task ms', from: (m) => m.longTaskMs, digits: 0 },
  { key: 'transferKB', label: 'transfer KB', from: (m) => m.transferBytes / 1024, digits: 1 },
  { key: 'scriptMs', label: 'script ms', from: (m) => m.scriptMs, digits: 0 },
  { key: 'taskMs', label: 'task ms', from: (m) => m.taskMs, digits: 0 },
  { key: 'heapMB', label: 'heap MB', from: (m) => m.heapBytes / 2 ** 20, digits: 2 },
];

/** The table metrics of results saved before "shown ms" (for --report of an old latest.json). */
const legacyTableMetrics = [
  { key: 'rowsMs', label: '1000th row ms (old)', digits: 0 },
  ...tableMetrics.filter((m) => ['transferKB', 'scriptMs', 'taskMs', 'longTaskMs', 'heapMB'].includes(m.key)),
];

function machineInfo(browser) {
  const ourBuild = readFileSync(path.join(root, 'dist/cookie-policy.js'));
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    cpu: /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    chromium: browser.version(),
    node: process.version,
    // Other work on the machine skews timings: the load average is printed so a noisy run shows.
    loadAverage: os.loadavg().map((load) => load.toFixed(2)).join(' '),
    build: `dist/cookie-policy.js ${ourBuild.length} B, sha256 ${createHash('sha256').update(ourBuild).digest('hex').slice(0, 12)}`,
  };
}

/** Round r loads every scenario once, starting at scenario r: no tool always runs first or last. */
function rotated(list, round) {
  const start = round % list.length;
  return [...list.slice(start), ...list.slice(0, start)];
}

async function runRounds(browser, origin, scenarios, condition, metrics) {
  const runs = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const scenario of rotated(scenarios, round)) {
      const raw = await measureOnce(browser, origin, scenario, conditions[condition]);
      const derived = Object.fromEntries(metrics.map(({ key, from }) => [key, from(raw)]));
      runs.push({ tool: scenario.tool, round, metrics: derived, raw });
      const missed = scenario.target && (raw.visibleAt === null || (typeof scenario.target === 'object' && raw.completeAt === null));
      process.stderr.write(missed ? 'x' : '.');
    }
  }
  return { runs, medians: medians(runs, metrics.map((m) => m.key)) };
}

const format = (value, digits) => (value === null ? 'n/a' : value.toFixed(digits));
const ratio = (a, b) => (a === null || b === null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);
const delta = (a, b, digits) => (a === null || b === null ? '—' : `${a >= b ? '+' : ''}${(a - b).toFixed(digits)}`);

/** The page with no consent tool: compared by difference (what a tool adds), a ratio to ~0 means nothing. */
const BASELINE = 'none';

function report(title, result, metrics, notApplicable = []) {
  const tools = Object.keys(result.medians);
  const mine = result.medians[ours];
  const rows = tools.map((tool) => [tool, ...metrics.map((m) => format(result.medians[tool][m.key], m.digits))]);
  for (const tool of notApplicable) rows.push([tool, ...metrics.map(() => 'n/a')]);
  for (const peer of tools.filter((tool) => tool !== ours)) {
    const theirs = result.medians[peer];
    rows.push(
      peer === BASELINE
        ? [`ours − ${peer}`, ...metrics.map((m) => delta(mine[m.key], theirs[m.key], m.digits))]
        : [`ours / ${peer}`, ...metrics.map((m) => ratio(mine[m.key], theirs[m.key]))],
    );
  }
  console.log(`\n${title}\n${table(['median', ...metrics.map((m) => m.label)], rows)}`);
}

/** Every table of one benchmark result (as written to bench/results/latest.json). */
function printReport({ machine, rounds: count, conditions: used, results, encodings }) {
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; Chromium ${machine.chromium}; Node ${machine.node}`);
  console.log(`load average at start: ${machine.loadAverage}; ${machine.build}; content-encoding: ${encodings.join(', ')}`);
  for (const condition of Object.keys(results)) {
    const { cpu, latency } = used[condition];
    const network = latency ? `+${latency} ms RTT` : 'loopback';
    const { banner, table: cookieTable } = results[condition];
    if (banner) report(`== Portal page, CPU ${cpu}×, ${network} (${count} rounds)`, banner, bannerMetrics);
    // Results saved before "shown ms" existed timed the 1000th row only: printed as they were measured.
    const metrics = Object.keys(cookieTable.medians[ours] ?? {}).includes('shownMs') ? tableMetrics : legacyTableMetrics;
    report(`== 1000-cookie policy table, CPU ${cpu}×, ${network} (${count} rounds)`, cookieTable, metrics, tableNotApplicable);
  }
}

async function main() {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const machine = machineInfo(browser);
  process.stderr.write(`rounds: ${rounds} per condition; conditions: ${conditionNames.join(', ')}\n`);
  try {
    const banners = values['table-only'] ? [] : bannerScenarios;
    // Warm-up: the browser's first loads are slow whatever the page; they are not counted.
    for (const scenario of [...banners, ...tableScenarios]) await measureOnce(browser, server.origin, scenario, conditions['1x']);

    const results = {};
    for (const condition of conditionNames) {
      process.stderr.write(`${condition}: `);
      const banner = banners.length ? await runRounds(browser, server.origin, banners, condition, bannerMetrics) : undefined;
      const cookieTable = await runRounds(browser, server.origin, tableScenarios, condition, tableMetrics);
      process.stderr.write('\n');
      results[condition] = { banner, table: cookieTable };
    }

    const out = path.join(root, 'bench/results/latest.json');
    mkdirSync(path.dirname(out), { recursive: true });
    const used = Object.fromEntries(conditionNames.map((name) => [name, conditions[name]]));
    const json = { date: new Date().toISOString(), machine, rounds, encodings: [...server.encodings], conditions: used, results };
    printReport(json);
    console.log(`\nload average at end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    writeFileSync(out, JSON.stringify(json, null, 2) + '\n');
    console.log(`results: ${path.relative(process.cwd(), out)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (values.report) printReport(JSON.parse(readFileSync(values.report, 'utf8')));
else await main();

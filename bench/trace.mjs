#!/usr/bin/env node
// Where the main thread's time goes before the banner, from Chromium traces: the renderer main
// thread's self time by kind of work (style, layout, paint, compile, GC, parse, script, other),
// per tool and for the bare page, medians over several loads in alternating order. Not part of
// the benchmark numbers (tracing itself costs time): compare tools within one run.
// Usage: node bench/trace.mjs [tool|all] [--cpu N] [--latency MS] [--loads N] [--table]
//                             [--build FILE] [--save FILE] [--timeline]
//   tool      cookie-policy (default), vanilla-cookieconsent, orejime, inline, none, a comma-separated
//             list of them, or all (every banner tool and the bare page)
//   --loads N loads per tool (default 5); every load is a fresh context, tools alternate
//   --build F trace this built cookie-policy.js as ours instead of dist/ (e.g. an older build);
//             repeat it to trace several builds side by side (named by file name, in alternation)
//   --timeline  also print the first load's timeline (requests, scripts, long calls) per tool
//   --names N print the N event names with the most self time per tool (whole load), with kinds
//   --clock thread|both  self time in thread (CPU) time, `tdur`, instead of wall time: the main thread
//             descheduled by other work on a shared machine is then not counted (default wall)
//   --save F  write the first load's trace (one tool) as JSON, for DevTools' Performance panel
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../scripts/chromium.mjs';
import { startServer } from './lib/server.mjs';
import { bannerScenarios, tableScenarios } from './lib/scenarios.mjs';
import { probeScript } from './lib/probe.mjs';
import { median, table } from './lib/stats.mjs';
import { bootstrap } from './lib/bootstrap.mjs';
import { ours } from './lib/tools.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    cpu: { type: 'string', default: '1' },
    latency: { type: 'string', default: '0' },
    loads: { type: 'string', default: '5' },
    save: { type: 'string' },
    table: { type: 'boolean' },
    build: { type: 'string', multiple: true },
    timeline: { type: 'boolean' },
    names: { type: 'string' },
    clock: { type: 'string', default: 'wall' },
  },
});
const which = positionals[0] ?? ours;
const pool = values.table ? tableScenarios : bannerScenarios;
const scenarios = which === 'all' ? pool : pool.filter((s) => which.split(',').includes(s.tool));
if (scenarios.length === 0) throw new Error(`unknown tool ${which}`);
const loads = Number(values.loads);
if (!['wall', 'thread', 'both'].includes(values.clock)) throw new Error(`--clock expects wall, thread or both, got ${values.clock}`);
const clocks = values.clock === 'both' ? ['wall', 'thread'] : [values.clock];
const BARE = 'none';

const categories = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
  'loading',
];

/** Trace event name → kind of work. Events not listed take their closest listed ancestor's kind. */
const kinds = {
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'RecalcStyle', 'StyleInvalidatorInvalidationTracking'],
  layout: ['Layout', 'IntersectionObserverController::computeIntersections', 'HitTest', 'ResizeObserverController::computeIntersections'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'Commit', 'CompositeLayers', 'PaintImage', 'Decode Image'],
  compile: ['v8.compile', 'v8.compileModule', 'V8.CompileCode', 'V8.CompileLazy', 'V8.CompileFullCode', 'v8.produceCache', 'v8.produceModuleCache', 'V8.CompileEval'],
  parse: ['ParseHTML', 'ParseAuthorStyleSheet', 'v8.parseOnBackground', 'V8.ParseProgram', 'V8.ParseFunction', 'V8.PreParse'],
  script: [
    'EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EventDispatch',
    'FireIdleCallback', 'v8.run', 'v8.callFunction', 'v8.newInstance', 'v8.callAsConstructor', 'V8.Execute',
    'V8.BytecodeBudgetInterrupt', 'V8.BytecodeBudgetInterruptWithStackCheck', 'V8.StackGuard', 'V8.HandleInterrupts', 'XHRReadyStateChange',
  ],
};
const kindOf = new Map(Object.entries(kinds).flatMap(([kind, names]) => names.map((name) => [name, kind])));
const isGC = (name) => /(^|\.|_)(Minor|Major)?GC|BlinkGC|CppGC|Scavenge/.test(name);
const KINDS = ['style', 'layout', 'paint', 'compile', 'gc', 'parse', 'script', 'other'];

/**
 * Self time (ms) by kind on the page's renderer main thread within [start, end] (trace µs), and the
 * total of its top-level tasks there. Events are clipped to the window; an event's self time is its
 * duration less its children's (so a layout forced from script counts as layout, not script).
 */
function attribute(events, pid, tid, start, end, clock = 'wall') {
  const threadClock = clock === 'thread';
  const on = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur > 0 && e.ts < end && e.ts + e.dur > start)
    .map((e) => {
      const from = Math.max(e.ts, start);
      const to = Math.min(e.ts + e.dur, end);
      // Nesting is by wall time; the amount is wall time or, with --clock thread, the part of the
      // event's thread time inside the window.
      const amount = threadClock ? ((e.tdur ?? e.dur) * (to - from)) / e.dur : to - from;
      return { name: e.name, from, to, amount };
    })
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
  const byName = {};
  let tasks = 0;
  const stack = [];
  const close = (node) => {
    const ms = Math.max(0, node.self) / 1000;
    byKind[node.kind] += ms;
    const key = `${node.kind}: ${node.name}`;
    byName[key] = (byName[key] ?? 0) + ms;
  };
  for (const e of on) {
    while (stack.length && stack.at(-1).to <= e.from) close(stack.pop());
    const parent = stack.at(-1);
    const kind = isGC(e.name) ? 'gc' : (kindOf.get(e.name) ?? parent?.kind ?? 'other');
    const node = { ...e, kind, self: e.amount };
    if (parent) parent.self -= node.self;
    else tasks += e.amount / 1000;
    stack.push(node);
  }
  while (stack.length) close(stack.pop());
  return { ...byKind, total: tasks, byName };
}

/** The main thread (pid, tid) and navigation start of the traced page, and the banner mark's time. */
function locate(events, origin) {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith(origin) && !e.args.data.documentLoaderURL.endsWith('blank.html'),
  );
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === nav.pid && e.args?.name === 'CrRendererMain');
  const banner = events.find((e) => e.pid === nav.pid && e.name === 'bench-banner-frame-end');
  const idle = events.find((e) => e.pid === nav.pid && e.name === 'bench-idle');
  return { nav, pid: nav.pid, tid: main.tid, bannerTs: banner?.ts ?? null, idleTs: idle.ts };
}

/** The timeline of one load: requests, scripts, milestones and long calls, in ms from navigation start. */
function timeline(events, origin, { nav, pid }) {
  const t = (ts) => ((ts - nav.ts) / 1000).toFixed(1);
  const mine = events.filter((e) => e.pid === pid && e.ts >= nav.ts);
  const lines = [];
  for (const e of events.filter((e) => e.name === 'ResourceSendRequest' && e.ts >= nav.ts)) {
    const finish = events.find((f) => f.name === 'ResourceFinish' && f.args?.data?.requestId === e.args.data.requestId);
    lines.push([e.ts, `request ${e.args.data.url.replace(origin, '')}: sent ${t(e.ts)}, finished ${finish ? t(finish.ts) : '?'}`]);
  }
  for (const e of mine.filter((e) => e.name === 'EvaluateScript' && e.dur))
    lines.push([e.ts, `evaluate ${(e.args?.data?.url || 'inline').replace(origin, '')}: ${t(e.ts)} for ${(e.dur / 1000).toFixed(1)} ms`]);
  for (const e of mine.filter((e) => ['MarkDOMContent', 'MarkLoad', 'firstPaint', 'firstContentfulPaint', 'bench-banner-frame-end', 'bench-idle'].includes(e.name)))
    lines.push([e.ts, `${e.name} ${t(e.ts)}`]);
  for (const e of mine.filter((e) => ['FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'Layout', 'UpdateLayoutTree'].includes(e.name) && e.dur > 2000)) {
    const d = e.args?.data ?? {};
    const where = e.name === 'FunctionCall' ? ` ${d.functionName || '(anonymous)'} ${(d.url || '').replace(origin, '')}` : '';
    lines.push([e.ts, `  ${e.name}${where}: ${t(e.ts)} for ${(e.dur / 1000).toFixed(1)} ms`]);
  }
  return lines.sort((a, b) => a[0] - b[0]).map(([, line]) => line);
}

async function traceOnce(browser, origin, scenario) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: probeScript(scenario.target) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(origin + '/pages/blank.html');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.cpu) });
    if (Number(values.latency) > 0) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: Number(values.latency), downloadThroughput: 6.25e6, uploadThroughput: 2.5e6 });
    }
    await browser.startTracing(page, { categories });
    await page.goto(origin + scenario.page, { waitUntil: 'networkidle' });
    // The end of the load, marked before any script of the driver runs in the page (playwright's
    // own injected script is not the page's work): a one-line CDP evaluation.
    await cdp.send('Runtime.evaluate', { expression: "performance.mark('bench-idle')" });
    await page.waitForFunction(() => window.__bench.done, null, { timeout: 20_000 });
    // A user-timing mark at the end of the frame that shows the banner, so the trace has its time.
    await page.evaluate(() => window.__bench.frameEndAt !== null && performance.mark('bench-banner-frame-end', { startTime: window.__bench.frameEndAt }));
    const trace = JSON.parse((await browser.stopTracing()).toString());
    return trace;
  } finally {
    await context.close();
  }
}

// Builds of ours to trace instead of dist/: served as /b0/cookie-policy.js, … (see lib/server.mjs).
const builds = (values.build ?? []).map((file, i) => ({ key: `b${i}`, file: path.resolve(file), name: path.basename(file, '.js') }));
const server = await startServer({ builds: Object.fromEntries(builds.map((b) => [b.key, b.file])) });
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const pages = scenarios.flatMap((s) =>
  builds.length && s.tool === ours ? builds.map((b) => ({ ...s, tool: b.name, page: `/${b.key}${s.page}` })) : [s],
);
const mine = builds.length ? builds.map((b) => b.name) : [ours];
const samples = Object.fromEntries(pages.map((s) => [s.tool, []]));
const loadStart = os.loadavg().map((l) => l.toFixed(2)).join(' ');
try {
  for (let load = 0; load < loads; load += 1) {
    const start = load % pages.length;
    for (const scenario of [...pages.slice(start), ...pages.slice(0, start)]) {
      const trace = await traceOnce(browser, server.origin, scenario);
      const events = trace.traceEvents;
      const where = locate(events, server.origin);
      if (load === 0 && values.save && pages.length === 1) writeFileSync(values.save, JSON.stringify(trace));
      if (load === 0 && (values.timeline || (loads === 1 && pages.length === 1))) {
        console.log(`\n-- ${scenario.tool} (${scenario.page}), first load; ms from navigation start`);
        for (const line of timeline(events, server.origin, where)) console.log(line);
      }
      samples[scenario.tool].push({
        bannerMs: where.bannerTs === null ? null : (where.bannerTs - where.nav.ts) / 1000,
        where,
        // Only the main thread's complete events are kept for the attribution (traces are large).
        events: events.filter((e) => e.pid === where.pid && e.tid === where.tid && e.ph === 'X'),
      });
      process.stderr.write('.');
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.stderr.write('\n');

// The bare page has no banner: its "to banner" window ends at the median banner time of the
// tools traced with it, so that it shows what the page itself does in that span.
const bannerTimes = Object.entries(samples).filter(([tool]) => tool !== BARE).flatMap(([, list]) => list.map((s) => s.bannerMs));
const bareEnd = median(bannerTimes);
const windows = {
  'to the banner (end of the frame that shows it)': (s) => (s.bannerMs ?? bareEnd) * 1000 + s.where.nav.ts,
  'whole load (to network idle: 500 ms without a request)': (s) => s.where.idleTs,
};
for (const clock of clocks) {
  console.log(
    `\nmain-thread self time by kind (${clock} ms), medians over ${loads} load(s) per tool; CPU ${values.cpu}×, +${values.latency} ms RTT; ` +
      `load average ${loadStart} → ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}` +
      (builds.length ? `; ours: ${builds.map((b) => `${b.name} = ${b.file}`).join(', ')}` : ''),
  );
  // Differences (tool − bare, ours − peer) are medians of per-load differences, loads paired by
  // their alternation round, with a 95 % bootstrap interval over those rounds (seeded: reproducible).
  const paired = (a, b, kind) => {
    const n = Math.min(a.length, b.length);
    const rounds = Array.from({ length: n }, (_, i) => a[i][kind] - b[i][kind]);
    const result = bootstrap(rounds, (drawn) => median(drawn), { seed: 1, resamples: 2000 });
    const sign = (v) => `${v >= 0 ? '+' : ''}${v.toFixed(1)}`;
    return `${sign(result.value)} [${sign(result.low)}, ${sign(result.high)}]`;
  };
  for (const [title, endOf] of Object.entries(windows)) {
    const parts = {};
    const med = {};
    for (const [tool, list] of Object.entries(samples)) {
      parts[tool] = list.map((s) => attribute(s.events, s.where.pid, s.where.tid, s.where.nav.ts, endOf(s), clock));
      med[tool] = Object.fromEntries([...KINDS, 'total'].map((kind) => [kind, median(parts[tool].map((p) => p[kind]))]));
      med[tool].bannerMs = median(list.map((s) => s.bannerMs));
    }
    const cells = (row) => [...KINDS, 'total'].map((kind) => row[kind].toFixed(1));
    const rows = Object.entries(med).map(([tool, row]) => [tool, row.bannerMs === null ? (tool === BARE ? `(${bareEnd?.toFixed(0)})` : 'n/a') : row.bannerMs.toFixed(0), ...cells(row)]);
    console.log(`\n== ${title}\n${table(['median', 'banner ms', ...KINDS, 'total'], rows)}`);
    const pairs = [];
    if (med[BARE]) for (const tool of Object.keys(med).filter((t) => t !== BARE)) pairs.push([tool, BARE]);
    for (const other of mine.slice(1)) pairs.push([other, mine[0]]);
    for (const peer of Object.keys(med).filter((t) => !mine.includes(t) && t !== BARE)) for (const name of mine.filter((n) => med[n])) pairs.push([name, peer]);
    if (pairs.length) {
      const diffs = pairs.map(([a, b]) => [`${a} − ${b === BARE ? 'bare' : b}`, ...[...KINDS, 'total'].map((kind) => paired(parts[a], parts[b], kind))]);
      console.log(`\n${table(['paired difference, median [95 % CI]', ...KINDS, 'total'], diffs)}`);
    }
  }
}

if (values.names) {
  const top = Number(values.names);
  for (const [tool, list] of Object.entries(samples)) {
    const parts = list.map((s) => attribute(s.events, s.where.pid, s.where.tid, s.where.nav.ts, s.where.idleTs).byName);
    const keys = [...new Set(parts.flatMap((p) => Object.keys(p)))];
    const rows = keys.map((key) => [key, median(parts.map((p) => p[key] ?? 0))]).sort((a, b) => b[1] - a[1]).slice(0, top);
    console.log(`\n-- ${tool}: self time by event name, whole load (median ms)`);
    for (const [key, ms] of rows) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
  }
}

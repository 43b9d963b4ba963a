#!/usr/bin/env node
// Where the time to the banner goes, for one page load: a Chromium trace of one scenario, read
// back as a timeline (ms from navigation start). Not part of the benchmark numbers.
// Usage: node bench/trace.mjs [tool] [--cpu N] [--latency MS] [--save FILE]
//   tool: cookie-policy (default), vanilla-cookieconsent, orejime, inline, none
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../scripts/chromium.mjs';
import { startServer } from './lib/server.mjs';
import { bannerScenarios, tableScenarios } from './lib/scenarios.mjs';
import { probeScript } from './lib/probe.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { cpu: { type: 'string', default: '1' }, latency: { type: 'string', default: '0' }, save: { type: 'string' }, table: { type: 'boolean' } },
});
const tool = positionals[0] ?? 'cookie-policy';
const scenario = (values.table ? tableScenarios : bannerScenarios).find((s) => s.tool === tool);
if (!scenario) throw new Error(`unknown tool ${tool}`);

const categories = ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'];

/** Main-thread time by kind of work, and the milestones, from the trace events of the page's renderer. */
function summarize(events, origin) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith(origin + '/pages/') && !e.args.data.documentLoaderURL.endsWith('blank.html'));
  const pid = nav.pid;
  const t = (ts) => ((ts - nav.ts) / 1000).toFixed(1);
  const mine = events.filter((e) => e.pid === pid && e.ts >= nav.ts);
  const lines = [];
  for (const e of events.filter((e) => e.name === 'ResourceSendRequest' && e.ts >= nav.ts)) {
    const url = e.args.data.url.replace(origin, '');
    const finish = events.find((f) => f.name === 'ResourceFinish' && f.args?.data?.requestId === e.args.data.requestId);
    lines.push([e.ts, `request ${url}: sent ${t(e.ts)}, finished ${finish ? t(finish.ts) : '?'}`]);
  }
  for (const e of mine.filter((e) => e.name === 'EvaluateScript' && e.dur)) {
    lines.push([e.ts, `evaluate ${(e.args?.data?.url || 'inline').replace(origin, '')}: ${t(e.ts)} for ${(e.dur / 1000).toFixed(1)} ms`]);
  }
  for (const e of mine.filter((e) => ['MarkDOMContent', 'MarkLoad', 'firstPaint', 'firstContentfulPaint'].includes(e.name))) lines.push([e.ts, `${e.name} ${t(e.ts)}`]);
  for (const e of mine.filter((e) => e.name === 'FunctionCall' && e.dur > 2000)) {
    const d = e.args?.data ?? {};
    lines.push([e.ts, `  call ${d.functionName || '(anonymous)'} ${(d.url || '').replace(origin, '')}: ${t(e.ts)} for ${(e.dur / 1000).toFixed(1)} ms`]);
  }
  for (const e of mine.filter((e) => e.name === 'TimerFire' || e.name === 'FireAnimationFrame').filter((e) => e.dur > 2000)) {
    lines.push([e.ts, `  ${e.name}: ${t(e.ts)} for ${(e.dur / 1000).toFixed(1)} ms`]);
  }
  const totals = {};
  for (const e of mine.filter((e) => e.ph === 'X' && e.dur)) {
    if (['EvaluateScript', 'v8.compile', 'v8.compileModule', 'FunctionCall', 'ParseHTML', 'ParseAuthorStyleSheet', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'v8.parseOnBackground', 'RunMicrotasks', 'V8.GC_SCAVENGER', 'MajorGC', 'MinorGC'].includes(e.name))
      totals[e.name] = (totals[e.name] ?? 0) + e.dur / 1000;
  }
  return { lines: lines.sort((a, b) => a[0] - b[0]).map(([, line]) => line), totals };
}

const server = await startServer();
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript({ content: probeScript(scenario.target) });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(server.origin + '/pages/blank.html');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.cpu) });
  if (Number(values.latency) > 0) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: Number(values.latency), downloadThroughput: 6.25e6, uploadThroughput: 2.5e6 });
  }
  await browser.startTracing(page, { categories });
  await page.goto(server.origin + scenario.page, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => window.__bench.done, null, { timeout: 20_000 });
  const visibleAt = await page.evaluate(() => window.__bench.visibleAt);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  if (values.save) writeFileSync(values.save, JSON.stringify(trace));
  const { lines, totals } = summarize(trace.traceEvents, server.origin);
  console.log(`${tool} (${scenario.page}), CPU ${values.cpu}×, +${values.latency} ms RTT; ms from navigation start`);
  for (const line of lines) console.log(line);
  console.log(`target visible (probe): ${visibleAt?.toFixed(1)}`);
  console.log('main-thread totals (ms):', Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, Number(v.toFixed(1))])));
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

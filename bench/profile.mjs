#!/usr/bin/env node
// JavaScript self time per script and per function during one page load (V8 CPU profile,
// averaged over a few loads), to see which code a tool's time goes to. Not part of the benchmark.
// Usage: node bench/profile.mjs [tool] [--cpu N] [--loads N] [--table] [--top N]
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../scripts/chromium.mjs';
import { startServer } from './lib/server.mjs';
import { bannerScenarios, tableScenarios } from './lib/scenarios.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { cpu: { type: 'string', default: '1' }, loads: { type: 'string', default: '5' }, table: { type: 'boolean' }, top: { type: 'string', default: '15' } },
});
const tool = positionals[0] ?? 'cookie-policy';
const scenario = (values.table ? tableScenarios : bannerScenarios).find((s) => s.tool === tool);
if (!scenario) throw new Error(`unknown tool ${tool}`);
const loads = Number(values.loads);

/** Self time (ms) by key from one CPU profile; `keyOf` maps a call frame to a key. */
function selfTimes(profile, keyOf) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const times = {};
  for (let i = 0; i < profile.samples.length; i += 1) {
    const key = keyOf(nodes.get(profile.samples[i]).callFrame);
    times[key] = (times[key] ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000;
  }
  return times;
}

function add(into, times) {
  for (const [key, ms] of Object.entries(times)) into[key] = (into[key] ?? 0) + ms / loads;
}

const server = await startServer();
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const byScript = {};
const byFunction = {};
try {
  for (let i = 0; i < loads; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(server.origin + '/pages/blank.html');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.cpu) });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(server.origin + scenario.page, { waitUntil: 'networkidle' });
    const { profile } = await cdp.send('Profiler.stop');
    const short = (url) => url.replace(server.origin, '') || '(native/VM)';
    add(byScript, selfTimes(profile, (frame) => (['(idle)', '(program)', '(garbage collector)'].includes(frame.functionName) ? frame.functionName : short(frame.url))));
    add(byFunction, selfTimes(profile, (frame) => `${frame.functionName || '(anonymous)'} ${short(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const print = (times, top) =>
  Object.entries(times).filter(([key]) => !key.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, top)
    .forEach(([key, ms]) => console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`));
console.log(`${tool} (${scenario.page}), CPU ${values.cpu}×, mean JS self time over ${loads} loads\n-- by script`);
print(byScript, 10);
console.log('-- by function');
print(byFunction, Number(values.top));

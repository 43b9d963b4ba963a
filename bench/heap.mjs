#!/usr/bin/env node
// Where a tool's retained JS heap goes: one heap snapshot per page after load and a forced GC,
// the self sizes summed by node type and constructor, and each tool's difference to the bare page.
// Usage: node bench/heap.mjs [cookie-policy,orejime,none] [--build FILE] [--top 15]
// (--build: a built cookie-policy.js to measure instead of dist/; it is served as /ours-a/…)
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../scripts/chromium.mjs';
import { bannerScenarios } from './lib/scenarios.mjs';
import { startServer } from './lib/server.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { build: { type: 'string' }, top: { type: 'string', default: '15' } },
});
const tools = (positionals[0] ?? 'cookie-policy,orejime,none').split(',');
const top = Number(values.top);

/** Sums a snapshot's node self sizes by "type: name" (strings and code by type alone). */
function summarize(snapshot) {
  const { meta } = snapshot.snapshot;
  const fields = meta.node_fields;
  const types = meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  const byKey = new Map();
  let total = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]];
    const size = snapshot.nodes[i + sizeAt];
    const name = snapshot.strings[snapshot.nodes[i + nameAt]];
    const key = ['object', 'closure', 'native'].includes(type) ? `${type}: ${name.slice(0, 40)}` : type;
    byKey.set(key, (byKey.get(key) ?? 0) + size);
    total += size;
  }
  return { total, byKey };
}

async function snapshotOf(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const chunks = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    return { usedSize, ...summarize(JSON.parse(chunks.join(''))) };
  } finally {
    await context.close();
  }
}

const server = await startServer({ builds: values.build ? { 'ours-a': values.build } : {} });
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const results = {};
  for (const tool of tools) {
    const scenario = bannerScenarios.find((s) => s.tool === tool);
    if (!scenario) throw new Error(`unknown tool ${tool}`);
    const page = tool === 'cookie-policy' && values.build ? `/ours-a${scenario.page}` : scenario.page;
    results[tool] = await snapshotOf(browser, server.origin + page);
  }
  const bare = results.none;
  const mib = (bytes) => (bytes / 1048576).toFixed(3);
  for (const [tool, result] of Object.entries(results)) {
    console.log(`\n== ${tool}: used ${mib(result.usedSize)} MiB (getHeapUsage), snapshot ${mib(result.total)} MiB`);
    if (!bare || tool === 'none') continue;
    const rows = [...new Set([...result.byKey.keys(), ...bare.byKey.keys()])]
      .map((key) => [key, (result.byKey.get(key) ?? 0) - (bare.byKey.get(key) ?? 0)])
      .sort((a, b) => b[1] - a[1])
      .slice(0, top);
    console.log(`over the bare page: ${mib(result.total - bare.total)} MiB; largest differences (KiB):`);
    for (const [key, bytes] of rows) console.log(`  ${(bytes / 1024).toFixed(1).padStart(8)}  ${key}`);
  }
} finally {
  await browser.close();
  await server.close();
}

#!/usr/bin/env node
// Sizes of everything a portal downloads for each consent tool: raw, gzip -9 and brotli 11.
// Usage: node bench/size.mjs [--budget BYTES]   (exits 1 when ours is above BYTES brotli)
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { assets, ours, root, toolFiles } from './lib/tools.mjs';
import { brotli, gzip } from './lib/compress.mjs';

const { values } = parseArgs({ options: { budget: { type: 'string' }, json: { type: 'boolean' } } });

function measure(urlPath) {
  const file = assets[urlPath];
  if (!existsSync(file)) throw new Error(`${path.relative(root, file)} is missing (run npm run build / npm ci)`);
  const buffer = readFileSync(file);
  return { file: path.relative(root, file), raw: buffer.length, gzip: gzip(buffer).length, brotli: brotli(buffer).length };
}

function sum(rows) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const row of rows) for (const key of Object.keys(total)) total[key] += row[key];
  return total;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const cell = (bytes) => `${String(bytes).padStart(6)} (${kb(bytes).padStart(7)})`;

const results = Object.entries(toolFiles).map(([tool, files]) => {
  const rows = files.map(measure);
  return { tool, files: rows, total: sum(rows) };
});

if (values.json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log(`${'tool / file'.padEnd(66)}${'raw'.padStart(18)}${'gzip -9'.padStart(18)}${'brotli 11'.padStart(18)}`);
  for (const { tool, files, total } of results) {
    console.log(`${tool.padEnd(66)}${cell(total.raw).padStart(18)}${cell(total.gzip).padStart(18)}${cell(total.brotli).padStart(18)}`);
    if (files.length > 1)
      for (const row of files)
        console.log(`  ${row.file.padEnd(64)}${cell(row.raw).padStart(18)}${cell(row.gzip).padStart(18)}${cell(row.brotli).padStart(18)}`);
  }
  const mine = results.find((r) => r.tool === ours).total.brotli;
  const peers = results.filter((r) => r.tool !== ours);
  console.log(`\nours / peer (brotli): ${peers.map((p) => `${p.tool} ${(mine / p.total.brotli).toFixed(2)}×`).join(', ')}`);
}

if (values.budget !== undefined) {
  const budget = Number(values.budget);
  if (!Number.isFinite(budget) || budget <= 0) throw new Error(`--budget expects a number of bytes, got ${values.budget}`);
  const mine = results.find((r) => r.tool === ours).total.brotli;
  if (mine > budget) {
    console.error(`\nsize budget exceeded: ${ours} is ${mine} B brotli, budget ${budget} B (+${mine - budget} B)`);
    process.exit(1);
  }
  console.log(`\nsize budget ok: ${ours} is ${mine} B brotli, budget ${budget} B`);
}

// How long `scan` takes on a 20-page portal with the widget, three passes (SPEC §9), by the number
// of pages of a pass loaded at once. Not a test: the figures depend on the machine and its load.
//   npm run bench:scan [-- --runs 3 --pools 1,2,3,4 --pages 20]
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { scan } from '../bin/scan/command.mjs';
import { parseRegistry } from '../dist/esm/registry/parse.js';
import { startSite } from '../test/node/scan/site.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, pools: { type: 'string', default: '1,3' }, pages: { type: 'string', default: '20' } },
});
const runs = Number(values.runs);
const pages = Number(values.pages);
const pools = values.pools.split(',').map(Number);

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// The portal's home, about, team and policy pages, a catalogue and its datasets: `pages` in all.
const site = await startSite({ variant: 'clean', datasets: pages - 5 });
try {
  console.log(`scan of ${site.url}: ${pages} pages x 3 passes, ${runs} runs per pool size`);
  for (const pool of pools) {
    const times = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const { report } = await scan(
        { url: site.url, pages, timeoutMs: 15000 },
        { parseRegistry, pool },
      );
      times.push((performance.now() - started) / 1000);
      if (report.pages.length !== pages || report.passes.length !== 3) throw new Error(`scanned ${report.pages.length} pages, ${report.passes.length} passes`);
    }
    console.log(`pool ${pool}: median ${median(times).toFixed(1)} s (runs: ${times.map((time) => time.toFixed(1)).join(', ')} s)`);
  }
} finally {
  await site.close();
}

// The README states the script's size against its peers: the figures must stay what
// `npm run size` measures (bench/size.mjs), within a margin for small changes between releases.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');

/** The README's size table: `[label, brotli, gzip]` per row. */
const rows = [...readme.matchAll(/^\| (.+?) \| ([\d,]+) \| ([\d,]+) \|$/gm)].map(([, label, brotli, gzip]) => [
  label,
  Number(brotli.replaceAll(',', '')),
  Number(gzip.replaceAll(',', '')),
]);

describe('the README on size', () => {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['bench/size.mjs', '--json'], { cwd: root, encoding: 'utf8' });
  const measured = status === 0 ? JSON.parse(stdout) : [];

  it('does not call the script small, tiny or lightweight', () => {
    assert.doesNotMatch(readme, /\b(small|tiny|lightweight|minimal) (web component|script|widget|footprint)/i);
  });

  it('gives the measured brotli and gzip sizes of ours and of each peer', () => {
    assert.equal(status, 0, stderr);
    const find = (label) => rows.find(([row]) => row.includes(label));
    const checks = [
      ['dist/cookie-policy.js', measured.find((tool) => tool.tool === 'cookie-policy'), 0.05],
      ['vanilla-cookieconsent', measured.find((tool) => tool.tool === 'vanilla-cookieconsent (umd)'), 0],
      ['Orejime', measured.find((tool) => tool.tool === 'orejime'), 0],
    ];
    for (const [label, tool, margin] of checks) {
      const row = find(label);
      assert.ok(row, `no size row for ${label} in the README`);
      for (const [index, kind] of [[1, 'brotli'], [2, 'gzip']]) {
        const off = Math.abs(row[index] - tool.total[kind]) / tool.total[kind];
        assert.ok(off <= margin, `${label}: the README says ${row[index]} B ${kind}, npm run size measures ${tool.total[kind]}`);
      }
    }
  });
});

// Medians and the text tables printed by run.mjs.

export function median(values) {
  const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  const middle = Math.floor(numbers.length / 2);
  return numbers.length % 2 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2;
}

/** Median of each metric over the runs of each tool: { tool: { metric: median } }. */
export function medians(runs, metricKeys) {
  const byTool = {};
  for (const run of runs) (byTool[run.tool] ??= []).push(run.metrics);
  return Object.fromEntries(
    Object.entries(byTool).map(([tool, list]) => [
      tool,
      Object.fromEntries(metricKeys.map((key) => [key, median(list.map((metrics) => metrics[key]))])),
    ]),
  );
}

/** A fixed-width table: header row, then rows of cells. */
export function table(header, rows) {
  const widths = header.map((cell, i) => Math.max(String(cell).length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

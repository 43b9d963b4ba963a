// Builds data/open-cookie-facts.json, the copy of the Open Cookie Database's factual columns that
// `scan` ships, from the project's shared copy:
//   node scripts/compact-cookie-facts.mjs path/to/open-cookie-facts.json
// Each entry becomes one array (columns listed in the file), and the free-text domain column
// ("x.com (3rd party) or .y.com") becomes a list of plain domains, so that matching needs no parsing.
import { readFileSync, writeFileSync } from 'node:fs';

const [input] = process.argv.slice(2);
if (!input) {
  console.error('usage: node scripts/compact-cookie-facts.mjs <open-cookie-facts.json>');
  process.exit(2);
}
const source = JSON.parse(readFileSync(input, 'utf8'));

/** The domains a cookie of this entry lives on; [] when the entry names none (any site). */
function domains(text) {
  const found = [];
  for (let token of text.replace(/[\u200b-\u200d\ufeff]/g, '').split(/\s+/)) {
    if (token === 'or' || token.startsWith('(') || token.endsWith(')')) continue;
    // "ads-[account].adhese.com": a label with a placeholder stands for any label.
    if (token.includes('[')) token = token.slice(token.lastIndexOf(']') + 2);
    token = token.toLowerCase().replace(/^\.+|[.,;]+$/g, '');
    // A bare label ("ut") still limits the entry to that name: it must not become "any site".
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(token) && !found.includes(token)) found.push(token);
  }
  return found;
}

const columns = ['name', 'prefix', 'domains', 'platform', 'category', 'controller', 'retention', 'privacyUrl'];
const rows = source.cookies.map((entry) =>
  columns.map((column) => (column === 'domains' ? domains(entry.domain) : column === 'prefix' ? entry.prefix === true : entry[column] ?? '')),
);
const compact = {
  source: 'Open Cookie Database, https://github.com/jkwakman/Open-Cookie-Database',
  commit: source.commit,
  license: 'Apache-2.0 (data/open-cookie-database.LICENSE); see data/NOTICE',
  changes: 'factual columns only (no descriptions); one array per entry; the domain column split into plain domains',
  columns,
  cookies: rows,
};
const text = `${JSON.stringify(compact).replace(/\],\[/g, '],\n[')}\n`;
writeFileSync(new URL('../data/open-cookie-facts.json', import.meta.url), text);
console.log(`data/open-cookie-facts.json: ${rows.length} entries, ${Buffer.byteLength(text)} bytes`);

// The HTML report of `scan --html`: one self-contained page (inline styles, no script, no image,
// no font, so opening it makes no request), readable at a glance and on paper.
import { lifetimeText, verdict } from './findings.mjs';

const escape = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** A name that may wrap only after its own separators (`_`, `.`, `-`), never inside a word. */
const breakable = (name) => escape(name).replace(/([_.-])/g, '$1<wbr>');

/** A page of the scanned site as its path, the origin being in the heading; another site's in full. */
const pageText = (page, report) => {
  const origin = new URL(report.url).origin;
  return escape(page.startsWith(`${origin}/`) ? page.slice(origin.length) : page);
};

const PASS_TITLES = {
  before: 'Before any consent (no click)',
  reject: 'After “Reject all”',
  accept: 'After “Accept all”',
};

const SEVERITY_TITLES = { violation: 'Violation', error: 'Error', warning: 'Warning', info: 'Info' };

const STYLE = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a525c; --line: #c9ced6; --fail: #a1161c; --pass: #1d6b35; --warn: #7a4d00; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
p, dl { margin: .5rem 0; }
.meta { color: var(--muted); display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; }
.meta dt { font-weight: 600; } .meta dd { margin: 0; overflow-wrap: anywhere; }
.verdict { font-size: 1.3rem; font-weight: 700; padding: .75rem 1rem; border: 3px solid; border-radius: .4rem; margin: 1rem 0; }
.verdict.fail { color: var(--fail); border-color: var(--fail); background: #fdf1f1; }
.verdict.pass { color: var(--pass); border-color: var(--pass); background: #eff8f1; }
.note { border-left: 4px solid var(--warn); padding: .25rem .75rem; background: #fff8e6; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th { background: #eef1f5; }
td.page, td.domain { overflow-wrap: anywhere; }
td.name { overflow-wrap: normal; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
.severity { font-weight: 700; white-space: nowrap; }
.severity.violation, .severity.error { color: var(--fail); }
.severity.warning { color: var(--warn); }
.severity.info { color: var(--muted); }
.none { color: var(--muted); font-style: italic; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .scroll { overflow: visible; }
  table { font-size: 9pt; page-break-inside: auto; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  h2 { break-after: avoid; }
  .verdict.fail, .verdict.pass { background: none; }
}`;

const table = (caption, headers, rows, empty) =>
  rows.length === 0
    ? `<p class="none">${escape(empty)}</p>`
    : `<div class="scroll"><table><caption>${escape(caption)}</caption>
<thead><tr>${headers.map((header) => `<th scope="col">${escape(header)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((cells) => `<tr>${cells.join('')}</tr>`).join('\n')}
</tbody></table></div>`;

const cell = (text, className) => `<td${className ? ` class="${className}"` : ''}>${text}</td>`;

function cookieRow(cookie, report, registry, page) {
  const declared = cookie.declared
    ? `${escape(cookie.declared.category)}${cookie.declared.service ? ` / ${escape(cookie.declared.service)}` : ''}${
        registry?.categories?.find((category) => category.id === cookie.declared.category)?.required ? ' (required)' : ''
      }`
    : '<strong>not declared</strong>';
  const fact = cookie.fact;
  const known = fact
    ? `${escape(fact.category)}: ${escape(fact.platform)}${fact.controller && fact.controller !== fact.platform ? ` (${escape(fact.controller)})` : ''}${
        fact.retention ? `; retention ${escape(fact.retention)}` : ''
      }`
    : '<span class="none">unknown</span>';
  return [
    cell(`<code>${breakable(cookie.name)}</code>`, 'name'),
    cell(escape(cookie.storage)),
    cell(escape(cookie.domain.replace(/^\./, '')) + (cookie.thirdParty ? ' (third party)' : ''), 'domain'),
    cell(escape(cookie.storage === 'cookie' ? lifetimeText(cookie.lifetimeDays) : cookie.storage === 'sessionStorage' ? 'session' : 'no expiry')),
    cell(declared),
    cell(known),
    cell(pageText(page, report), 'page'),
  ];
}

/** The report as one HTML page. `registry` is the registry as written (for category names), or null. */
export function renderHtmlReport(report, { registry = null, facts = null } = {}) {
  const failed = report.summary.violations + report.summary.errors > 0;
  const findingRows = report.findings.map((finding) => [
    cell(escape(SEVERITY_TITLES[finding.severity]), `severity ${finding.severity}`),
    cell(`<code>${escape(finding.code)}</code>`),
    cell(`<code>${breakable(finding.name)}</code>`, 'name'),
    cell(finding.page ? pageText(finding.page, report) : '<span class="none">none</span>', 'page'),
    cell(escape(finding.message)),
  ]);
  const passSections = report.passes
    .map((pass) => {
      const held = report.cookies.filter((cookie) => cookie.passes.includes(pass));
      const rows = held.map((cookie) => cookieRow(cookie, report, registry, cookie.firstPages?.[pass] ?? cookie.firstPage));
      return `<section aria-labelledby="pass-${pass}">
<h2 id="pass-${pass}">${escape(PASS_TITLES[pass] ?? pass)}: ${held.length} cookie${held.length === 1 ? '' : 's'} and storage keys</h2>
${table(`Cookies and storage keys present in the ${pass} pass`, ['Name', 'Storage', 'Domain', 'Lifetime', 'Registry', 'Open Cookie Database', 'First seen on'], rows, 'Nothing was stored in this pass.')}
</section>`;
    })
    .join('\n');
  const noWidget = report.widget
    ? ''
    : `<p class="note">No <code>&lt;cookie-policy&gt;</code> widget was found on the start page, so only the “before” pass ran: there is no banner to reject or accept.</p>`;

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cookie scan: ${escape(report.url)} — ${failed ? 'fails' : 'passes'}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Cookie scan of ${escape(report.url)}</h1>
<dl class="meta">
<dt>Scanned</dt><dd><time datetime="${escape(report.scannedAt)}">${escape(report.scannedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'))}</time></dd>
<dt>Registry</dt><dd>${report.registry.source ? `${escape(report.registry.source)}, revision ${escape(report.registry.revision)}` : 'none found'}</dd>
<dt>Pages</dt><dd>${report.pages.length} (same-origin, breadth-first; shown by their path)</dd>
<dt>Passes</dt><dd>${escape(report.passes.join(', '))}</dd>
</dl>
<p class="verdict ${failed ? 'fail' : 'pass'}">${failed ? '✗' : '✓'} ${escape(verdict(report))}</p>
${noWidget}
<section aria-labelledby="findings">
<h2 id="findings">Findings</h2>
${table('Findings, most severe first', ['Severity', 'Code', 'Name', 'Page', 'What'], findingRows, 'No findings: the registry tells the truth about every page scanned.')}
</section>
${passSections}
<section aria-labelledby="pages">
<h2 id="pages">Pages scanned</h2>
<ol>${report.pages.map((page) => `<li>${pageText(page, report)}</li>`).join('')}</ol>
</section>
<footer><p>Known cookies: ${escape(facts?.source ?? 'Open Cookie Database')}${facts?.commit ? `, commit ${escape(facts.commit)}` : ''} (Apache License 2.0). A name it does not list is reported as unknown, never guessed.</p></footer>
</main>
</body>
</html>
`;
}

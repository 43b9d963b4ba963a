// `cookie-policy-element scan <url>`: audits a live site against its registry (SPEC §9).
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startChromium } from './browser.mjs';
import { loadCookieFacts } from './cookie-facts.mjs';
import { PASSES, runPass } from './crawl.mjs';
import { buildDraft } from './draft.mjs';
import { ScanSetupError } from './errors.mjs';
import { buildReport, verdict } from './findings.mjs';
import { renderHtmlReport } from './html-report.mjs';
import { loadRegistry } from './registry-source.mjs';

export const SCAN_USAGE = `Usage: cookie-policy-element scan <url> [options]

Audits a live site in headless Chromium, the way a regulator's tool does, and says whether its
cookie registry tells the truth. Crawls same-origin links breadth-first from <url> three times,
each in a fresh profile: "before" (no click), "reject" (reject all in the widget's banner, then
crawl) and "accept" (accept all, then crawl). A site without the <cookie-policy> widget gets the
"before" pass only. Every cookie in the browser's store (first- and third-party, HTTP- and
script-set) and every localStorage / sessionStorage key of the site's origin is compared with the
registry and the Open Cookie Database.

Options:
  --registry FILE|URL  registry to check against (default: the one the page's widget loads)
  --pages N            pages to crawl per pass (default 20)
  --json FILE          write the JSON report (- for stdout)
  --html FILE          write the HTML report (one self-contained page)
  --draft FILE         write the registry plus an entry for each undeclared cookie
  --chromium PATH      Chromium or Chrome binary (default: $CHROME_PATH, then
                       /usr/lib/chromium/chromium, /usr/bin/chromium, /usr/bin/chromium-browser,
                       /usr/bin/google-chrome)
  --timeout-ms N       longest wait for one page (default 15000)
  -h, --help           print this help

Needs playwright-core (npm install --save-dev playwright-core); it downloads no browser.
Progress goes to stderr; stdout gets the verdict and the findings.

Exit status: 0 no violation and no error, 1 a violation or an error, 2 usage error or the scan
cannot start (no Chromium, no playwright-core, an invalid registry, a start page that fails).`;

/** Parses the command line; throws ScanSetupError on a usage error. Returns null for --help. */
export function parseScanArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        registry: { type: 'string' },
        pages: { type: 'string', default: '20' },
        json: { type: 'string' },
        html: { type: 'string' },
        draft: { type: 'string' },
        chromium: { type: 'string' },
        'timeout-ms': { type: 'string', default: '15000' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new ScanSetupError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  if (positionals.length !== 1) throw new ScanSetupError(positionals.length ? 'scan takes one URL' : 'scan needs a URL');
  let url;
  try {
    url = new URL(positionals[0]);
  } catch {
    throw new ScanSetupError(`not a URL: ${JSON.stringify(positionals[0])}`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new ScanSetupError(`not an http(s) URL: ${JSON.stringify(positionals[0])}`);
  const integer = (name, min) => {
    const value = values[name];
    if (!/^\d+$/.test(value) || Number(value) < min) throw new ScanSetupError(`--${name} expects a whole number of at least ${min}, not ${JSON.stringify(value)}`);
    return Number(value);
  };
  url.hash = '';
  return {
    url: url.href,
    registry: values.registry,
    pages: integer('pages', 1),
    timeoutMs: integer('timeout-ms', 100),
    json: values.json,
    html: values.html,
    draft: values.draft,
    chromium: values.chromium,
  };
}

/**
 * Runs a scan and returns the report, with the registry as written. `parseRegistry` is the
 * element's own parser; `pool` how many pages of a pass load at once.
 */
export async function scan(options, { parseRegistry, log = () => {}, pool = 3, env = process.env }) {
  const facts = loadCookieFacts();
  // A registry named on the command line is checked before any browser starts.
  const given = options.registry ? await loadRegistry({ option: options.registry, parseRegistry }) : null;
  const started = await startChromium({ explicit: options.chromium, env });
  log(`scan: ${options.url} with ${started.executablePath} (Chromium ${started.version}), up to ${options.pages} pages per pass`);
  try {
    const scannedAt = new Date().toISOString();
    const settings = {
      startUrl: options.url,
      maxPages: options.pages,
      timeoutMs: options.timeoutMs,
      pool,
      onPage: ({ pass, index, url }) => log(`scan: ${pass} pass: page ${index} of at most ${options.pages}: ${url}`),
    };
    const before = await runPass(started.browser, PASSES[0], settings);
    const { widget } = before.widget;
    const { json: registry, source } = given ?? (await loadRegistry({ widget: before.widget, startUrl: options.url, parseRegistry }));
    if (!widget) log('scan: no <cookie-policy> widget on the start page: the "before" pass only');
    const passes = [before];
    if (widget) for (const pass of PASSES.slice(1)) passes.push(await runPass(started.browser, pass, settings));
    for (const pass of passes) for (const { url, error } of pass.failed) log(`scan: ${pass.name} pass: skipped ${url}: ${error}`);
    const report = buildReport({ url: options.url, scannedAt, passes, widget, registry, source, facts });
    return { report, registry, facts };
  } finally {
    await started.close();
  }
}

/** The element's registry parser, from the ES module build, so that the scan judges a registry as the element does. */
async function elementParser() {
  try {
    return (await import(new URL('../../dist/esm/registry/parse.js', import.meta.url))).parseRegistry;
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new ScanSetupError('dist/esm/registry/parse.js is missing: run `npm run build` first');
  }
}

/** The command: parses `argv`, scans, writes the reports, returns the exit status. */
export async function scanCommand(argv, { stdout = process.stdout, stderr = process.stderr, env = process.env } = {}) {
  const print = (stream, text) => new Promise((resolve) => stream.write(`${text}\n`, resolve));
  let options;
  try {
    options = parseScanArgs(argv);
  } catch (error) {
    await print(stderr, `cookie-policy-element scan: ${error.message}\n\n${SCAN_USAGE}`);
    return 2;
  }
  if (options === null) {
    await print(stdout, SCAN_USAGE);
    return 0;
  }
  let result;
  let parseRegistry;
  try {
    parseRegistry = await elementParser();
    result = await scan(options, { parseRegistry, env, log: (line) => stderr.write(`${line}\n`) });
  } catch (error) {
    if (error?.name !== 'ScanSetupError') throw error;
    await print(stderr, `cookie-policy-element scan: ${error.message}`);
    return 2;
  }
  const { report, registry, facts } = result;
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (options.json && options.json !== '-') await writeFile(options.json, json);
  if (options.html) await writeFile(options.html, renderHtmlReport(report, { registry, facts }));
  if (options.draft) {
    const draft = buildDraft(registry, report);
    parseRegistry(draft);
    await writeFile(options.draft, `${JSON.stringify(draft, null, 2)}\n`);
  }
  if (options.json === '-') await print(stdout, json.trimEnd());
  else {
    const lines = [verdict(report), ...report.findings.map((finding) => `${finding.severity} ${finding.code} ${finding.name}${finding.page ? ` (${finding.page})` : ''}: ${finding.message}`)];
    await print(stdout, lines.join('\n'));
  }
  for (const [flag, file] of [['json', options.json], ['html', options.html], ['draft', options.draft]]) {
    if (file && file !== '-') stderr.write(`scan: wrote the ${flag === 'draft' ? 'draft registry' : `${flag.toUpperCase()} report`} to ${file}\n`);
  }
  return report.summary.violations + report.summary.errors > 0 ? 1 : 0;
}

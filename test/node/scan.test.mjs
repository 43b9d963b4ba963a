import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumCandidates } from '../../bin/scan/browser.mjs';
import { startSite } from './scan/site.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = fileURLToPath(new URL('../../bin/cookie-policy.mjs', import.meta.url));

if (!existsSync(`${root}dist/esm/registry/parse.js`) || !existsSync(`${root}dist/cookie-policy.js`)) {
  throw new Error('dist/ is missing: run `npm run build` first');
}

/** Runs the command line without blocking this process, which serves the test site. */
function run(args, { nodeArgs = [], env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, cli, ...args], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'scan-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const file = (name) => join(scratch, name);
const readJson = (name) => JSON.parse(readFileSync(file(name), 'utf8'));

describe('cookie-policy-element scan, on a portal whose registry lies', () => {
  let site;
  let result;
  let report;
  const path = (url) => url && new URL(url).pathname;
  const cookie = (name) => report.cookies.find((one) => one.name === name);
  const findings = (code) => report.findings.filter((finding) => finding.code === code);
  const finding = (code, name) => findings(code).find((one) => one.name === name);

  before(async () => {
    site = await startSite({ variant: 'leaky' });
    result = await run(['scan', site.url, '--json', file('leaky.json'), '--html', file('leaky.html'), '--draft', file('draft.json')]);
    report = readJson('leaky.json');
  });
  after(() => site.close());

  it('exits 1 and prints the verdict first', () => {
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout.split('\n')[0], /^FAIL: 6 violations, 3 errors, 2 warnings, 1 info /);
  });

  it('reports progress on stderr, page by page and pass by pass', () => {
    for (const pass of ['before', 'reject', 'accept']) {
      assert.match(result.stderr, new RegExp(`${pass} pass: page 4 of at most 20: ${site.url}about/team/`));
    }
  });

  it('crawls same-origin pages breadth-first, two levels deep, without fragments or file downloads', () => {
    assert.deepEqual(report.pages.map(path), ['/', '/about/', '/cookies/', '/about/team/']);
  });

  it('runs the three passes with the registry the widget loads', () => {
    assert.deepEqual(report.passes, ['before', 'reject', 'accept']);
    assert.equal(report.widget, true);
    assert.deepEqual(report.registry, { revision: 'scan-test-1', source: `${site.url}cookie-registry.json` });
    assert.equal(report.url, site.url);
    assert.ok(Date.parse(report.scannedAt) <= Date.now());
  });

  it('reads the browser cookie store: an HttpOnly cookie set two levels deep, with its first page', () => {
    assert.deepEqual(cookie('sessionid'), {
      name: 'sessionid',
      domain: '127.0.0.1',
      path: '/',
      lifetimeDays: null,
      thirdParty: false,
      storage: 'cookie',
      passes: ['before', 'reject', 'accept'],
      firstPage: `${site.url}about/team/`,
      declared: { category: 'necessary', service: null, index: 0 },
      // The database's sessionid is Instagram's, on instagram.com: it says nothing about this site.
      known: null,
    });
    assert.equal(findings('before-consent').some((one) => one.name === 'sessionid'), false);
  });

  it('sees the gated tag set _ga only after "accept all"', () => {
    assert.deepEqual(cookie('_ga').passes, ['accept']);
    assert.deepEqual(cookie('_ga').known, { platform: 'Google Analytics', category: 'Analytics' });
    assert.equal(report.findings.some((one) => one.name === '_ga'), false);
    assert.deepEqual(cookie('cookies_preferences').passes, ['reject', 'accept']);
  });

  it('reports the leaky marketing cookie before consent and after a refusal', () => {
    assert.deepEqual(finding('before-consent', '_gcl_au'), {
      severity: 'violation',
      code: 'before-consent',
      name: '_gcl_au',
      page: site.url,
      message: 'cookie "_gcl_au" (on 127.0.0.1), declared in category "marketing", is present before any consent',
    });
    assert.equal(finding('after-reject', '_gcl_au').severity, 'violation');
    assert.equal(finding('undeclared', '_gcl_au'), undefined);
  });

  it("reports the third-party iframe's own cookie: third party, undeclared, present before consent", () => {
    assert.equal(cookie('tp_visitor').domain, '127.0.0.2');
    assert.equal(cookie('tp_visitor').thirdParty, true);
    assert.equal(cookie('tp_visitor').known, null);
    assert.equal(Math.round(cookie('tp_visitor').lifetimeDays), 30);
    assert.equal(finding('undeclared', 'tp_visitor').severity, 'error');
    assert.match(finding('undeclared', 'tp_visitor').message, /unknown to the Open Cookie Database/);
    assert.equal(finding('before-consent', 'tp_visitor').severity, 'violation');
    assert.equal(finding('after-reject', 'tp_visitor').severity, 'violation');
  });

  it("records the site's localStorage key like a cookie", () => {
    assert.deepEqual(
      { ...cookie('portal_last_search'), declared: cookie('portal_last_search').declared },
      {
        name: 'portal_last_search',
        domain: '127.0.0.1',
        path: null,
        lifetimeDays: null,
        thirdParty: false,
        storage: 'localStorage',
        passes: ['before', 'reject', 'accept'],
        firstPage: site.url,
        declared: null,
        known: null,
      },
    );
    assert.equal(finding('before-consent', 'portal_last_search').severity, 'violation');
    assert.equal(finding('undeclared', 'portal_last_search').severity, 'error');
  });

  it('reports an undeclared cookie that only the accepted tag sets, with what the database knows', () => {
    assert.deepEqual(cookie('_gid').passes, ['accept']);
    assert.match(finding('undeclared', '_gid').message, /knows it as Analytics \(Google Analytics\)/);
    assert.equal(findings('before-consent').some((one) => one.name === '_gid'), false);
  });

  it('warns about a cookie that lives longer than declared', () => {
    assert.equal(Math.round(cookie('portal_lang').lifetimeDays), 90);
    assert.equal(finding('lifetime', 'portal_lang').severity, 'warning');
    assert.match(finding('lifetime', 'portal_lang').message, /lives 90 days, longer than its declared duration "1 month"/);
    assert.equal(finding('lifetime', '_ga'), undefined, '395 days is within the declared 13 months');
  });

  it('warns when the database classes a cookie of a required category as analytics, matching by prefix', () => {
    assert.deepEqual(cookie('_pk_id.1.abcd').declared, { category: 'necessary', service: null, index: 3 });
    assert.equal(cookie('_pk_id.1.abcd').known.category, 'Analytics');
    assert.equal(finding('category', '_pk_id.1.abcd').severity, 'warning');
    assert.equal(finding('before-consent', '_pk_id.1.abcd'), undefined, 'a required category needs no consent');
  });

  it('lists a declared name never seen as unused', () => {
    assert.deepEqual(findings('unused'), [
      {
        severity: 'info',
        code: 'unused',
        name: '_hjSessionUser_*',
        page: null,
        message: '"_hjSessionUser_*" (/cookies/4) is declared but was not seen in any pass',
      },
    ]);
  });

  it('counts the findings, most severe first', () => {
    assert.deepEqual(report.summary, { violations: 6, errors: 3, warnings: 2, infos: 1 });
    const order = ['violation', 'error', 'warning', 'info'];
    const ranks = report.findings.map((one) => order.indexOf(one.severity));
    assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
  });

  it('drafts a registry that validate accepts, with entries from the database or from observation', async () => {
    const draft = readJson('draft.json');
    const unclassified = draft.categories.find((category) => category.id === 'unclassified');
    assert.equal(unclassified.required, undefined);
    const entry = (name) => draft.cookies.find((one) => one.names.includes(name));
    assert.deepEqual(entry('_gid'), {
      category: 'unclassified',
      provider: 'Google',
      function: 'Analytics: Google Analytics',
      names: ['_gid'],
      purpose: 'To describe. The Open Cookie Database lists it as Analytics (Google Analytics); found by the scan.',
      party: 'first',
      duration: '24 hours',
      policyUrl: 'https://business.safety.google/privacy/',
    });
    assert.equal(entry('tp_visitor').provider, '127.0.0.2');
    assert.equal(entry('tp_visitor').party, 'third');
    assert.equal(entry('tp_visitor').duration, '30 days');
    assert.equal(entry('portal_last_search').category, 'unclassified');
    assert.deepEqual(draft.cookies.slice(0, 6), JSON.parse(JSON.stringify((await import('./scan/site.mjs')).siteRegistry().cookies)));
    const validated = await run(['validate', file('draft.json')]);
    assert.equal(validated.status, 0, validated.stdout);
  });

  it('re-scans with the draft and finds nothing undeclared', async () => {
    const again = await run(['scan', site.url, '--registry', file('draft.json'), '--json', file('again.json')]);
    const rescanned = readJson('again.json');
    assert.deepEqual(rescanned.findings.filter((one) => one.code === 'undeclared'), []);
    assert.equal(rescanned.registry.source, file('draft.json'));
    // Declaring a cookie does not excuse setting it before consent.
    assert.equal(again.status, 1);
    assert.equal(rescanned.summary.errors, 0);
  });

  it('writes an HTML report that opens with no request and passes axe', async () => {
    const html = readFileSync(file('leaky.html'), 'utf8');
    assert.match(html, /<p class="verdict fail">✗ FAIL: 6 violations, 3 errors/);
    assert.ok(html.indexOf('id="findings"') < html.indexOf('id="pass-before"'), 'findings come before the cookies');
    const executablePath = chromiumCandidates(undefined).find((candidate) => existsSync(candidate));
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      const address = pathToFileURL(file('leaky.html')).href;
      await page.goto(address);
      assert.deepEqual(requests, [address]);
      const sections = await page.locator('h2').allTextContents();
      assert.deepEqual(sections.map((text) => text.split(':')[0]), [
        'Findings',
        'Before any consent (no click)',
        'After “Reject all”',
        'After “Accept all”',
        'Pages scanned',
      ]);
      const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
      await page.addScriptTag({ path: axe });
      // Runs in the report's page, where axe-core has just been added.
      const violations = await page.evaluate(async () => (await globalThis.axe.run()).violations.map((one) => one.id));
      assert.deepEqual(violations, []);
    } finally {
      await browser.close();
    }
  });
});

describe('cookie-policy-element scan, other sites and failures', () => {
  it('scans a clean portal clean: exit 0, no finding', async () => {
    const site = await startSite({ variant: 'clean' });
    try {
      const result = await run(['scan', site.url, '--json', '-']);
      const report = JSON.parse(result.stdout);
      assert.deepEqual(report.findings, []);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(report.cookies.find((one) => one.name === '_gcl_au').passes, ['accept']);
    } finally {
      await site.close();
    }
  });

  it('gives a site without the widget the before pass only, and says so', async () => {
    const site = await startSite({ variant: 'plain' });
    try {
      const result = await run(['scan', site.url, '--json', file('plain.json'), '--html', file('plain.html')]);
      const report = readJson('plain.json');
      assert.deepEqual(report.passes, ['before']);
      assert.equal(report.widget, false);
      assert.deepEqual(report.registry, { revision: null, source: null });
      assert.match(result.stderr, /no <cookie-policy> widget on the start page: the "before" pass only/);
      assert.match(readFileSync(file('plain.html'), 'utf8'), /No <code>&lt;cookie-policy&gt;<\/code> widget was found on the start page, so only the “before” pass ran/);
      assert.equal(report.findings.find((one) => one.name === 'portal_lang').code, 'before-consent');
      assert.equal(result.status, 1);
    } finally {
      await site.close();
    }
  });

  for (const [args, message] of [
    [[], /scan needs a URL/],
    [['ftp://portal.example/'], /not an http\(s\) URL/],
    [['http://127.0.0.1:9/', '--pages', '0'], /--pages expects a whole number of at least 1/],
    [['http://127.0.0.1:9/', '--frobnicate'], /Unknown option '--frobnicate'/],
  ]) {
    it(`exits 2 on a usage error: scan ${args.join(' ')}`, async () => {
      const result = await run(['scan', ...args]);
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
      assert.match(result.stderr, /Usage: cookie-policy-element scan <url>/);
    });
  }

  it('exits 2 on an invalid --registry, with the pointer of the problem', async () => {
    const result = await run(['scan', 'http://127.0.0.1:9/', '--registry', 'test/node/fixtures/invalid-names.json']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /the registry test\/node\/fixtures\/invalid-names\.json is invalid: \/cookies\/1\/names: /);
  });

  it('exits 2 when the start page does not load', async () => {
    const result = await run(['scan', 'http://127.0.0.1:9/', '--timeout-ms', '5000']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cookie-policy-element scan: cannot load http:\/\/127\.0\.0\.1:9\/: /);
  });

  it('exits 2 and says how to point it at a Chromium when none starts', async () => {
    const result = await run(['scan', 'http://127.0.0.1:9/', '--chromium', '/nonexistent/chromium']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot start Chromium; tried \/nonexistent\/chromium \(not found\)/);
    assert.match(result.stderr, /--chromium PATH or the CHROME_PATH environment variable/);
  });

  it('exits 2 and says what to install when playwright-core is missing', async () => {
    const result = await run(['scan', 'http://127.0.0.1:9/'], { nodeArgs: ['--import', './test/node/scan/no-playwright.mjs'] });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /scan needs playwright-core, which is not installed.*npm install --save-dev playwright-core/);
  });
});

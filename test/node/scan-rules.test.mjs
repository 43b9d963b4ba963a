// The scan's rules on their own, without a browser: database matching, findings, draft, HTML.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadCookieFacts } from '../../bin/scan/cookie-facts.mjs';
import { buildDraft, observedDuration } from '../../bin/scan/draft.mjs';
import { buildReport, siteOf } from '../../bin/scan/findings.mjs';
import { renderHtmlReport } from '../../bin/scan/html-report.mjs';

const facts = loadCookieFacts();

/** A pass as runPass returns it, from `[name, { domain, lifetimeDays, storage, firstPage }]` pairs. */
const pass = (name, cookies) => ({
  name,
  pages: ['https://portal.example/'],
  failed: [],
  seen: new Map(
    cookies.map(([cookie, extra = {}]) => [
      `${cookie}|${extra.domain ?? 'portal.example'}`,
      { name: cookie, storage: 'cookie', domain: 'portal.example', path: '/', lifetimeDays: null, firstPage: 'https://portal.example/', order: 0, ...extra },
    ]),
  ),
});

const registry = {
  revision: '1',
  languages: ['en', 'fr'],
  categories: [
    { id: 'necessary', required: true, title: 'Necessary' },
    { id: 'analytics', title: 'Statistics' },
  ],
  cookies: [
    { category: 'necessary', provider: 'Portal', names: ['sessionid'], purpose: 'Session', duration: 'session' },
    { category: 'analytics', provider: 'Matomo', names: ['_pk_id.*'], purpose: 'Visits', duration: { en: '13 months', fr: '13 mois' } },
  ],
};

const report = (passes, options = {}) =>
  buildReport({ url: 'https://portal.example/', scannedAt: '2026-12-01T00:00:00.000Z', passes, widget: true, registry, source: 'registry.json', facts, ...options });

describe('scan rules: the Open Cookie Database', () => {
  it('matches an entry that names a domain only for cookies of that domain or below', () => {
    assert.equal(facts.lookup('sessionid', 'portal.example'), null);
    assert.equal(facts.lookup('sessionid', '.www.instagram.com').platform, 'Instagram');
    assert.equal(facts.lookup('sessionid', 'notinstagram.com'), null);
  });

  it('matches a wildcard entry by prefix, the longest prefix first, and knows nothing of other names', () => {
    assert.equal(facts.lookup('_ga_1A2B3C', 'portal.example').name, '_ga_');
    assert.equal(facts.lookup('_ga', 'portal.example').prefix, false);
    assert.equal(facts.lookup('portal_theme', 'portal.example'), null);
  });
});

describe('scan rules: findings', () => {
  it('tells third-party cookies by site, not by host', () => {
    assert.equal(siteOf('www.portal.example'), 'portal.example');
    assert.equal(siteOf('data.gov.uk'), 'data.gov.uk');
    assert.equal(siteOf('127.0.0.2'), '127.0.0.2');
    const { cookies } = report([pass('before', [['a', { domain: '.portal.example' }], ['b', { domain: 'cdn.other.example' }]])]);
    assert.deepEqual(cookies.map((cookie) => cookie.thirdParty), [false, true]);
  });

  it('allows a required cookie before consent but not an optional one', () => {
    const { findings } = report([pass('before', [['sessionid'], ['_pk_id.1.ab', { lifetimeDays: 30 }]])]);
    assert.deepEqual(
      findings.filter((one) => one.code === 'before-consent').map((one) => one.name),
      ['_pk_id.1.ab'],
    );
  });

  it('warns about a cookie declared for the session that persists, or one over 13 months', () => {
    const { findings } = report([pass('accept', [['sessionid', { lifetimeDays: 14 }], ['_pk_id.1.ab', { lifetimeDays: 396.7 }]])]);
    assert.deepEqual(
      findings.filter((one) => one.code === 'lifetime').map((one) => one.message),
      [
        'cookie "sessionid" (on portal.example) lives 14 days, longer than its declared duration "session"',
        'cookie "_pk_id.1.ab" (on portal.example) lives 397 days, longer than its declared duration "13 months" and longer than 13 months',
      ],
    );
  });

  it('does not warn about a cookie that lives its declared duration in calendar months', () => {
    const { findings } = report([pass('accept', [['_pk_id.1.ab', { lifetimeDays: 396 }]])]);
    assert.deepEqual(findings.filter((one) => one.code === 'lifetime'), []);
  });
});

describe('scan rules: draft and HTML', () => {
  it('rounds an observed lifetime up, to days below 45 days, else to months', () => {
    assert.deepEqual(
      [null, 0.02, 1, 1.2, 44.5, 45, 90, 400].map(observedDuration),
      ['session', '1 day', '1 day', '2 days', '45 days', '2 months', '3 months', '14 months'],
    );
  });

  it('adds the unclassified category in every language of the registry, and keeps the rest as written', () => {
    const draft = buildDraft(registry, report([pass('before', [['portal_theme', { lifetimeDays: 10 }]])]));
    assert.deepEqual(draft.categories.slice(0, 2), registry.categories);
    assert.deepEqual(draft.categories[2].title, { en: 'Unclassified', fr: 'Non classés' });
    assert.deepEqual(draft.cookies.at(-1), {
      category: 'unclassified',
      provider: 'portal.example',
      function: 'Unknown',
      names: ['portal_theme'],
      purpose: 'To describe: found by the scan, not in the Open Cookie Database.',
      party: 'first',
      duration: '10 days',
    });
  });

  it("escapes what the site controls: a cookie's name is text in the HTML report", () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const html = renderHtmlReport(report([pass('before', [[hostile]])]));
    assert.equal(html.includes('<img'), false);
    assert.match(html, /&#60;img src=x onerror=alert\(1\)&#62;/);
  });
});

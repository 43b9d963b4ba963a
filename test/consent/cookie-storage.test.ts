import { expect } from '@open-wc/testing';
import {
  readDecisionCookie,
  serializeDecisionCookie,
  writeDecisionCookie,
} from '../../src/consent/cookie-storage.js';
import { blockedCookies, cookieJar, makeDecision } from './fakes.js';

const decision = makeDecision();
const encoded = encodeURIComponent(JSON.stringify(decision));

let serial = 0;
/** A cookie name no other test uses, deleted from the real document afterwards. */
const names: string[] = [];
function uniqueName(): string {
  const name = `cp_test_${Date.now()}_${++serial}`;
  names.push(name);
  return name;
}

describe('readDecisionCookie', () => {
  it('parses the URL-encoded JSON of the cookie with exactly that name', () => {
    const doc = cookieJar({ xcookies_preferences: 'nope', cookies_preferences: encoded, cookies_preferences2: 'x' });
    expect(readDecisionCookie('cookies_preferences', doc)).to.deep.equal(decision);
  });

  it('returns null when the cookie is missing', () => {
    expect(readDecisionCookie('cookies_preferences', cookieJar({ other: encoded }))).to.equal(null);
    expect(readDecisionCookie('cookies_preferences', { cookie: '' })).to.equal(null);
  });

  for (const corrupt of ['%E0%A4%A', '{', '', 'undefined', '%7B%22id%22']) {
    it(`returns null for the corrupt value ${JSON.stringify(corrupt)}`, () => {
      expect(readDecisionCookie('cookies_preferences', cookieJar({ cookies_preferences: corrupt }))).to.equal(null);
    });
  }

  it('returns what the JSON holds, even when it is not a decision (validation comes next)', () => {
    expect(readDecisionCookie('c', cookieJar({ c: 'null' }))).to.equal(null);
    expect(readDecisionCookie('c', cookieJar({ c: '%5B1%5D' }))).to.deep.equal([1]);
  });

  it('ignores a cookie without "=" rather than matching it by accident', () => {
    expect(readDecisionCookie('c', { cookie: 'cx; d=1' })).to.equal(null);
  });

  it('returns null instead of throwing when cookies are blocked', () => {
    expect(readDecisionCookie('cookies_preferences', blockedCookies())).to.equal(null);
  });
});

describe('serializeDecisionCookie', () => {
  const options = { name: 'cookies_preferences', maxAgeDays: 180 };

  it('writes a host-only, Lax, path-wide cookie with Max-Age in seconds', () => {
    expect(serializeDecisionCookie(decision, options, false)).to.equal(
      `cookies_preferences=${encoded}; Path=/; Max-Age=15552000; SameSite=Lax`,
    );
  });

  it('adds Domain when one is set and Secure on https', () => {
    expect(serializeDecisionCookie(decision, { ...options, domain: '.example.org', maxAgeDays: 1 }, true)).to.equal(
      `cookies_preferences=${encoded}; Path=/; Max-Age=86400; SameSite=Lax; Domain=.example.org; Secure`,
    );
  });

  it('keeps Max-Age a whole number of seconds for fractional days', () => {
    expect(serializeDecisionCookie(decision, { ...options, maxAgeDays: 0.5 }, false)).to.contain('; Max-Age=43200;');
  });

  it('stores only the four decision fields, in the documented order', () => {
    const detail = { ...decision, source: 'banner', cleared: ['_ga'] };
    const value = serializeDecisionCookie(detail, options, false).split(';')[0].split('=')[1];
    expect(Object.keys(JSON.parse(decodeURIComponent(value)))).to.deep.equal(['id', 'revision', 'categories', 'decidedAt']);
  });

  it('stores services beside categories when the decision has them', () => {
    const detail = { ...decision, services: { matomo: true, youtube: false }, source: 'banner', cleared: [] };
    const value = serializeDecisionCookie(detail, options, false).split(';')[0].split('=')[1];
    const stored = JSON.parse(decodeURIComponent(value));
    expect(Object.keys(stored)).to.deep.equal(['id', 'revision', 'categories', 'services', 'decidedAt']);
    expect(stored.services).to.deep.equal({ matomo: true, youtube: false });
  });
});

describe('writeDecisionCookie', () => {
  afterEach(() => {
    for (const name of names.splice(0)) document.cookie = `${name}=; Path=/; Max-Age=0`;
  });

  it('round-trips a decision through the real document.cookie', () => {
    const name = uniqueName();
    expect(writeDecisionCookie(decision, { name, maxAgeDays: 180 })).to.equal(true);
    expect(document.cookie).to.contain(`${name}=`);
    expect(readDecisionCookie(name)).to.deep.equal(decision);
  });

  it('replaces the previous decision', () => {
    const name = uniqueName();
    writeDecisionCookie(decision, { name, maxAgeDays: 180 });
    const next = makeDecision({ id: 'next', categories: { analytics: false } });
    expect(writeDecisionCookie(next, { name, maxAgeDays: 180 })).to.equal(true);
    expect(readDecisionCookie(name)).to.deep.equal(next);
  });

  it('reports false when the browser refuses the cookie (a Domain the page is not on)', () => {
    const name = uniqueName();
    expect(writeDecisionCookie(decision, { name, domain: 'example.org', maxAgeDays: 180 })).to.equal(false);
    expect(readDecisionCookie(name)).to.equal(null);
  });

  it('deletes a host-only cookie of the same name before writing a shared one', () => {
    const doc = cookieJar({ cookies_preferences: 'old' });
    writeDecisionCookie(decision, { name: 'cookies_preferences', domain: '.example.org', maxAgeDays: 180 }, doc, true);
    expect(doc.writes[0]).to.equal('cookies_preferences=; Path=/; Max-Age=0');
    expect(doc.writes[1]).to.contain('; Domain=.example.org; Secure');
  });

  it('returns false instead of throwing when cookies are blocked', () => {
    expect(writeDecisionCookie(decision, { name: 'c', maxAgeDays: 180 }, blockedCookies(), false)).to.equal(false);
  });
});

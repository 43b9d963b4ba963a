import { expect } from '@open-wc/testing';
import { resolveConsentOptions } from '../../src/consent/consent-options.js';
import { connectPageConsent, pageConsentOf } from '../../src/consent/setup-consent.js';

/** Captures console.warn while `run` runs. */
function warnings(run: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('The page consent (one per document, made explicitly)', () => {
  let page: Document;
  beforeEach(() => (page = document.implementation.createHTMLDocument()));
  afterEach(() => pageConsentOf(page)?.dispose());

  it('gives every element of a page the same consent object, and a disposed one makes way for a new one', () => {
    const options = resolveConsentOptions({});
    const first = connectPageConsent(options, page);
    expect(connectPageConsent(options, page)).to.equal(first);
    expect(pageConsentOf(page)).to.equal(first);
    first.dispose();
    expect(pageConsentOf(page)).to.equal(undefined);
    expect(connectPageConsent(options, page)).to.not.equal(first);
  });

  it('warns a later element asking for other options, naming each conflict, and keeps the first options', () => {
    connectPageConsent(resolveConsentOptions({ cookieName: 'consent', consentMaxAge: 30 }), page);
    const seen = warnings(() => {
      const later = connectPageConsent(
        resolveConsentOptions({ cookieName: 'other', consentMaxAge: 30, consentMode: true, consentLog: '/log', cookieDomain: 'example.org' }),
        page,
      );
      expect(later.options.cookieName).to.equal('consent');
    });
    expect(seen).to.have.length(1);
    for (const name of ['cookie-name (other', 'cookie-domain', 'consent-mode', 'consent-log']) expect(seen[0]).to.contain(name);
    expect(seen[0]).to.not.contain('consent-max-age');
  });

  it('says nothing when a later element asks for the same options (defaults written or not)', () => {
    connectPageConsent(resolveConsentOptions({}), page);
    expect(warnings(() => connectPageConsent(resolveConsentOptions({ cookieName: 'cookies_preferences', consentMaxAge: 180 }), page))).to.deep.equal([]);
  });

  it('warns when a second registry of another revision starts it', () => {
    const consent = connectPageConsent(resolveConsentOptions({}), page);
    const registry = { revision: 'a', languages: ['en'], categories: [], cookies: [] };
    consent.start(registry);
    expect(warnings(() => consent.start({ ...registry, revision: 'b' }))[0]).to.contain('revision a');
  });
});

describe('resolveConsentOptions (the defaults and the max-age clamp, in one place)', () => {
  it('keeps the documented defaults for missing, empty or nonsensical values', () => {
    for (const consentMaxAge of [undefined, null, 0, -3, NaN, Infinity]) {
      expect(resolveConsentOptions({ consentMaxAge }).maxAgeDays, String(consentMaxAge)).to.equal(180);
    }
    expect(resolveConsentOptions({ cookieName: '' }).cookieName).to.equal('cookies_preferences');
    expect(resolveConsentOptions({ cookieDomain: '' }).cookieDomain).to.equal(undefined);
    expect(resolveConsentOptions({ consentMaxAge: 30 }).maxAgeDays).to.equal(30);
  });
});

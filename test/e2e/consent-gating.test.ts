import { expect } from '@open-wc/testing';
import {
  banner,
  cleanUp,
  cookieValue,
  element,
  gateSettled,
  hits,
  inShadow,
  openConsentPage,
  plain,
  reloadConsentPage,
  ran,
  runs,
  setCookie,
  trackCookie,
  unique,
} from './consent-helpers.js';
import { until } from './page.js';

// Gating on the built dist/cookie-policy.js (spec §4, §5): request counts on the test server prove
// what the browser fetched, window.__ran what actually ran in the page.

const REVISION = '2026-11-22'; // demo/registries/twisto.opendatasoft.com.json

/** A stored decision, URL-encoded as the element writes it. */
function decisionCookie(categories: Record<string, boolean>, decidedAt = new Date().toISOString()): string {
  return encodeURIComponent(JSON.stringify({ id: 'e2e-decision', revision: REVISION, categories, decidedAt }));
}

describe('consent gating in a plain page (dist/cookie-policy.js)', () => {
  afterEach(cleanUp);

  it('requests no gated analytics script before a decision, none after "Reject all" and a reload', async () => {
    const key = unique('reject');
    const cookie = trackCookie(unique('cp_reject'));
    let page = await openConsentPage('consent-gate.html', { key, cookie });
    const shown = await banner(page);
    await gateSettled(page, key);
    expect(await hits(key)).to.not.have.property('analytics.js');
    expect(page.window.__events).to.have.length(0);

    shown.querySelector<HTMLElement>('[part="reject-all"]')!.click();
    await until(() => page.window.__events.length === 1);
    expect(page.window.__events[0].categories.analytics).to.equal(false);
    expect(cookieValue(page, cookie)).to.be.a('string');
    await gateSettled(page, key);
    expect(await hits(key)).to.not.have.property('analytics.js');

    page = await reloadConsentPage(page);
    await until(() => page.window.__events.length === 1);
    expect(page.window.__events[0].source).to.equal('stored');
    await inShadow(element(page), '[part="reopen"]');
    expect(element(page).shadowRoot!.querySelector('[part="banner"]')).to.equal(null);
    await gateSettled(page, key);
    expect(await hits(key)).to.not.have.property('analytics.js');
    expect(page.errors).to.deep.equal([]);
  });

  it('requests the analytics script once after "Accept all", then once more per reload', async () => {
    const key = unique('accept');
    const cookie = trackCookie(unique('cp_accept'));
    let page = await openConsentPage('consent-gate.html', { key, cookie });
    (await banner(page)).querySelector<HTMLElement>('[part="accept-all"]')!.click();
    await ran(page, 'analytics.js');
    expect((await hits(key))['analytics.js']).to.equal(1);

    for (const expected of [2, 3]) {
      page = await reloadConsentPage(page);
      await ran(page, 'analytics.js');
      // The stored decision applies at load: no banner, the script runs without a click.
      expect(element(page).shadowRoot!.querySelector('[part="banner"]')).to.equal(null);
      await gateSettled(page, key);
      expect(runs(page, 'analytics.js')).to.equal(1);
      expect((await hits(key))['analytics.js']).to.equal(expected);
    }
    expect(page.errors).to.deep.equal([]);
  });

  it('runs nothing gated while the registry is still loading, even with a stored "accept"', async () => {
    const key = unique('slow');
    const cookie = unique('cp_slow');
    setCookie(cookie, decisionCookie({ necessary: true, analytics: true }));
    const page = await openConsentPage('consent-gate.html', { key, cookie, slow: '600' });
    // The page has loaded; its registry request is still held back by the page's fetch wrapper.
    expect(page.window.__fetched).to.equal(false);
    expect(await hits(key)).to.deep.equal({});
    expect(page.window.__ran).to.equal(undefined);
    expect(element(page).consent).to.equal(null);
    expect(page.window.__fetched).to.equal(false);

    await ran(page, 'necessary.js');
    expect(page.window.__ran).to.deep.equal(['analytics.js', 'necessary.js']);
    const counts = await hits(key);
    expect([counts['analytics.js'], counts['necessary.js']]).to.deep.equal([1, 1]);
  });

  for (const [what, registry] of [
    ['answers 404', '/e2e/status/404'],
    ['is not JSON', '/test/e2e/pages/consent-not-json.json'],
  ] as const) {
    it(`runs nothing gated, required category included, when the registry ${what}`, async () => {
      const key = unique('broken');
      const cookie = unique('cp_broken');
      // Even a stored "accept everything" cannot open the gate without a registry.
      setCookie(cookie, decisionCookie({ necessary: true, analytics: true }));
      const page = await openConsentPage('consent-gate.html', { key, cookie, registry });
      const error = await inShadow(element(page), '[part="error"]');
      expect(error.textContent).to.contain(what === 'answers 404' ? '404' : 'not JSON');
      // The gate never starts without a registry, so there is no later signal to wait on: this short
      // pause is longer than the gated requests a started gate sends at once (a few ms locally).
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await hits(key)).to.deep.equal({});
      expect(page.window.__ran).to.equal(undefined);
      expect(page.window.__events).to.have.length(0);
      expect(page.document.querySelector<HTMLIFrameElement>('iframe[data-src]')!.hasAttribute('src')).to.equal(false);
      expect(page.errors).to.deep.equal([]);
    });
  }

  it('runs required-category scripts without consent once the registry has loaded', async () => {
    const key = unique('required');
    const page = await openConsentPage('consent-gate.html', { key, cookie: unique('cp_required') });
    await banner(page);
    await ran(page, 'necessary.js');
    expect(page.window.__ran).to.deep.equal(['necessary.js']);
    expect(await hits(key)).to.deep.equal({ 'necessary.js': 1 });
    expect(element(page).consent).to.equal(null);
  });

  it('runs a slow external, an inline and a fast external gated script in document order after accept', async () => {
    const key = unique('order');
    const cookie = trackCookie(unique('cp_order'));
    const page = await openConsentPage('consent-order.html', { key, cookie });
    (await banner(page)).querySelector<HTMLElement>('[part="accept-all"]')!.click();
    await ran(page, 'fast.js');
    expect(page.window.__ran).to.deep.equal(['slow.js', 'inline', 'fast.js']);
    expect(await hits(key)).to.deep.equal({ 'slow.js': 1, 'fast.js': 1 });
  });

  it('gives a gated iframe its src only after opt-in', async () => {
    const key = unique('frame');
    const cookie = trackCookie(unique('cp_frame'));
    const page = await openConsentPage('consent-gate.html', { key, cookie });
    const frame = page.document.querySelector<HTMLIFrameElement>('iframe[data-cookie-category]')!;
    await banner(page);
    await gateSettled(page, key);
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(await hits(key)).to.not.have.property('frame.js');

    element(page).acceptAll();
    await until(() => frame.getAttribute('src')?.startsWith(`/e2e/hit/${key}/frame.js?`));
    await until(() => frame.contentDocument?.body?.textContent?.includes('"frame.js"'));
    expect((await hits(key))['frame.js']).to.equal(1);
  });

  it('deletes the analytics cookies on opt-out and lists them in detail.cleared', async () => {
    const key = unique('clear');
    const cookie = trackCookie(unique('cp_clear'));
    const suffix = unique('x');
    const [pkId, pkSes] = [`_pk_id.1.${suffix}`, `_pk_ses.1.${suffix}`];
    const page = await openConsentPage('consent-gate.html', { key, cookie });
    // The banner may paint before the registry arrives; the script API needs the registry.
    await gateSettled(page, key);
    setCookie(pkId, '1');
    setCookie(pkSes, '1');
    setCookie(`keep_${suffix}`, '1');
    await until(() => cookieValue(page, pkId) === '1' && cookieValue(page, `keep_${suffix}`) === '1');
    element(page).acceptAll();
    await until(() => page.window.__events.length === 1);
    expect(page.window.__events[0].cleared).to.deep.equal([]);
    expect(cookieValue(page, pkId)).to.equal('1');

    // Through the preferences dialog: its "Reject all".
    await element(page).showPreferences();
    const dialog = await inShadow(element(page), 'dialog[open]');
    dialog.querySelector<HTMLElement>('[part="reject-all"]')!.click();
    await until(() => page.window.__events.length === 2);
    const detail = plain(page.window.__events[1]);
    expect(detail.source).to.equal('preferences');
    expect(detail.categories).to.deep.equal({ necessary: true, analytics: false });
    expect(detail.cleared).to.have.members([pkId, pkSes]);
    expect(cookieValue(page, pkId)).to.equal(null);
    expect(cookieValue(page, pkSes)).to.equal(null);
    expect(cookieValue(page, `keep_${suffix}`)).to.equal('1');

    // Through the API: accept again, set them again, then rejectAll().
    element(page).acceptAll();
    setCookie(pkId, '2');
    setCookie(pkSes, '2');
    // Chromium delivers a cookie written by one document to another same-origin document a moment
    // later (through its network service): wait until the page under test sees them.
    await until(() => cookieValue(page, pkId) === '2' && cookieValue(page, pkSes) === '2');
    element(page).rejectAll();
    await until(() => page.window.__events.length === 4);
    const events = JSON.stringify(plain(page.window.__events));
    expect(page.window.__events[3].source, events).to.equal('api');
    expect(plain(page.window.__events[3].cleared), events).to.have.members([pkId, pkSes]);
    expect(cookieValue(page, pkId)).to.equal(null);
    expect(page.errors).to.deep.equal([]);
  });

  for (const [what, value] of [
    ['not JSON', '%7Bnot-json'],
    ['JSON of the wrong shape', encodeURIComponent(JSON.stringify({ id: 1, categories: ['analytics'] }))],
    ['expired', decisionCookie({ necessary: true, analytics: true }, new Date(Date.now() - 181 * 864e5).toISOString())],
  ] as const) {
    it(`treats a stored decision that is ${what} as no decision`, async () => {
      const key = unique('corrupt');
      const cookie = unique('cp_corrupt');
      setCookie(cookie, value);
      const page = await openConsentPage('consent-gate.html', { key, cookie });
      await banner(page);
      await gateSettled(page, key);
      expect(await hits(key)).to.not.have.property('analytics.js');
      expect(page.window.__events).to.have.length(0);
      expect(element(page).consent).to.equal(null);
      expect(page.errors).to.deep.equal([]);
    });
  }

  it('adopts a valid stored decision (the control for the corrupt cases)', async () => {
    const key = unique('valid');
    const cookie = unique('cp_valid');
    setCookie(cookie, decisionCookie({ necessary: true, analytics: true }));
    const page = await openConsentPage('consent-gate.html', { key, cookie });
    await ran(page, 'analytics.js');
    expect(page.window.__events.map((detail) => detail.source)).to.deep.equal(['stored']);
    expect(element(page).consent!.id).to.equal('e2e-decision');
  });
});

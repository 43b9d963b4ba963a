import { expect } from '@open-wc/testing';
import {
  banner,
  cleanUp,
  element,
  elements,
  gateSettled,
  hits,
  inShadow,
  openConsentPage,
  plain,
  reloadConsentPage,
  ran,
  trackCookie,
  unique,
} from './consent-helpers.js';
import { until } from './page.js';

// Events, proof of consent, the page's own settings link and other tabs (spec §4, §6), on the
// built dist/cookie-policy.js. pages/consent-page.js records every event and beacon in the page.

describe('consent events and API in a plain page (dist/cookie-policy.js)', () => {
  afterEach(cleanUp);

  it('fires no event before a decision, one per decision with two elements, and one "stored" after a reload', async () => {
    const key = unique('events');
    const cookie = trackCookie(unique('cp_events'));
    let page = await openConsentPage('consent-two.html', { key, cookie });
    const [policy, bannerElement] = elements(page);
    const shown = await inShadow(bannerElement, '[part="banner"]');
    await inShadow(policy, '[part="policy"]');
    await gateSettled(page, key);
    expect(page.window.__events).to.deep.equal([]);

    shown.querySelector<HTMLElement>('[part="accept-all"]')!.click();
    await ran(page, 'analytics.js');
    await gateSettled(page, key);
    expect(page.window.__events.map((detail) => detail.source)).to.deep.equal(['banner']);
    // Both elements see the same decision.
    expect(policy.consent).to.equal(bannerElement.consent);

    policy.rejectAll();
    await gateSettled(page, key);
    expect(page.window.__events.map((detail) => detail.source)).to.deep.equal(['banner', 'api']);
    const decided = plain(page.window.__events[1]);
    expect(Object.keys(decided).sort()).to.deep.equal(
      ['categories', 'cleared', 'decidedAt', 'id', 'revision', 'services', 'source'].sort(),
    );

    page = await reloadConsentPage(page);
    await until(() => page.window.__events.length > 0);
    await gateSettled(page, key);
    expect(page.window.__events).to.have.length(1);
    const stored = plain(page.window.__events[0]);
    expect(stored).to.deep.equal({ ...decided, source: 'stored' });
    expect(page.errors).to.deep.equal([]);
  });

  it('sends one proof-of-consent record per decision, none at a stored start-up', async () => {
    const key = unique('log');
    const cookie = trackCookie(unique('cp_log'));
    let page = await openConsentPage('consent-log.html', { key, cookie });
    (await banner(page)).querySelector<HTMLElement>('[part="accept-all"]')!.click();
    const beacon = await until(() => page.window.__beacons.find((sent) => sent.body !== null));
    expect(page.window.__beacons).to.have.length(1);
    expect(beacon.url).to.equal('/e2e/status/204');
    const record = JSON.parse(beacon.body!);
    const consent = element(page).consent!;
    expect(record).to.deep.equal({
      id: consent.id,
      decidedAt: consent.decidedAt,
      revision: '2026-11-22',
      categories: { necessary: true, analytics: true },
      services: {},
      source: 'banner',
      lang: 'fr', // <html lang="fr">
      url: page.window.location.href,
    });

    page = await reloadConsentPage(page);
    await until(() => page.window.__events.length === 1);
    await gateSettled(page, key);
    expect(page.window.__events[0].source).to.equal('stored');
    expect(page.window.__beacons).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('opens the preferences dialog from the page\'s [data-cookie-policy-open] link and shows no reopen button', async () => {
    const cookie = trackCookie(unique('cp_opener'));
    const page = await openConsentPage('consent-opener.html', { cookie });
    const widget = element(page);
    await banner(page);
    const link = page.document.querySelector<HTMLElement>('[data-cookie-policy-open]')!;
    link.click();
    const dialog = await inShadow(widget, 'dialog[open]');
    expect(page.window.location.hash).to.equal(''); // the click was taken over
    // The native close event of this dialog arrives ~10 ms after the element has dropped it; a
    // dialog opened again before then is closed by it (src/cookie-policy.ts's handleDialogClose does
    // not check the event's target). Wait for that event: a real signal, not a sleep.
    const closed = new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
    dialog.querySelector<HTMLElement>('[part="accept-all"]')!.click();
    await until(() => page.window.__events.length === 1);
    await closed;
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(widget.shadowRoot!.querySelector('[part="banner"]')).to.equal(null);
    expect(widget.shadowRoot!.querySelector('[part="reopen"]')).to.equal(null);

    link.click();
    await inShadow(widget, 'dialog[open]');
    expect(page.errors).to.deep.equal([]);
  });

  it('applies a decision made in another tab without a reload, and runs its gated script', async () => {
    const cookie = trackCookie(unique('cp_tabs'));
    const [keyA, keyB] = [unique('tabA'), unique('tabB')];
    const pageA = await openConsentPage('consent-gate.html', { key: keyA, cookie });
    const pageB = await openConsentPage('consent-gate.html', { key: keyB, cookie });
    await banner(pageB);
    const shownA = await banner(pageA);
    await gateSettled(pageB, keyB);
    expect(await hits(keyB)).to.not.have.property('analytics.js');

    shownA.querySelector<HTMLElement>('[part="accept-all"]')!.click();
    await until(() => element(pageB).consent?.categories.analytics === true);
    await ran(pageB, 'analytics.js');
    expect((await hits(keyB))['analytics.js']).to.equal(1);
    expect(element(pageB).consent!.id).to.equal(element(pageA).consent!.id);
    expect(pageB.window.__events.map((detail) => detail.source)).to.deep.equal(['stored']);
    await until(() => !element(pageB).shadowRoot!.querySelector('[part="banner"]'));
    expect(pageA.errors.concat(pageB.errors)).to.deep.equal([]);
  });
});

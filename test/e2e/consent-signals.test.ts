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
  trackCookie,
  unique,
} from './consent-helpers.js';
import { until } from './page.js';

// Google Consent Mode v2 and Global Privacy Control (spec §5, §6) on the built dist/cookie-policy.js.

/** A dataLayer entry as Google's tag sees it: an `arguments` object, here copied to a plain array. */
function command(entry: unknown): unknown[] {
  expect(Object.prototype.toString.call(entry)).to.equal('[object Arguments]');
  return plain(Array.from(entry as ArrayLike<unknown>));
}

const DEFAULT = ['consent', 'default', { analytics_storage: 'denied', wait_for_update: 500 }];
const GRANTED = ['consent', 'update', { analytics_storage: 'granted' }];

describe('Consent Mode v2 in a plain page (dist/cookie-policy.js)', () => {
  afterEach(cleanUp);

  it('queues the default on a bare dataLayer before any gated script runs, then an update after accept', async () => {
    const cookie = trackCookie(unique('cp_mode'));
    let page = await openConsentPage('consent-mode.html', { cookie, datalayer: true });
    await banner(page);
    // The required category's gated script recorded dataLayer.length when it ran.
    await until(() => page.window.__dataLayerAtNecessary !== undefined);
    expect(page.window.__dataLayerAtNecessary).to.equal(1);
    expect(page.window.dataLayer).to.have.length(1);
    expect(command(page.window.dataLayer![0])).to.deep.equal(DEFAULT);

    element(page).acceptAll();
    await until(() => page.window.__dataLayerAtAnalytics !== undefined);
    expect(page.window.__dataLayerAtAnalytics).to.equal(2);
    expect(page.window.dataLayer!.map(command)).to.deep.equal([DEFAULT, GRANTED]);

    // A stored decision: the default, then its update, both before any gated script.
    page = await reloadConsentPage(page);
    await until(() => page.window.__dataLayerAtAnalytics !== undefined);
    expect(page.window.__dataLayerAtNecessary).to.equal(2);
    expect(page.window.__dataLayerAtAnalytics).to.equal(2);
    expect(page.window.dataLayer!.map(command)).to.deep.equal([DEFAULT, GRANTED]);
    expect(page.errors).to.deep.equal([]);
  });

  it('calls the page\'s gtag function when there is one, and leaves dataLayer alone', async () => {
    const cookie = trackCookie(unique('cp_gtag'));
    const page = await openConsentPage('consent-mode.html', { cookie, datalayer: true, gtag: true });
    await until(() => page.window.__gtagAtNecessary !== undefined);
    expect(page.window.__gtagAtNecessary).to.equal(1);
    expect(plain(page.window.__gtag)).to.deep.equal([DEFAULT]);

    (await banner(page)).querySelector<HTMLElement>('[part="reject-all"]')!.click();
    await until(() => page.window.__gtag!.length === 2);
    expect(plain(page.window.__gtag)).to.deep.equal([DEFAULT, ['consent', 'update', { analytics_storage: 'denied' }]]);
    expect(page.window.dataLayer).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });
});

describe('Global Privacy Control in a plain page (dist/cookie-policy.js)', () => {
  afterEach(cleanUp);

  it('refuses analytics without a banner or a cookie, until an explicit choice is saved', async () => {
    const key = unique('gpc');
    const cookie = trackCookie(unique('cp_gpc'));
    let page = await openConsentPage('consent-gate.html', { key, cookie, gpc: true });
    await until(() => page.window.__events.length > 0);
    const widget = element(page);
    await inShadow(widget, '[part="reopen"]');
    await gateSettled(page, key);

    expect(page.window.__events).to.have.length(1);
    const detail = plain(page.window.__events[0]);
    expect(detail.source).to.equal('gpc');
    expect(detail.categories).to.deep.equal({ necessary: true, analytics: false });
    expect(detail.id).to.be.a('string').and.not.equal('');
    expect(Date.parse(detail.decidedAt)).to.be.a('number').and.not.NaN;
    expect(plain(widget.consent)).to.deep.equal(detail);
    expect(widget.shadowRoot!.querySelector('[part="banner"]')).to.equal(null);
    expect(cookieValue(page, cookie)).to.equal(null);
    expect(await hits(key)).to.not.have.property('analytics.js');

    widget.save({ analytics: true });
    await ran(page, 'analytics.js');
    expect(page.window.__events.map((event) => [event.source, event.categories.analytics])).to.deep.equal([
      ['gpc', false],
      ['api', true],
    ]);
    expect(cookieValue(page, cookie)).to.be.a('string');

    // The stored choice wins over the signal on the next load.
    page = await reloadConsentPage(page);
    await ran(page, 'analytics.js');
    expect(page.window.__events.map((event) => [event.source, event.categories.analytics])).to.deep.equal([
      ['stored', true],
    ]);
    expect((await hits(key))['analytics.js']).to.equal(2);
    expect(page.errors).to.deep.equal([]);
  });
});

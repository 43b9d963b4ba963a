import { expect } from '@open-wc/testing';
import {
  cleanUp,
  cookieValue,
  elements,
  gateSettled,
  hits,
  inShadow,
  openConsentPage,
  ran,
  reloadConsentPage,
  trackCookie,
  unique,
} from './consent-helpers.js';
import { until } from './page.js';

// Services, embed placeholders, templates and refusal gates on the built dist/cookie-policy.js,
// under a strict Content-Security-Policy with Trusted Types (spec §3-§8). Request counts on the
// test server prove what the browser fetched.

interface ServicesWindow {
  __violations: string[];
}

const placeholderFor = (doc: Document, id: string) =>
  doc.querySelector<HTMLElement>(`[data-cookie-placeholder-for="${id}"]`);
const part = (placeholder: HTMLElement, name: string) =>
  placeholder.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${name}"]`)!;

describe('services, placeholders, templates and refusal gates (dist/cookie-policy.js, strict CSP + Trusted Types)', () => {
  afterEach(cleanUp);

  it('shows placeholders and runs nothing of a service before a click; Load, Always allow, policy switches, reload', async () => {
    const key = unique('services');
    const cookie = trackCookie(unique('cp_services'));
    let page = await openConsentPage('services.html', { key, cookie, csp: 'strict' });
    const doc = page.document;
    const iframe = doc.querySelector('iframe')!;

    // Before any decision: a placeholder of the embed's size for each embed, nothing requested.
    const video = await until(() => placeholderFor(doc, 'youtube'));
    const map = placeholderFor(doc, 'openstreetmap')!;
    await gateSettled(page, key);
    expect(video.getBoundingClientRect()).to.include({ width: 560, height: 315 });
    expect(map.getBoundingClientRect()).to.include({ width: 400, height: 300 });
    expect(part(video, 'placeholder').textContent).to.contain('is hosted by YouTube');
    expect(part(video, 'placeholder-allow').textContent).to.equal('Always allow YouTube');
    expect(Object.keys(await hits(key)).filter((name) => !name.startsWith('sentinel'))).to.deep.equal([]);

    // "Load": this embed only, nothing stored, no event, focus on the embed. (Keyboard use of the
    // placeholder is tested in test/gating/embed-placeholders.test.ts: keys do not reach a test page's frame.)
    part(video, 'placeholder-load').click();
    await until(() => iframe.hasAttribute('src'));
    expect(doc.activeElement === iframe, 'focus on the embed').to.equal(true);
    expect(placeholderFor(doc, 'youtube') === null, 'placeholder gone').to.equal(true);
    expect(page.window.__events).to.have.length(0);
    expect(cookieValue(page, cookie)).to.equal(null);

    // "Always allow" OpenStreetMap: a decision with source "embed", everything else refused.
    part(map, 'placeholder-allow').click();
    await until(() => page.window.__events.length === 1);
    const [allowed] = page.window.__events;
    expect(allowed.source).to.equal('embed');
    expect(allowed.services).to.deep.equal({
      matomo: false,
      'google-analytics': false,
      youtube: false,
      openstreetmap: true,
    });
    expect(allowed.categories).to.include({ analytics: false, marketing: false });
    await ran(page, 'map.js');
    // The refusal gate: statistics are refused now.
    await ran(page, 'cookieless.js');
    await gateSettled(page, key);
    expect(!!doc.querySelector('img[alt="Map tile"]'), 'the template content is in').to.equal(true);
    expect(doc.activeElement === doc.querySelector('img[alt="Map tile"]'), 'focus on the content').to.equal(true);
    const counts = await hits(key);
    expect(counts).to.include({ 'youtube.js': 1, 'tile.js': 1, 'map.js': 1, 'cookieless.js': 1 });
    expect(counts).to.not.have.any.keys('matomo.js', 'ga.js', 'unknown.js');
    expect(JSON.parse(decodeURIComponent(cookieValue(page, cookie)!)).services).to.deep.equal(allowed.services);

    // The policy view follows: service switches under their category, the category's says "1 of 2 on".
    const policy = elements(page)[1];
    const marketing = (await inShadow(policy, 'input[data-category="marketing"]')) as HTMLInputElement;
    const osm = policy.shadowRoot!.querySelector<HTMLInputElement>('[part="service"] input[data-service="openstreetmap"]')!;
    expect(osm.checked).to.equal(true);
    expect(policy.shadowRoot!.querySelector<HTMLInputElement>('input[data-service="youtube"]')!.checked).to.equal(false);
    expect(marketing.checked).to.equal(false);
    const note = policy.shadowRoot!.getElementById(marketing.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).to.contain('1 of 2 on');

    // Matomo alone, from the policy view.
    policy.shadowRoot!.querySelector<HTMLInputElement>('input[data-service="matomo"]')!.click();
    policy.shadowRoot!.querySelector<HTMLElement>('[part="save"]')!.click();
    await until(() => page.window.__events.length === 2);
    expect(page.window.__events[1]).to.deep.include({ source: 'policy' });
    expect(page.window.__events[1].services).to.include({ matomo: true, 'google-analytics': false, openstreetmap: true });
    await ran(page, 'matomo.js');
    await gateSettled(page, key);
    expect(await hits(key)).to.not.have.any.keys('ga.js');

    // Reload: the stored decision; the embed loaded "for this view" is blocked again; the refusal gate runs once more.
    page = await reloadConsentPage(page);
    await until(() => page.window.__events.length === 1);
    expect(page.window.__events[0].source).to.equal('stored');
    await ran(page, 'matomo.js');
    await ran(page, 'cookieless.js');
    await until(() => placeholderFor(page.document, 'youtube'));
    expect(placeholderFor(page.document, 'openstreetmap') === null, 'allowed: no placeholder').to.equal(true);
    await gateSettled(page, key);
    expect(page.document.querySelector('iframe')!.hasAttribute('src'), 'the widget gave the frame no src').to.equal(false);
    // Not requested again: Firefox brings back the last page of a frame the parser inserted on a
    // reload, so the gate loads a frame out of the document, which makes it one inserted by script.
    expect((await hits(key))['youtube.js']).to.equal(1);
    expect((page.window as unknown as ServicesWindow).__violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('runs a template and its script with Trusted Types required, and reports no violation', async () => {
    // No key: the page's helper would rewrite gated scripts' src, a Trusted Types sink of its own.
    const cookie = trackCookie(unique('cp_services_tt'));
    const page = await openConsentPage('services.html', { cookie, csp: 'strict-tt' });
    const map = await until(() => placeholderFor(page.document, 'openstreetmap'));
    part(map, 'placeholder-allow').click();
    await ran(page, 'map.js');
    await ran(page, 'cookieless.js');
    expect(!!page.document.querySelector('img[alt="Map tile"]')).to.equal(true);
    expect((page.window as unknown as ServicesWindow).__violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });
});

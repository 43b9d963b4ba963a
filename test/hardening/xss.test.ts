import { expect } from '@open-wc/testing';
import type { CookiePolicy } from '../../src/cookie-policy.js';
import { TEXT_KEYS } from '../../src/i18n/text-keys.js';
import { resetPage } from '../helpers/mount.js';
import { mountInline, shown, unmountAll } from './render.js';
import { HOSTILE_URLS, LOOK_ALIKE_URLS, XSS_PAYLOADS, hasPlaceholder } from './xss-corpus.js';

/** Every element the widget itself renders: anything else in a shadow root came from registry text. */
const OWN_ELEMENTS = new Set([
  'article', 'section', 'h2', 'h3', 'h4', 'p', 'a', 'div', 'button', 'dialog', 'label', 'input', 'span',
  'ul', 'li', 'strong', 'code', 'wbr', 'small', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'time',
]);

/** A registry with `payload` in every text field, both languages (required fields get a stand-in when it is empty). */
function hostileRegistry(payload: string, policyUrl = '/pages/cookies/', cookieUrls: readonly string[] = []) {
  const both = { en: payload, fr: payload };
  const texts = Object.fromEntries(TEXT_KEYS.map((key) => [key, payload]));
  const extra = cookieUrls.map((url, index) => ({
    category: 'analytics',
    provider: `provider ${index}`,
    names: [`url_${index}`],
    purpose: 'url',
    policyUrl: url,
  }));
  return {
    revision: 'xss',
    site: payload || '(empty)',
    policyUrl,
    languages: ['en', 'fr'],
    categories: [
      { id: 'necessary', required: true, title: both, description: both },
      { id: 'analytics', title: payload, description: payload },
    ],
    cookies: [
      {
        category: 'necessary',
        provider: both,
        function: both,
        names: [payload || '(empty)', `${payload}*`],
        purpose: payload,
        party: 'third',
        duration: both,
        policyUrl: 'https://example.org/privacy',
      },
      { category: 'analytics', provider: payload, function: payload, names: [payload || '(empty)'], purpose: both, duration: payload },
      ...extra,
    ],
    texts: { en: texts, fr: texts },
  };
}

let executed: unknown[] = [];
const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

/** No foreign element, no event-handler attribute, no link but http(s). */
function expectInert(element: CookiePolicy, label: string) {
  const root = element.shadowRoot!;
  for (const node of root.querySelectorAll('*')) {
    expect(OWN_ELEMENTS.has(node.localName), `${label}: <${node.localName}> in the shadow root`).to.equal(true);
    for (const { name } of node.attributes) {
      expect(/^on/i.test(name), `${label}: attribute ${name} on <${node.localName}>`).to.equal(false);
    }
    if (node.localName === 'a' && node.hasAttribute('href')) {
      expect(['http:', 'https:'], `${label}: link to ${node.getAttribute('href')}`).to.include(
        new URL((node as HTMLAnchorElement).href).protocol,
      );
    }
  }
  expect(executed, label).to.deep.equal([]);
}

const texts = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map((node) => node.textContent);

/** Lets `onerror`, `onload` and friends fire if anything managed to create them. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

const describeOf = (payload: string) =>
  JSON.stringify(payload.length > 60 ? `${payload.slice(0, 60)}… (${payload.length} chars)` : payload);

describe('hostile registry text', () => {
  before(() => {
    window.__xss = (id) => executed.push(id);
    window.alert = window.confirm = window.prompt = ((value: unknown) => executed.push(`dialog ${value}`)) as never;
  });
  after(() => {
    delete window.__xss;
    Object.assign(window, originals);
  });
  beforeEach(() => {
    executed = [];
    resetPage();
  });
  afterEach(() => {
    unmountAll();
    resetPage();
  });

  it(`the corpus holds at least 100 distinct hostile strings (${XSS_PAYLOADS.length})`, () => {
    expect(new Set(XSS_PAYLOADS).size).to.equal(XSS_PAYLOADS.length);
    expect(XSS_PAYLOADS.length).to.be.at.least(100);
    expect(XSS_PAYLOADS.some((payload) => payload.length >= 100_000)).to.equal(true);
  });

  it('renders every payload as literal text in the policy view, the banner, the dialog and the reopen button, and runs none', async function () {
    this.timeout(60_000);
    for (const [index, payload] of XSS_PAYLOADS.entries()) {
      const label = `payload ${index} ${describeOf(payload)}`;
      resetPage();
      const lang = index % 2 ? 'fr' : 'en';
      const registry = hostileRegistry(payload);
      const banner = await mountInline(registry, { lang });
      const policy = await mountInline(registry, { lang, view: 'policy' });
      const policyRoot = policy.shadowRoot!;

      // Policy view: category titles, table cells and cookie names are the payload, exactly.
      await shown(policy, '[part="policy"]');
      expectInert(policy, `${label} policy`);
      expect(texts(policyRoot, 'h4'), `${label} policy titles`).to.deep.equal([payload, payload]);
      const cells = texts(policyRoot, 'tbody td:not(:nth-child(3))');
      expect(cells.slice(0, 4), `${label} policy cells`).to.deep.equal([payload, payload, payload, payload]);
      expect(texts(policyRoot.querySelector('table')!, 'tbody tr:first-child code'), `${label} names`).to.deep.equal([
        payload || '(empty)',
        `${payload}*`,
      ]);

      // Banner: its texts are the registry's overrides, shown as text.
      await shown(banner, '[part="banner"]');
      expectInert(banner, `${label} banner`);
      const bannerRoot = banner.shadowRoot!;
      expect(bannerRoot.querySelector('[part="accept-all"]')!.textContent, `${label} banner button`).to.equal(payload);
      if (!hasPlaceholder(payload)) {
        expect(bannerRoot.querySelector('#banner-title')!.textContent, `${label} banner title`).to.equal(payload);
      }

      // Preferences dialog.
      await banner.showPreferences();
      const dialog = (await shown(banner, 'dialog[open]')) as HTMLDialogElement;
      expectInert(banner, `${label} dialog`);
      expect(texts(dialog, '.label'), `${label} dialog switches`).to.deep.equal([payload, payload]);
      expect(texts(dialog, 'strong'), `${label} dialog providers`).to.deep.equal([payload, payload]);
      (dialog.querySelector('[part="accept-all"]') as HTMLButtonElement).click();

      // Reopen button, and the policy view showing the decision.
      const reopen = await shown(banner, '[part="reopen"]');
      await policy.updateComplete;
      expectInert(banner, `${label} reopen`);
      expectInert(policy, `${label} policy with a decision`);
      expect(reopen.textContent, `${label} reopen`).to.contain(payload);
      const headings = texts(policyRoot, 'section[part="category"] h4');
      expect(headings.length > 0 && headings.every((text) => text === payload), `${label} policy headings`).to.equal(true);
      expect(policyRoot.querySelector('.controls time'), `${label} decision date`).to.not.equal(null);

      // Late handlers (`onerror` of an image) would fire within a few tasks: settle every few payloads.
      if (index % 25 === 24) {
        await settle();
        unmountAll();
      }
    }
    await settle();
    expect(executed).to.deep.equal([]);
  });

  // Placeholders are filled from own keys only: `{constructor}` once showed `function Object() …`.
  it('shows a text override holding {constructor} or {__proto__} literally ', async () => {
    for (const payload of ['{constructor}', '{toString}', '{__proto__}', '{hasOwnProperty}']) {
      resetPage();
      const element = await mountInline(hostileRegistry(payload));
      const banner = await shown(element, '[part="banner"]');
      expect(banner.querySelector('[part="accept-all"]')!.textContent).to.equal(payload);
      unmountAll();
    }
  });

  describe('URLs', () => {
    it('never turns a hostile policyUrl (top-level or per cookie) into a link', async function () {
      this.timeout(30_000);
      for (const url of HOSTILE_URLS) {
        const label = `policyUrl ${JSON.stringify(url)}`;
        resetPage();
        const registry = hostileRegistry('text', url, HOSTILE_URLS);
        const banner = await mountInline(registry);
        const policy = await mountInline(registry, { view: 'policy' });
        await shown(banner, '[part="banner"]');
        expect(banner.shadowRoot!.querySelector('a'), `${label}: banner link`).to.equal(null);
        expectInert(banner, label);
        expectInert(policy, label);
        // Only the one cookie with an https policy is a link: none of the hostile ones.
        const links = [...policy.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(links, label).to.deep.equal(['https://example.org/privacy']);
      }
      await settle();
      expect(executed).to.deep.equal([]);
    });

    it('turns look-alike URLs into http(s) links at most', async function () {
      this.timeout(30_000);
      for (const url of LOOK_ALIKE_URLS) {
        resetPage();
        const registry = hostileRegistry('text', url, LOOK_ALIKE_URLS);
        const banner = await mountInline(registry);
        const policy = await mountInline(registry, { view: 'policy' });
        expectInert(banner, `policyUrl ${JSON.stringify(url)}`);
        expectInert(policy, `policyUrl ${JSON.stringify(url)}`);
        for (const a of policy.shadowRoot!.querySelectorAll('a')) {
          expect(['http:', 'https:']).to.include(new URL(a.href).protocol);
        }
      }
      await settle();
      expect(executed).to.deep.equal([]);
    });

    it('links an http(s) policyUrl (the control case)', async () => {
      const banner = await mountInline(hostileRegistry('text', 'https://example.org/cookies'));
      await shown(banner, '[part="banner"] a');
      expect(banner.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/cookies');
    });
  });
});

import { expect, oneEvent } from '@open-wc/testing';
import type { CookiePolicy } from '../../src/cookie-policy.js';
import type { CookieConsentChangeEvent } from '../../src/events.js';
import { pageConsentOf } from '../../src/consent/setup-consent.js';
import { mountWithRegistry, resetPage } from '../helpers/mount.js';
import { makeRegistry } from '../registry/factories.js';

const NAME = 'cookies_preferences';
const part = (element: CookiePolicy, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Replaces `document.cookie` (an own property shadows the prototype's accessor) until `restoreCookie`. */
function fakeCookie(get: () => string, set: (value: string) => void) {
  Object.defineProperty(document, 'cookie', { get, set, configurable: true });
}
const restoreCookie = () => delete (document as { cookie?: string }).cookie;

const sandboxed = () => {
  throw new DOMException('The document is sandboxed and lacks the "allow-same-origin" flag.', 'SecurityError');
};

/** A stored decision as the element writes it, with `overrides`. */
function stored(overrides: Record<string, unknown> = {}) {
  const decision = {
    id: 'stored-id',
    revision: '2024-05-01',
    categories: { necessary: true, analytics: true },
    decidedAt: new Date().toISOString(),
    ...overrides,
  };
  return encodeURIComponent(JSON.stringify(decision));
}

/** Clicks the banner's "Accept all" and returns the change event. */
async function acceptFromBanner(element: CookiePolicy): Promise<CookieConsentChangeEvent> {
  const event = oneEvent(document, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
  part(element, 'accept-all')!.click();
  const detail = await event;
  await element.updateComplete;
  return detail;
}

describe('<cookie-policy> with broken storage', () => {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);

  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    resetPage();
  });
  afterEach(() => {
    restoreCookie();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    resetPage();
    expect(uncaught).to.deep.equal([]);
  });

  it('works for the page when reading and writing document.cookie throws (a sandboxed frame)', async () => {
    fakeCookie(sandboxed, sandboxed);
    const element = await mountWithRegistry(makeRegistry(), { debug: '' });
    expect(part(element, 'banner')).to.not.equal(null);
    expect(element.consent).to.equal(null);

    const event = await acceptFromBanner(element);
    expect(event.detail.source).to.equal('banner');
    expect(event.detail.categories).to.deep.equal({ necessary: true, analytics: true });
    expect(element.consent).to.deep.equal(event.detail);
    expect(part(element, 'banner')).to.equal(null);
    expect(part(element, 'reopen')).to.not.equal(null);

    // Opting out again has cookies to delete (Matomo's), and deleting them throws too.
    const change = oneEvent(document, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
    element.rejectAll();
    const refused = await change;
    expect(refused.detail.categories.analytics).to.equal(false);
    expect(refused.detail.cleared).to.deep.equal([]);
  });

  it('works for the page when cookie writes are silently ignored, and asks again on the next load', async () => {
    const writes: string[] = [];
    fakeCookie(
      () => '',
      (value) => writes.push(value),
    );
    const element = await mountWithRegistry(makeRegistry());
    const event = await acceptFromBanner(element);
    expect(event.detail.categories.analytics).to.equal(true);
    expect(element.consent!.id).to.equal(event.detail.id);
    expect(writes.some((write) => write.startsWith(`${NAME}=`))).to.equal(true);

    // The next page load finds nothing stored: the banner asks again.
    resetPage();
    const next = await mountWithRegistry(makeRegistry());
    expect(part(next, 'banner')).to.not.equal(null);
    expect(next.consent).to.equal(null);
  });

  it('works when localStorage and sessionStorage throw', async () => {
    const descriptors = ['localStorage', 'sessionStorage'].map(
      (name) => [name, Object.getOwnPropertyDescriptor(window, name)!] as const,
    );
    for (const [name] of descriptors) Object.defineProperty(window, name, { get: sandboxed, configurable: true });
    try {
      const element = await mountWithRegistry(makeRegistry());
      const event = await acceptFromBanner(element);
      expect(event.detail.source).to.equal('banner');
      expect(element.consent).to.deep.equal(event.detail);
    } finally {
      for (const [name, descriptor] of descriptors) Object.defineProperty(window, name, descriptor);
    }
  });

  const invalid: [string, string][] = [
    ['not URL-encoded', '%E0%A4%A'],
    ['not JSON', encodeURIComponent('{"id": "x", ')],
    ['JSON null', 'null'],
    ['an array', encodeURIComponent('[1,2]')],
    ['a number', '42'],
    ['a numeric id', stored({ id: 1 })],
    ['an empty id', stored({ id: '' })],
    ['categories as an array', stored({ categories: ['analytics'] })],
    ['a category that is not a boolean', stored({ categories: { analytics: 'true' } })],
    ['another revision', stored({ revision: 'older' })],
    ['an unparsable decidedAt', stored({ decidedAt: 'yesterday' })],
    ['a decidedAt ten days in the future', stored({ decidedAt: new Date(Date.now() + 10 * 864e5).toISOString() })],
    ['a decidedAt in the year 275760', stored({ decidedAt: '+275760-09-13T00:00:00.000Z' })],
    ['a __proto__ key', encodeURIComponent('{"__proto__": {"id": "x"}, "revision": "2024-05-01"}')],
    ['5 KB of garbage', encodeURIComponent('{'.repeat(5 * 1024))],
  ];

  for (const [what, value] of invalid) {
    it(`shows the banner for a stored decision with ${what}, and a new decision replaces it`, async () => {
      let jar = `other=1; ${NAME}=${value}`;
      fakeCookie(
        () => jar,
        (cookie) => {
          jar = `other=1; ${cookie.slice(0, cookie.indexOf(';'))}`;
        },
      );
      const element = await mountWithRegistry(makeRegistry());
      expect(part(element, 'banner'), what).to.not.equal(null);
      expect(element.consent).to.equal(null);

      const event = await acceptFromBanner(element);
      expect(event.detail.source).to.equal('banner');
      expect(jar).to.contain(`${NAME}=${encodeURIComponent('{"id":')}`);

      // Read back on the next load (a new page consent; the cookie stays).
      pageConsentOf()?.dispose();
      const next = await mountWithRegistry(makeRegistry());
      expect(part(next, 'reopen')).to.not.equal(null);
      expect(next.consent!.id).to.equal(event.detail.id);
    });
  }

  // Chromium and Firefox refuse a cookie over 4 KB (RFC 6265's minimum); WebKitGTK keeps it.
  it('follows what the browser did with a 5 KB decision cookie: refused (Chromium, Firefox), the banner; kept (WebKit), the decision', async () => {
    const id = 'x'.repeat(5 * 1024);
    document.cookie = `${NAME}=${stored({ id })}; Path=/`;
    const kept = document.cookie.includes(id);
    const element = await mountWithRegistry(makeRegistry());
    if (kept) {
      expect(part(element, 'banner')).to.equal(null);
      expect(element.consent!.id).to.equal(id);
    } else {
      expect(part(element, 'banner')).to.not.equal(null);
      await acceptFromBanner(element);
      expect(element.consent).to.not.equal(null);
    }
  });

  it('adopts a stored decision a few minutes in the future (clock drift) without asking', async () => {
    document.cookie = `${NAME}=${stored({ decidedAt: new Date(Date.now() + 5 * 60_000).toISOString() })}; Path=/`;
    const element = await mountWithRegistry(makeRegistry());
    expect(part(element, 'reopen')).to.not.equal(null);
    expect(element.consent!.source).to.equal('stored');
  });
});

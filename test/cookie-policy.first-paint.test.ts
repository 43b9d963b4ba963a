import { expect, fixture, html } from '@open-wc/testing';
import type { CookiePolicy } from '../src/cookie-policy.js';
import '../src/index.js';
import { resetPage } from './helpers/mount.js';

// A fresh URL per test: elements share registry requests by URL, and each test needs its own slow one.
let request = 0;
const slowRegistry = () => `/e2e/delay/1500/demo/registries/twisto.opendatasoft.com.json?request=${(request += 1)}`;

async function until<T>(check: () => T | null | undefined | false, ms = 5000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`not met within ${ms} ms: ${check}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const banner = (element: CookiePolicy) => element.shadowRoot?.querySelector<HTMLElement>('[part="banner"]');

describe('<cookie-policy> first paint', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('shows the banner on a first visit before the registry has arrived', async () => {
    const element = await fixture<CookiePolicy>(html`<cookie-policy src=${slowRegistry()}></cookie-policy>`);
    await element.updateComplete;
    const early = banner(element);
    expect(Boolean(early), 'banner painted at the first update').to.equal(true);
    // The policy link is laid out but has no target until the registry says where the policy is.
    const link = early!.querySelector('a')!;
    expect(link.hasAttribute('href')).to.equal(true);
    expect(link.getAttribute('href')).to.equal('');
    expect(element.consent).to.equal(null);
    await until(() => banner(element)?.querySelector('a')?.getAttribute('href')?.endsWith('policy.html'));
  });

  it('keeps the early banner itself when the registry arrives: updated in place, not rebuilt', async () => {
    const element = await fixture<CookiePolicy>(html`<cookie-policy src=${slowRegistry()}></cookie-policy>`);
    await element.updateComplete;
    const early = banner(element)!;
    const button = early.querySelector('[part="accept-all"]');
    await until(() => banner(element)?.querySelector('a')?.getAttribute('href')?.endsWith('policy.html'));
    // A rebuilt banner would be laid out and painted again, and a focused button would lose focus.
    expect(banner(element)).to.equal(early);
    expect(early.isConnected).to.equal(true);
    expect(early.querySelector('[part="accept-all"]')).to.equal(button);
  });

  it('applies "Accept all" clicked before the registry arrived once it does', async () => {
    const element = await fixture<CookiePolicy>(html`<cookie-policy src=${slowRegistry()}></cookie-policy>`);
    await element.updateComplete;
    banner(element)!.querySelector<HTMLButtonElement>('[part="accept-all"]')!.click();
    await element.updateComplete;
    expect(Boolean(banner(element)), 'banner gone at once').to.equal(false);
    const consent = await until(() => element.consent);
    expect(consent.source).to.equal('banner');
    expect(consent.categories).to.deep.equal({ necessary: true, analytics: true });
  });

  it('waits for the registry when a decision cookie might be valid (no banner flash for returning visitors)', async () => {
    document.cookie = `cookies_preferences=${encodeURIComponent(
      JSON.stringify({ id: 'x', revision: 'old', categories: {}, decidedAt: new Date().toISOString() }),
    )}; Path=/`;
    const element = await fixture<CookiePolicy>(html`<cookie-policy src=${slowRegistry()}></cookie-policy>`);
    await element.updateComplete;
    expect(Boolean(banner(element))).to.equal(false);
    // Its revision is not the registry's: once the registry is known, the banner asks again.
    await until(() => banner(element));
  });
});

describe('<cookie-policy> script API before the registry arrives', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('queues acceptAll() and applies it with source "api" once the registry is known', async () => {
    const element = await fixture<CookiePolicy>(html`<cookie-policy src=${slowRegistry()}></cookie-policy>`);
    element.acceptAll();
    expect(element.consent).to.equal(null);
    const consent = await until(() => element.consent);
    expect(consent.source).to.equal('api');
    expect(consent.categories.analytics).to.equal(true);
  });

  it('drops an early decision when the registry fails: nothing is granted on an error', async () => {
    const errors = console.error;
    console.error = () => {};
    try {
      const element = await fixture<CookiePolicy>(html`<cookie-policy src="/e2e/status/500"></cookie-policy>`);
      element.acceptAll();
      await until(() => element.shadowRoot!.querySelector('[part="error"]'));
      expect(element.consent).to.equal(null);
    } finally {
      console.error = errors;
    }
  });

  describe('the registry request', () => {
    const realFetch = window.fetch;
    let frames = 0;
    let counting = true;
    /** For each registry request: frames painted since the element was created, and whether the banner was showing. */
    let requests: { frames: number; banner: boolean }[] = [];
    let element: CookiePolicy | undefined;

    beforeEach(() => {
      frames = 0;
      counting = true;
      requests = [];
      const count = () => {
        frames += 1;
        if (counting) requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input).includes('/registries/')) requests.push({ frames, banner: Boolean(element && banner(element)) });
        return realFetch(input, init);
      };
    });

    afterEach(() => {
      counting = false;
      window.fetch = realFetch;
      element = undefined;
    });

    it("starts after the first visit's banner has been painted, so that it does not delay it", async () => {
      element = document.createElement('cookie-policy');
      element.src = slowRegistry();
      document.body.append(element);
      try {
        await until(() => requests.length);
        expect(requests[0].banner, 'banner rendered before the request').to.equal(true);
        expect(requests[0].frames >= 1, `${requests[0].frames} frames before the request`).to.equal(true);
      } finally {
        element.remove();
      }
    });

    it('starts at once for a returning visitor, whose gated scripts wait for it', async () => {
      document.cookie = `cookies_preferences=${encodeURIComponent(
        JSON.stringify({ id: 'x', revision: 'old', categories: {}, decidedAt: new Date().toISOString() }),
      )}; Path=/`;
      element = document.createElement('cookie-policy');
      element.src = slowRegistry();
      document.body.append(element);
      try {
        await until(() => requests.length);
        expect(requests.length).to.equal(1);
        expect(requests[0].frames, 'frames painted before the request').to.equal(0);
      } finally {
        element.remove();
      }
    });
  });
});

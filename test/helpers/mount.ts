import { fixture, html } from '@open-wc/testing';
import type { CookiePolicy } from '../../src/cookie-policy.js';
import '../../src/index.js';
import { stopPageConsent } from '../../src/page-consent.js';

/**
 * Mounts a `<cookie-policy>` with `registry` given inline (a JSON child) and the given attributes,
 * inside a wrapper (for `lang` tests), and resolves once it has rendered its registry or its error.
 */
export async function mountWithRegistry(
  registry: unknown,
  attributes: Readonly<Record<string, string>> = {},
  wrapperLang?: string,
): Promise<CookiePolicy> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (wrapperLang) wrapper.lang = wrapperLang;
  const element = document.createElement('cookie-policy');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (!('src' in attributes)) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = typeof registry === 'string' ? registry : JSON.stringify(registry);
    element.append(script);
  }
  wrapper.append(element);
  await rendered(element);
  return element;
}

/** Resolves once the element has loaded its registry and shows a view (or shows its error). */
export async function rendered(element: CookiePolicy): Promise<void> {
  const end = performance.now() + 5000;
  for (;;) {
    await element.updateComplete;
    const root = element.shadowRoot;
    const loaded = (element as unknown as { registry: unknown }).registry !== null;
    if (root?.querySelector('[part="error"]') || (loaded && root?.querySelector('[part="policy"], [part="banner"], [part="reopen"]'))) {
      // Let the banner's entrance finish: colours measured mid-fade are not the ones a visitor reads.
      await Promise.all(root!.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
      await element.updateComplete;
      return;
    }
    if (performance.now() > end) throw new Error('the element did not render its registry in time');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** A clean page for the next test: no shared consent manager, no decision cookie. */
export function resetPage(cookieName = 'cookies_preferences'): void {
  stopPageConsent();
  document.cookie = `${cookieName}=; Path=/; Max-Age=0`;
}

import { fixture, html } from '@open-wc/testing';
import type { CookiePolicy } from '../../src/cookie-policy.js';
import '../../src/index.js';
import { pageConsentOf } from '../../src/consent/setup-consent.js';
import { CookiePolicyLoadEvent } from '../../src/events.js';

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

/**
 * Resolves once `element` has loaded its registry (or failed to) and rendered it: its next
 * `cookie-policy-load` event. Call it right after connecting the element or changing its `src`.
 */
export async function rendered(element: CookiePolicy): Promise<void> {
  await new Promise((resolve) => element.addEventListener(CookiePolicyLoadEvent.eventName, resolve, { once: true }));
  await settled(element);
}

/** Lets the banner's entrance finish: colours measured mid-fade are not the ones a visitor reads. */
async function settled(element: CookiePolicy): Promise<void> {
  await element.updateComplete;
  await Promise.all(element.shadowRoot!.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  await element.updateComplete;
}

/** A clean page for the next test: the page's consent disposed of, no decision cookie. */
export function resetPage(cookieName = 'cookies_preferences'): void {
  pageConsentOf()?.dispose();
  document.cookie = `${cookieName}=; Path=/; Max-Age=0`;
}

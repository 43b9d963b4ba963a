import type { ConsentDetail } from '../../src/consent/decision.js';
import type { CookiePolicy } from '../../src/cookie-policy.js';
import { type LoadedPage, openPage, reloadPage, until } from './page.js';

// Shared by the consent-*.test.ts files: pages/consent-*.html plus pages/consent-page.js, which
// reads the query string (see its header) and records events and beacons in the page.

/** What pages/consent-page.js and the gated scripts leave on the page's window. */
export interface ConsentWindow {
  __ran?: string[];
  __events: ConsentDetail[];
  __beacons: { url: string; body: string | null }[];
  __fetched?: boolean;
  __gtag?: unknown[][];
  dataLayer?: unknown[];
  __dataLayerAtNecessary?: number;
  __dataLayerAtAnalytics?: number;
  __gtagAtNecessary?: number;
  __gtagAtAnalytics?: number;
}

export type ConsentPage = LoadedPage & { readonly window: LoadedPage['window'] & ConsentWindow };

let counter = 0;

/** A name unique to this test run, usable as a hit key and as a cookie name. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}_${Math.random().toString(36).slice(2, 8)}`;
}

/** Cookies the tests set in the (shared) test page's cookie jar, deleted by `cleanUp`. */
const cookies = new Set<string>();

/** Sets a cookie for the whole origin (every iframe sees it) and remembers to delete it. */
export function setCookie(name: string, value: string): void {
  cookies.add(name);
  document.cookie = `${name}=${value}; Path=/`;
}

/** Remembers a cookie the page under test will write, so that `cleanUp` deletes it. */
export function trackCookie(name: string): string {
  cookies.add(name);
  return name;
}

/** Removes the test iframes and every cookie set or tracked. */
export function cleanUp(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  for (const name of cookies) document.cookie = `${name}=; Path=/; Max-Age=0`;
  cookies.clear();
}

/** Opens `pages/<name>` with the query `params` (see pages/consent-page.js). */
export async function openConsentPage(name: string, params: Record<string, string | true>): Promise<ConsentPage> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) query.set(key, value === true ? '' : value);
  return (await openPage(`/test/e2e/pages/${name}?${query}`)) as ConsentPage;
}

/** Reloads a page opened with `openConsentPage`. */
export async function reloadConsentPage(page: ConsentPage): Promise<ConsentPage> {
  return (await reloadPage(page)) as ConsentPage;
}

/** The page's `<cookie-policy>` elements, in document order. */
export function elements(page: LoadedPage): CookiePolicy[] {
  return [...page.document.querySelectorAll('cookie-policy')] as CookiePolicy[];
}

/** The first `<cookie-policy>` of the page. */
export function element(page: LoadedPage): CookiePolicy {
  return elements(page)[0];
}

/** Resolves with the first match of `selector` in the element's shadow root, once there is one. */
export function inShadow(target: Element, selector: string, ms?: number): Promise<HTMLElement> {
  return until(() => target.shadowRoot?.querySelector<HTMLElement>(selector), ms);
}

/** Resolves with the banner once the element has rendered it. */
export function banner(page: LoadedPage): Promise<HTMLElement> {
  return inShadow(element(page), '[part="banner"]');
}

/** The request counts of `key` on the test server: `{ "<name>.js": n }`. */
export async function hits(key: string): Promise<Record<string, number>> {
  return (await fetch(`/e2e/hits/${key}`)).json();
}

/** Resolves once the page's gated script `name` has run. */
export function ran(page: ConsentPage, name: string): Promise<unknown> {
  return until(() => page.window.__ran?.includes(name));
}

/** How many times `name` ran in the current page load. */
export function runs(page: ConsentPage, name: string): number {
  return (page.window.__ran ?? []).filter((entry) => entry === name).length;
}

/**
 * Resolves once the gate has worked through everything queued before this call: inserts a gated
 * script of the required category `necessary` and waits for it to run. Gated scripts run one after
 * another in the order they were queued, so anything the gate (wrongly) let through earlier has
 * loaded and run by then. This replaces a sleep when proving that something did NOT run. It also
 * proves the registry has loaded (a required category runs only then), which the banner does not:
 * it may paint before the registry arrives.
 */
export async function gateSettled(page: ConsentPage, key: string): Promise<void> {
  const name = `${unique('sentinel')}.js`;
  const script = page.document.createElement('script');
  script.type = 'text/plain';
  script.dataset.cookieCategory = 'necessary';
  script.src = `/e2e/hit/${key}/${name}`;
  page.document.body.append(script);
  await ran(page, name);
}

/** The value of the page's cookie `name`, or `null`. */
export function cookieValue(page: LoadedPage, name: string): string | null {
  for (const pair of page.document.cookie.split(';')) {
    const [cookie, ...value] = pair.trim().split('=');
    if (cookie === name) return value.join('=');
  }
  return null;
}

/** A plain copy of a value from the page's realm, for `deep.equal` against this realm's literals. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

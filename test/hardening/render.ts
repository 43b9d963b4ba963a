import type { CookiePolicy } from '../../src/cookie-policy.js';
import '../../src/index.js';

/** Where the hardening tests mount their elements; removed by `unmountAll`. */
let host: HTMLDivElement | undefined;

/**
 * Mounts a `<cookie-policy>` with `registry` inline and resolves once a view (or the error) shows.
 * Unlike test/helpers/mount.ts it does not wait for the banner's entrance animation: these tests
 * read text and markup, not colours, and mount hundreds of elements.
 */
export async function mountInline(
  registry: unknown,
  attributes: Readonly<Record<string, string>> = {},
): Promise<CookiePolicy> {
  if (!host) {
    host = document.createElement('div');
    document.body.append(host);
  }
  const element = document.createElement('cookie-policy');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof registry === 'string' ? registry : JSON.stringify(registry);
  element.append(script);
  host.append(element);
  await shown(element, '[part="policy"], [part="banner"], [part="reopen"], [part="error"]');
  return element;
}

/** Resolves with the first match of `selector` in the element's shadow root once it renders. */
export async function shown(element: CookiePolicy, selector: string): Promise<Element> {
  const end = performance.now() + 5000;
  for (;;) {
    await element.updateComplete;
    const found = element.shadowRoot?.querySelector(selector);
    if (found) return found;
    if (performance.now() > end) throw new Error(`<cookie-policy> did not render ${selector} in time`);
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** Removes every element mounted by `mountInline`. */
export function unmountAll(): void {
  host?.remove();
  host = undefined;
}

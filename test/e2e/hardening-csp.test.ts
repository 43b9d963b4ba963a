import { expect } from '@open-wc/testing';
import { openPage, until, type LoadedPage, useCleanFrames } from './page.js';

// dist/cookie-policy.js under the strict policies of SPEC §8, served by test/e2e/server-middleware.mjs:
//   strict:    default-src 'self'; script-src 'self' 'nonce-e2e'; object-src 'none'; base-uri 'none'
//   strict-tt: the same + require-trusted-types-for 'script'; trusted-types cookie-policy lit-html

interface HardenedWindow {
  __violations?: string[];
  __inlineRan?: number;
}

const hits = async (key: string): Promise<Record<string, number>> =>
  (await fetch(`/e2e/hits/${key}`, { cache: 'no-store' })).json();

const shadow = (element: Element | null) => element?.shadowRoot ?? null;

async function acceptAndCheck(page: LoadedPage) {
  const win = page.window as LoadedPage['window'] & HardenedWindow;
  const [bannerElement, policyElement] = page.document.querySelectorAll('cookie-policy');
  const banner = await until(() => shadow(bannerElement)?.querySelector<HTMLElement>('[part="banner"]'));

  // Styled through adopted stylesheets: no <style> element, no style attribute.
  expect(shadow(bannerElement)!.adoptedStyleSheets.length).to.be.above(0);
  expect(win.getComputedStyle(banner).position).to.equal('fixed');
  expect(shadow(bannerElement)!.querySelector('style, [style]')).to.equal(null);

  // The policy view renders its tables.
  const tables = await until(() => {
    const found = shadow(policyElement)?.querySelectorAll('table');
    return found && found.length === 2 ? found : null;
  });
  expect(win.getComputedStyle(tables[0]).display).to.equal('table');

  // Nothing gated before the decision.
  expect(win.__inlineRan ?? 0).to.equal(0);
  const before = (await hits('hardening-csp'))['external.js'] ?? 0;

  banner.querySelector<HTMLButtonElement>('[part="accept-all"]')!.click();
  await until(() => win.__inlineRan === 1 && (win as { __ran?: string[] }).__ran?.includes('external.js'));
  expect((await hits('hardening-csp'))['external.js']).to.equal(before + 1);
  await until(() => shadow(bannerElement)?.querySelector('[part="reopen"]'));
  await until(() => shadow(policyElement)?.querySelector('.controls time'));

  // The preferences dialog opens too (a modal <dialog>, styled).
  shadow(bannerElement)!.querySelector<HTMLButtonElement>('[part="reopen"]')!.click();
  const dialog = await until(() => shadow(bannerElement)?.querySelector<HTMLDialogElement>('dialog[open]'));
  expect(win.getComputedStyle(dialog).display).to.not.equal('none');

  expect(win.__violations).to.deep.equal([]);
  expect(page.errors).to.deep.equal([]);
  expect(page.logs).to.deep.equal([]);
}

describe('dist/cookie-policy.js under a strict Content-Security-Policy', () => {
  useCleanFrames();

  it('serves the test page with the strict header', async () => {
    const response = await fetch('/test/e2e/pages/hardening-csp.html?csp=strict-tt');
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; script-src 'self' 'nonce-e2e'; object-src 'none'; base-uri 'none'; " +
        "require-trusted-types-for 'script'; trusted-types cookie-policy lit-html",
    );
  });

  for (const csp of ['strict', 'strict-tt']) {
    it(`renders styled, gates, and runs nonce'd gated scripts after consent, with no violation (csp=${csp})`, async () => {
      const page = await openPage(`/test/e2e/pages/hardening-csp.html?csp=${csp}`);
      // The listener is in place: the page itself is under the policy (an inline handler would be refused).
      expect((page.window as LoadedPage['window'] & HardenedWindow).__violations).to.deep.equal([]);
      await acceptAndCheck(page);
    });
  }

  it('reports a violation for an un-nonced inline script, so the listener is live (control)', async () => {
    const page = await openPage('/test/e2e/pages/hardening-csp.html?csp=strict');
    const script = page.document.createElement('script');
    script.textContent = 'window.__inlineRan = 99;';
    page.document.body.append(script);
    const win = page.window as LoadedPage['window'] & HardenedWindow;
    await until(() => win.__violations!.length > 0);
    expect(win.__inlineRan ?? 0).to.not.equal(99);
  });
});

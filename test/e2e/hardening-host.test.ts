import { expect } from '@open-wc/testing';
import { openPage, reloadPage, until, type LoadedPage, useCleanFrames } from './page.js';

// dist/cookie-policy.js on host pages that do unusual things before it loads.

interface HostWindow {
  __inlineRan?: number;
  __amdCalls?: number;
  __ran?: string[];
}

const hits = async (key: string): Promise<Record<string, number>> =>
  (await fetch(`/e2e/hits/${key}`, { cache: 'no-store' })).json();

const shadow = (element: Element | null) => element?.shadowRoot ?? null;
const win = (page: LoadedPage) => page.window as LoadedPage['window'] & HostWindow;

/** Nothing signals an absence: a short real wait before checking that something did not happen. */
const quietPeriod = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

describe('dist/cookie-policy.js on unusual host pages', () => {
  useCleanFrames();

  it('works with extended prototypes, an AMD define, and the script loaded three times; gated scripts run once per load', async () => {
    const before = (await hits('hardening-host'))['external.js'] ?? 0;
    let page = await openPage('/test/e2e/pages/hardening-host.html');
    const [bannerElement, policyElement] = page.document.querySelectorAll('cookie-policy');
    const banner = await until(() => shadow(bannerElement)?.querySelector<HTMLElement>('[part="banner"]'));
    await until(() => shadow(policyElement)?.querySelectorAll('table').length === 2);
    // The bundle is an IIFE: it neither registers itself with AMD nor mounts a second element.
    expect(win(page).__amdCalls).to.equal(0);
    expect(page.document.querySelectorAll('cookie-policy')).to.have.length(2);
    // The policy shows what the registry holds, not inherited enumerable keys.
    expect(shadow(policyElement)!.textContent).to.not.contain('undefined');
    expect([...shadow(policyElement)!.querySelectorAll('td code')].map((code) => code.textContent)).to.deep.equal([
      'sessionid',
      '_pk_id.*',
    ]);

    banner.querySelector<HTMLButtonElement>('[part="accept-all"]')!.click();
    await until(() => win(page).__inlineRan === 1 && win(page).__ran?.includes('external.js'));
    await quietPeriod();
    expect(win(page).__inlineRan).to.equal(1);
    expect((await hits('hardening-host'))['external.js']).to.equal(before + 1);
    const detail = (bannerElement as HTMLElement & { consent: { categories: Record<string, boolean> } }).consent;
    // Own keys only: chai would also compare the page's enumerable Object.prototype.bar.
    expect(Object.entries(detail.categories)).to.deep.equal([
      ['necessary', true],
      ['analytics', true],
    ]);
    expect(page.errors).to.deep.equal([]);
    expect(page.logs).to.deep.equal([]);

    // The stored decision on the next load: once again, and once only.
    page = await reloadPage(page);
    await until(() => win(page).__inlineRan === 1 && win(page).__ran?.includes('external.js'));
    await quietPeriod();
    expect(win(page).__inlineRan).to.equal(1);
    expect((await hits('hardening-host'))['external.js']).to.equal(before + 2);
    expect(page.errors).to.deep.equal([]);
  });

  it('does nothing but say so when another script already defined a different cookie-policy element', async () => {
    const page = await openPage('/test/e2e/pages/hardening-foreign.html');
    await until(() => page.logs.length > 0);
    await quietPeriod();
    expect(page.logs).to.have.length(1);
    expect(page.logs[0]).to.match(/^<cookie-policy>: .*already defined by another script; this one does nothing$/);
    expect(page.errors).to.deep.equal([]);
    // Nothing mounted (data-registry is ignored), nothing gated ran, even the required category's.
    expect(page.document.querySelector('cookie-policy')).to.equal(null);
    expect(await hits('hardening-foreign')).to.deep.equal({});
    expect(page.window.customElements.get('cookie-policy')!.name).to.equal('ForeignCookiePolicy');
  });

  it('stays silent when the tag is held by another copy of itself (the script loaded twice)', async () => {
    const page = await openPage('/test/e2e/pages/twice.html');
    await until(() => shadow(page.document.querySelector('cookie-policy'))?.querySelector('[part="banner"]'));
    expect(page.logs).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  // A second copy of the IIFE must stop before Lit's module code asks Trusted Types for a second
  // 'lit-html' policy, which `trusted-types cookie-policy lit-html` (no 'allow-duplicates') refuses.
  it('loads twice under Trusted Types without an uncaught error or violation', async () => {
    const page = await openPage('/test/e2e/pages/hardening-csp-twice.html?csp=strict-tt');
    const element = page.document.querySelector('cookie-policy');
    await until(() => shadow(element)?.querySelector('[part="banner"]'));
    await quietPeriod();
    expect((page.window as unknown as { __violations: string[] }).__violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });
});

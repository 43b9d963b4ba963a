import { expect } from '@open-wc/testing';
import type { CookiePolicy } from '../../src/cookie-policy.js';
import { openPage, until, useCleanFrames, type LoadedPage } from './page.js';

// The one-tag install of the built dist/cookie-policy.js (SPEC §1): every attribute of SPEC §2
// but `src` can be given on the script tag as `data-` plus its name.

const mounted = (page: LoadedPage) => until(() => page.document.querySelector<CookiePolicy>('body > cookie-policy'));
const shadowPart = (element: Element, part: string) =>
  until(() => element.shadowRoot?.querySelector<HTMLElement>(`[part="${part}"]`));
const consentLogHits = async () =>
  ((await (await fetch('/e2e/hits/one-tag')).json()) as Record<string, number>)['consent-log.js'] ?? 0;

describe('the one-tag install', () => {
  useCleanFrames('portal_consent');

  it('gives the mounted element every data- attribute of the script tag, as written', async () => {
    const page = await openPage('/test/e2e/pages/one-tag-attributes.html');
    const element = await mounted(page);
    const attributes = Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value]));
    expect(attributes).to.deep.include({
      src: '/demo/registries/twisto.opendatasoft.com.json',
      view: 'banner',
      lang: 'fr',
      'cookie-name': 'portal_consent',
      'consent-max-age': '30',
      'consent-mode': '',
      'consent-log': '/e2e/hit/one-tag/consent-log.js',
      debug: '',
      'banner-layout': 'box',
    });
    expect(element.consentMaxAge).to.equal(30);
    expect(element.consentMode).to.equal(true);
    expect(element.debug).to.equal(true);
    expect((await shadowPart(element, 'banner')).classList.contains('box')).to.equal(true);
    expect(page.errors).to.deep.equal([]);
  });

  it('applies them: French texts, the decision under data-cookie-name, Consent Mode and the consent log', async () => {
    const before = await consentLogHits();
    const page = await openPage('/test/e2e/pages/one-tag-attributes.html');
    const element = await mounted(page);
    const accept = await shadowPart(element, 'accept-all');
    // <html lang="en">, data-lang="fr".
    expect(accept.textContent!.trim()).to.equal('Tout accepter');
    // data-consent-mode: the default command is queued before any decision.
    const dataLayer = () => (page.window as unknown as { dataLayer?: IArguments[] }).dataLayer;
    await until(() => dataLayer()?.length);
    expect([...dataLayer()![0]].slice(0, 2)).to.deep.equal(['consent', 'default']);

    accept.click();
    await until(() => page.document.cookie.includes('portal_consent='));
    expect(page.document.cookie).to.not.include('cookies_preferences=');
    // The beacon is sent after the click; the test server counts it once it arrives.
    let hits = before;
    for (const end = performance.now() + 5000; hits === before && performance.now() < end; ) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      hits = await consentLogHits();
    }
    expect(hits).to.equal(before + 1);
    expect(page.errors).to.deep.equal([]);
  });

  it('mounts the view and the cookie domain it is given', async () => {
    const page = await openPage('/test/e2e/pages/one-tag-domain.html');
    const element = await mounted(page);
    expect(element.getAttribute('view')).to.equal('policy');
    expect(element.getAttribute('cookie-domain')).to.equal('portal.example');
    expect(element.cookieDomain).to.equal('portal.example');
    await shadowPart(element, 'policy');
    expect(page.document.querySelectorAll('cookie-policy')).to.have.length(1);
  });
});

import { expect } from '@open-wc/testing';
import { openPage, until } from './page.js';

// The built dist/cookie-policy.js, loaded by plain HTML pages through <script> tags.

const shadow = (element: Element | null) => element?.shadowRoot ?? null;

describe('dist/cookie-policy.js on a plain page', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('mounts one banner-mode element at the end of <body> from a single deferred script tag', async () => {
    const page = await openPage('/test/e2e/pages/auto-mount.html');
    const element = await until(() => page.document.querySelector('cookie-policy'));
    expect(page.document.body.lastElementChild).to.equal(element);
    expect(element.getAttribute('src')).to.equal('/demo/registries/twisto.opendatasoft.com.json');
    const banner = await until(() => shadow(element)?.querySelector('[part="banner"]'));
    // <html lang="fr">: the French texts.
    expect(banner.querySelector('[part="accept-all"]')!.textContent!.trim()).to.equal('Tout accepter');
    expect(page.document.querySelectorAll('cookie-policy')).to.have.length(1);
    expect(page.errors).to.deep.equal([]);
  });

  it('defines the element once and mounts once when the script is loaded twice', async () => {
    const page = await openPage('/test/e2e/pages/twice.html');
    const element = await until(() => page.document.querySelector('cookie-policy'));
    await until(() => shadow(element)?.querySelector('[part="banner"]'));
    expect(page.document.querySelectorAll('cookie-policy')).to.have.length(1);
    expect(page.errors).to.deep.equal([]);
  });

  it('mounts nothing next to an explicit element, and renders the policy view untouched by page CSS', async () => {
    const page = await openPage('/test/e2e/pages/policy.html');
    const element = page.document.querySelector('cookie-policy')!;
    const tables = await until(() => {
      const found = shadow(element)?.querySelectorAll('table');
      return found && found.length > 0 ? found : null;
    });
    expect(page.document.querySelectorAll('cookie-policy')).to.have.length(1);
    expect(tables).to.have.length(2);
    const names = [...shadow(element)!.querySelectorAll('td code')].map((code) => code.textContent);
    expect(names).to.deep.equal([
      'sessionid',
      'django_language',
      'csrftoken',
      'cookies_preferences',
      '_pk_id.*',
      '_pk_ses.*',
    ]);
    expect(shadow(element)!.textContent).to.contain('delwp.opendatasoft.com');
    // The page hides tables and paints h2 red: neither reaches the shadow root.
    expect(page.window.getComputedStyle(tables[0]).display).to.equal('table');
    const title = shadow(element)!.querySelector('h2')!;
    expect(page.window.getComputedStyle(title).color).not.to.equal('rgb(255, 0, 0)');
    expect(page.errors).to.deep.equal([]);
  });

  it('mounts nothing and warns when there is neither data-registry nor an element', async () => {
    const page = await openPage('/test/e2e/pages/nothing.html');
    await until(() => page.logs.length > 0);
    expect(page.document.querySelector('cookie-policy')).to.equal(null);
    expect(page.logs.join('\n')).to.contain('nothing mounted');
    expect(page.window.customElements.get('cookie-policy')).to.be.a('function');
  });
});

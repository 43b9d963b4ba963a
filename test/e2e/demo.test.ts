import { expect } from '@open-wc/testing';
import type { CookiePolicy } from '../../src/cookie-policy.js';
import { openPage, until, useCleanFrames } from './page.js';

// The demo portal (npm start) in its two languages: its own page texts, not only the widget's.

/** The English texts the demo page's HTML is written with, by `data-text` key. */
async function englishTexts(path: string): Promise<Map<string, string>> {
  const source = new DOMParser().parseFromString(await (await fetch(path)).text(), 'text/html');
  return new Map([...source.querySelectorAll('[data-text]')].map((element) => [element.getAttribute('data-text')!, element.textContent!.trim()]));
}

describe('the demo portal', () => {
  useCleanFrames();

  for (const path of ['/demo/index.html', '/demo/policy.html']) {
    it(`translates its own texts in French mode (${path}?lang=fr)`, async () => {
      const english = await englishTexts(path);
      expect(english.size).to.be.greaterThan(1);
      const page = await openPage(`${path}?lang=fr`);
      expect(page.document.documentElement.lang).to.equal('fr');
      for (const element of page.document.querySelectorAll('[data-text]')) {
        const key = element.getAttribute('data-text')!;
        const text = element.textContent!.trim();
        expect(text, key).to.not.equal('');
        expect(text, key).to.not.equal(english.get(key));
      }
      expect(page.document.title).to.contain('démo');
    });
  }

  it('logs what its gated scripts do in the page language', async () => {
    const page = await openPage('/demo/index.html?lang=fr');
    const line = await until(() => page.document.querySelector('#log li'));
    expect(line.textContent).to.equal('necessary.js s’est exécuté (sans consentement nécessaire).');
  });

  it('logs each decision with its source and, for a registry with services, the services', async () => {
    const page = await openPage('/demo/index.html?portal=tne34.opendatasoft.com');
    const element = await until(() => page.document.querySelector<CookiePolicy>('cookie-policy[src*="tne34"]'));
    await until(() => element.shadowRoot?.querySelector('[part="banner"]'));
    element.save({ matomo: true });
    const line = await until(() => [...page.document.querySelectorAll('#log li')].find((item) => item.textContent!.startsWith('Decision')));
    const [, source, services] = line.textContent!.match(/^Decision \((\w+)\): \{.*\}, services: (\{.*\})$/) ?? [];
    expect(source, line.textContent!).to.equal('api');
    expect(JSON.parse(services ?? 'null')).to.deep.equal({ matomo: true, 'google-analytics': false, youtube: false, openstreetmap: false });
  });

  it('logs no services for a registry that has none', async () => {
    const page = await openPage('/demo/index.html?portal=twisto.opendatasoft.com');
    const element = await until(() => page.document.querySelector<CookiePolicy>('cookie-policy'));
    await until(() => element.shadowRoot?.querySelector('[part="banner"]'));
    element.rejectAll();
    const line = await until(() => [...page.document.querySelectorAll('#log li')].find((item) => item.textContent!.startsWith('Decision')));
    expect(line.textContent).to.match(/^Decision \(api\): \{[^}]*\}$/);
  });

  it('shows its embeds, as placeholders, only for a registry that declares their services', async () => {
    const tne34 = await openPage('/demo/index.html?portal=tne34.opendatasoft.com');
    await until(() => tne34.document.querySelector('[data-cookie-placeholder-for="youtube"]'));
    expect(tne34.document.querySelector('[data-cookie-placeholder-for="openstreetmap"]')).to.not.equal(null);
    const twisto = await openPage('/demo/index.html?portal=twisto.opendatasoft.com');
    const element = await until(() => twisto.document.querySelector<CookiePolicy>('cookie-policy'));
    await until(() => element.shadowRoot?.querySelector('[part="banner"]'));
    // Gated on services twisto's registry does not declare, they never load: no empty boxes either.
    for (const frame of twisto.document.querySelectorAll('iframe[data-cookie-service]')) {
      expect(frame.getBoundingClientRect().height, frame.getAttribute('title')!).to.equal(0);
    }
  });

  it('keeps its English texts in English mode', async () => {
    const english = await englishTexts('/demo/index.html');
    const page = await openPage('/demo/index.html?lang=en');
    for (const element of page.document.querySelectorAll('[data-text]')) {
      expect(element.textContent!.trim()).to.equal(english.get(element.getAttribute('data-text')!));
    }
  });
});

import { expect } from '@open-wc/testing';
import type { CookiePolicy } from '../src/cookie-policy.js';
import { en } from '../src/i18n/en.js';
import { fr } from '../src/i18n/fr.js';
import { mountWithRegistry, resetPage } from './helpers/mount.js';
import { makeRegistry } from './registry/factories.js';

// A registry that cannot be used (SPEC §8): visitors get a short notice in their language, the
// problem stays named in small print inside the same `error` part, the console gets the message.

async function unavailable(registry: unknown, attributes: Record<string, string>) {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  try {
    const element = await mountWithRegistry(registry, attributes);
    const error = element.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
    return { element, error, logged };
  } finally {
    console.error = original;
  }
}

const notice = (error: HTMLElement) => error.querySelector('p')!.textContent!.trim();
const smallPrint = (error: HTMLElement) => error.querySelector('small')?.textContent ?? null;

describe('<cookie-policy> with a registry it cannot use', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  for (const [lang, texts] of [['en', en], ['fr', fr]] as const) {
    it(`tells visitors that cookie settings are unavailable, in their language (${lang}), with the HTTP status in small print`, async () => {
      const { error, logged } = await unavailable(undefined, { src: '/e2e/status/404', lang });
      expect(notice(error)).to.equal(texts.errorTitle);
      expect(smallPrint(error)).to.contain('HTTP 404');
      expect(logged.join('\n')).to.contain('HTTP 404');
    });
  }

  it('names "not JSON" and the JSON Pointer in the small print, and logs the full message', async () => {
    const notJson = await unavailable('{ nope', { view: 'policy', lang: 'en' });
    expect(smallPrint(notJson.error)).to.contain('not JSON');
    const registry = makeRegistry();
    registry.cookies[1].names = [];
    const invalid = await unavailable(registry, { lang: 'fr' });
    expect(notice(invalid.error)).to.equal(fr.errorTitle);
    const problem = smallPrint(invalid.error)!;
    expect(problem).to.contain('/cookies/1/names');
    expect(invalid.logged.some((line) => line.includes(problem))).to.equal(true);
  });

  it('is a polite notice, not an alert, drawn like the banner in the banner view and like the page in the policy view', async () => {
    const banner = await unavailable('{ nope', { lang: 'en' });
    expect(banner.error.getAttribute('role')).to.equal('status');
    const surface = getComputedStyle(banner.error);
    expect(surface.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    const policy = await unavailable('{ nope', { view: 'policy', lang: 'en' });
    expect(getComputedStyle(policy.error).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    // No red alarm bar.
    for (const { error } of [banner, policy]) {
      const style = getComputedStyle(error);
      expect([style.borderInlineStartColor, style.borderLeftColor]).to.not.include('rgb(179, 38, 30)');
      expect(Number.parseFloat(style.borderLeftWidth)).to.be.below(2);
    }
  });

  for (const lang of ['en', 'fr']) {
    it(`has no axe violations (${lang})`, async () => {
      const { element } = await unavailable(undefined, { src: '/e2e/status/404', lang });
      await expect(element as CookiePolicy).to.be.accessible();
    });
  }
});

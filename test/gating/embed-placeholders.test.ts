import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type Decision, applyChoices, createDecision } from '../../src/consent/decision.js';
import { EmbedPlaceholders } from '../../src/gating/embed-placeholders.js';
import { ScriptGate } from '../../src/gating/script-gate.js';
import { localize, translator } from '../../src/i18n/texts.js';
import type { Registry } from '../../src/registry/types.js';
import { makeServiceRegistry } from '../consent/fakes.js';
import { decisionConsent, hits, hitUrl, page, ran, recordInline, uniqueKey } from './helpers.js';

/** A gated embed iframe on `service`, with a title and (unless `size` is null) a size. */
function embed(service: string, src: string, size: [number, number] | null = [560, 315]): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.dataset.cookieService = service;
  iframe.dataset.src = src;
  iframe.title = `Video: ${service} demo`;
  if (size) {
    iframe.width = String(size[0]);
    iframe.height = String(size[1]);
  }
  return iframe;
}

/** The placeholder shown for `embed`: the element right before it. */
function placeholderOf(embed: Element): HTMLElement {
  const placeholder = embed.previousElementSibling as HTMLElement | null;
  expect(placeholder?.hasAttribute('data-cookie-placeholder-for'), 'a placeholder precedes the embed').to.equal(true);
  return placeholder!;
}

const part = (placeholder: Element, name: string) =>
  placeholder.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('EmbedPlaceholders', () => {
  let key: string;
  let registry: Registry;
  let decision: Decision | null;
  let gate: ScriptGate;
  let placeholders: EmbedPlaceholders;
  let allowed: string[];

  function start(lang = 'en') {
    const consent = decisionConsent(registry, () => decision);
    gate = new ScriptGate(consent);
    const find = (id: string) => [...registry.categories, ...(registry.services ?? [])].find((item) => item.id === id)!;
    placeholders = new EmbedPlaceholders({
      consent,
      t: translator(registry, lang),
      lang,
      titleOf: (id) => localize(find(id).title, lang, 'en'),
      policyUrl: 'https://portal.example/pages/cookies/',
      allow: (id) => decide({ [id]: true }, id),
      load: (element) => gate.release(element),
    });
    gate.start();
    placeholders.start();
  }

  /** A decision as the store makes it (what is not named keeps its value), applied like the page does. */
  function decide(choices: Record<string, boolean>, allowedId?: string) {
    decision = createDecision(registry, applyChoices(registry, decision, choices), registry.revision, Date.now(), uniqueKey());
    if (allowedId) allowed.push(allowedId);
    gate.update();
    placeholders.update();
  }

  beforeEach(() => {
    key = uniqueKey();
    registry = makeServiceRegistry({ policyUrl: '/pages/cookies/' });
    decision = null;
    allowed = [];
    window.__ran = [];
  });

  afterEach(async () => {
    placeholders.stop();
    gate.stop();
    await gate.idle();
  });

  describe('in the place of a blocked embed', () => {
    it('shows a placeholder of its size, hides the empty frame and requests nothing of the provider', async () => {
      const iframe = embed('youtube', hitUrl(key, 'video.js'));
      await page(iframe);
      start();

      const placeholder = placeholderOf(iframe);
      expect(placeholder.getAttribute('data-cookie-placeholder-for')).to.equal('youtube');
      expect(placeholder.hasAttribute('style'), 'sized through CSSOM').to.equal(true);
      expect(placeholder.getBoundingClientRect()).to.include({ width: 560, height: 315 });
      expect(getComputedStyle(iframe).display).to.equal('none');
      expect(iframe.hasAttribute('src')).to.equal(false);
      expect(placeholder.shadowRoot!.mode).to.equal('open');
      expect(await hits(key)).to.deep.equal({});
    });

    it('takes 16:9 of the available width when the embed has no size', async () => {
      const iframe = embed('map', hitUrl(key, 'map.js'), null);
      const container = await page(iframe);
      container.style.width = '400px';
      start();
      expect(placeholderOf(iframe).getBoundingClientRect()).to.include({ width: 400, height: 225 });
    });

    it('names the embed and the service, says it sets cookies, links to the policy', async () => {
      const iframe = embed('youtube', hitUrl(key, 'video.js'));
      await page(iframe);
      start();

      const box = part(placeholderOf(iframe), 'placeholder');
      expect(box.textContent).to.contain('“Video: youtube demo” is hosted by YouTube. Loading it lets YouTube set cookies');
      expect(part(placeholderOf(iframe), 'placeholder-load').textContent).to.equal('Load this YouTube content');
      expect(part(placeholderOf(iframe), 'placeholder-allow').textContent).to.equal('Always allow YouTube');
      expect(box.querySelector('a')!.href).to.equal('https://portal.example/pages/cookies/');
    });

    it('speaks French, and takes the registry’s own texts', async () => {
      registry = makeServiceRegistry({ texts: { fr: { placeholderAllow: 'Autoriser {service} partout' } } });
      const iframe = embed('youtube', hitUrl(key, 'video.js'));
      await page(iframe);
      start('fr');
      const placeholder = placeholderOf(iframe);
      expect(part(placeholder, 'placeholder').lang).to.equal('fr');
      expect(part(placeholder, 'placeholder').textContent).to.contain('est hébergé par YouTube');
      expect(part(placeholder, 'placeholder-load').textContent).to.equal('Charger ce contenu YouTube');
      expect(part(placeholder, 'placeholder-allow').textContent).to.equal('Autoriser YouTube partout');
    });

    it('is accessible', async () => {
      const iframe = embed('youtube', hitUrl(key, 'video.js'));
      await page(iframe);
      start();
      await expect(placeholderOf(iframe)).to.be.accessible();
    });

    it('centres its text, link and buttons in the box, horizontally and vertically', async () => {
      const iframe = embed('youtube', hitUrl(key, 'video.js'));
      await page(iframe);
      start();
      const box = part(placeholderOf(iframe), 'placeholder');
      const outer = box.getBoundingClientRect();
      const content = [...box.children].map((child) => child.getBoundingClientRect());
      const top = Math.min(...content.map((rect) => rect.top));
      const bottom = Math.max(...content.map((rect) => rect.bottom));
      // Margins around the first and last lines are up to 8 px: the block's centre within 6 px.
      expect((top + bottom) / 2).to.be.closeTo((outer.top + outer.bottom) / 2, 6);
      for (const [index, rect] of content.entries()) {
        expect((rect.left + rect.right) / 2, `child ${index}`).to.be.closeTo((outer.left + outer.right) / 2, 2);
      }
      expect(getComputedStyle(box.querySelector('p')!).textAlign).to.equal('center');
    });

    for (const lang of ['en', 'fr']) {
      it(`fits its buttons inside a 320 px wide placeholder, wrapping them, with no sideways scroll (${lang})`, async () => {
        const iframe = embed('google-analytics', hitUrl(key, 'video.js'), [320, 240]);
        await page(iframe);
        start(lang);
        const box = part(placeholderOf(iframe), 'placeholder');
        const outer = box.getBoundingClientRect();
        expect(outer.width).to.equal(320);
        expect(box.scrollWidth).to.be.at.most(box.clientWidth);
        const buttons = [...box.querySelectorAll('button')].map((button) => button.getBoundingClientRect());
        for (const rect of buttons) {
          expect(rect.left).to.be.at.least(outer.left);
          expect(rect.right).to.be.at.most(outer.right);
        }
        // "Always allow Google Analytics" does not fit beside "Load this Google Analytics content".
        expect(buttons[1].top, 'the second button wraps below the first').to.be.at.least(buttons[0].bottom);
        // Centred in what a vertical scrollbar (Firefox shows one when the text is taller) leaves.
        const middle = outer.left + box.clientLeft + box.clientWidth / 2;
        for (const rect of buttons) expect((rect.left + rect.right) / 2).to.be.closeTo(middle, 2);
      });
    }

    it('appears for embeds added later, and goes when its embed is removed', async () => {
      const container = await page();
      start();
      const iframe = embed('youtube', hitUrl(key, 'video.js'));
      container.append(iframe);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const placeholder = placeholderOf(iframe);
      iframe.remove();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(placeholder.isConnected).to.equal(false);
    });
  });

  describe('no placeholder', () => {
    it('for an allowed embed, an opted-out one, an unknown id, a refusal gate or a mismatched category', async () => {
      decision = createDecision(registry, { map: true }, registry.revision, Date.now(), 'd');
      const none = embed('youtube', hitUrl(key, 'a.js'));
      none.dataset.cookiePlaceholder = 'none';
      const unknown = embed('vimeo', hitUrl(key, 'b.js'));
      const refusal = embed('!youtube', hitUrl(key, 'c.js'));
      const mismatch = embed('youtube', hitUrl(key, 'd.js'));
      mismatch.dataset.cookieCategory = 'analytics';
      const container = await page(embed('map', hitUrl(key, 'map.js')), none, unknown, refusal, mismatch);
      start();
      expect(container.querySelectorAll('[data-cookie-placeholder-for]')).to.have.length(0);
    });

    it('before start (the registry is not known yet)', async () => {
      const container = await page(embed('youtube', hitUrl(key, 'video.js')));
      const consent = decisionConsent(registry, () => null);
      placeholders = new EmbedPlaceholders({
        consent,
        t: translator(registry, 'en'),
        lang: 'en',
        titleOf: () => 'YouTube',
        policyUrl: null,
        allow: () => undefined,
        load: () => undefined,
      });
      gate = new ScriptGate(consent);
      placeholders.update();
      expect(container.querySelector('[data-cookie-placeholder-for]')).to.equal(null);
    });
  });

  describe('"Load"', () => {
    it('loads this embed only, stores nothing, moves focus to it; a later refusal leaves it loaded', async () => {
      const iframe = embed('youtube', hitUrl(key, 'video.js'));
      const other = embed('youtube', hitUrl(key, 'other.js'));
      await page(iframe, other);
      start();

      const loaded = oneEvent(iframe, 'load');
      part(placeholderOf(iframe), 'placeholder-load').click();
      await loaded;

      expect(iframe.getAttribute('src')).to.equal(hitUrl(key, 'video.js'));
      expect(iframe.previousElementSibling).to.equal(null);
      expect(getComputedStyle(iframe).display).to.not.equal('none');
      expect(document.activeElement).to.equal(iframe);
      expect(decision).to.equal(null);
      expect(allowed).to.deep.equal([]);
      expect(placeholderOf(other).isConnected).to.equal(true);

      decide({ youtube: false });
      expect(iframe.getAttribute('src')).to.equal(hitUrl(key, 'video.js'));
      expect(await hits(key)).to.deep.equal({ 'video.js': 1 });
    });

    it('puts a template’s content in place, runs its scripts and focuses what replaced it', async () => {
      const template = document.createElement('template');
      template.dataset.cookieService = 'map';
      template.dataset.cookiePlaceholder = '';
      template.setAttribute('width', '300');
      template.setAttribute('height', '200');
      template.innerHTML = `<figure><img alt="Map of the portal's datasets" src="${hitUrl(key, 'tile.js')}"></figure><script>${recordInline('map script')}</script>`;
      const container = await page(template);
      start();
      expect(placeholderOf(template).getBoundingClientRect()).to.include({ width: 300, height: 200 });
      expect(await hits(key)).to.deep.equal({});

      part(placeholderOf(template), 'placeholder-load').click();
      await gate.idle();

      const figure = container.querySelector('figure')!;
      expect(container.querySelector('[data-cookie-placeholder-for]')).to.equal(null);
      expect(document.activeElement).to.equal(figure);
      expect(ran()).to.deep.equal(['map script']);
    });
  });

  describe('"Always allow"', () => {
    it('stores a decision for the service, loads every embed of it and focuses this one', async () => {
      const first = embed('youtube', hitUrl(key, 'first.js'));
      const second = embed('youtube', hitUrl(key, 'second.js'));
      const map = embed('map', hitUrl(key, 'map.js'));
      const container = await page(first, second, map);
      start();

      const loaded = Promise.all([oneEvent(first, 'load'), oneEvent(second, 'load')]);
      part(placeholderOf(second), 'placeholder-allow').click();
      await loaded;

      expect(allowed).to.deep.equal(['youtube']);
      expect(decision!.services).to.deep.include({ youtube: true, map: false, matomo: false });
      expect(document.activeElement).to.equal(second);
      expect([...container.querySelectorAll('[data-cookie-placeholder-for]')].map((p) => p.getAttribute('data-cookie-placeholder-for'))).to.deep.equal(['map']);
    });

    it('comes back when the service is turned off again (the embed is unloaded)', async () => {
      const iframe = embed('youtube', hitUrl(key, 'video.js'));
      await page(iframe);
      start();
      const loaded = oneEvent(iframe, 'load');
      part(placeholderOf(iframe), 'placeholder-allow').click();
      await loaded;
      expect(iframe.previousElementSibling).to.equal(null);

      decide({ youtube: false });
      expect(iframe.hasAttribute('src')).to.equal(false);
      expect(placeholderOf(iframe).getAttribute('data-cookie-placeholder-for')).to.equal('youtube');
    });
  });

  it('works with the keyboard alone, in Safari\'s Tab order too: Tab to a button, Enter loads, focus lands on the embed', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    const iframe = embed('youtube', hitUrl(key, 'video.js'));
    await page(before, iframe);
    start();
    before.focus();
    await sendKeys({ press: 'Tab' });
    // Safari's default Tab order skips links (our WebKit runs as it does): there the buttons come
    // first; elsewhere the policy link does, then the buttons.
    const safariOrder = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);
    if (!safariOrder) {
      expect(placeholderOf(iframe).shadowRoot!.activeElement!.localName, 'the policy link first').to.equal('a');
      await sendKeys({ press: 'Tab' });
    }
    expect(placeholderOf(iframe).shadowRoot!.activeElement).to.equal(part(placeholderOf(iframe), 'placeholder-load'));
    const loaded = oneEvent(iframe, 'load');
    await sendKeys({ press: 'Enter' });
    await loaded;
    expect(document.activeElement).to.equal(iframe);
  });
});

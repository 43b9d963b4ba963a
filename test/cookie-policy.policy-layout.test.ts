import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CookiePolicy } from '../src/cookie-policy.js';
import { en } from '../src/i18n/en.js';
import { fr } from '../src/i18n/fr.js';
import { mountWithRegistry, resetPage } from './helpers/mount.js';
import { makeRegistry } from './registry/factories.js';
import { tabTo } from './helpers/keyboard.js';

// The policy view as it reads on a phone and on a desktop (SPEC §7, issue #17).

const root = (element: CookiePolicy) => element.shadowRoot!;
const policyText = (element: CookiePolicy) => root(element).querySelector('[part="policy"]')!.textContent!;
const count = (text: string, part: string) => text.split(part).length - 1;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Mounts the policy view in a box `width` pixels wide, as a portal's content column would hold it. */
async function policyAt(width: number, registry: unknown = makeRegistry(), lang = 'en') {
  const element = await mountWithRegistry(registry, { view: 'policy', lang });
  element.parentElement!.style.width = `${width}px`;
  await nextFrame();
  return element;
}

/** Whether every text piece of every cookie name sits on one line (a name breaks only at its `<wbr>`s). */
function namesBreakOnlyAtSeparators(element: CookiePolicy) {
  const broken: string[] = [];
  for (const code of root(element).querySelectorAll('td code')) {
    for (const node of code.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(`${code.textContent} at "${node.textContent}"`);
    }
  }
  return broken;
}

describe('<cookie-policy view="policy"> layout', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  describe('cookie names', () => {
    const longNames = () => {
      const registry = makeRegistry();
      registry.cookies[0].names = ['a_rather_long.cookie-name_with_many.pieces', 'django_language'];
      registry.cookies[3].names = ['cookies_preferences'];
      return registry;
    };

    for (const width of [1280, 700, 320, 200]) {
      it(`wrap only after _ . or - at ${width} px, never inside a word, even when the page breaks words anywhere`, async () => {
        const element = await policyAt(width, longNames());
        element.parentElement!.style.cssText += ';overflow-wrap:anywhere;word-break:break-all';
        await nextFrame();
        expect(namesBreakOnlyAtSeparators(element)).to.deep.equal([]);
        expect(root(element).querySelector('td code')!.textContent).to.equal('a_rather_long.cookie-name_with_many.pieces');
      });
    }

    it('stay on one line each in a wide view', async () => {
      const element = await policyAt(1280);
      for (const code of root(element).querySelectorAll('td code')) {
        const lines = new Set([...code.getClientRects()].map((rect) => Math.round(rect.top)));
        expect(lines.size, code.textContent!).to.equal(1);
      }
    });

    it('show a long name on several lines at its separators in a narrow view', async () => {
      const element = await policyAt(200, longNames());
      const code = root(element).querySelector('td code')!;
      expect(code.getClientRects().length).to.be.above(1);
    });
  });

  describe('below 40rem of width', () => {
    /**
     * The label a card field shows before its value. Chromium and WebKit report `content` with
     * attr() resolved; Firefox reports `attr(data-label)` itself, so the attribute is read there.
     */
    const labelOf = (td: Element) => {
      const content = getComputedStyle(td, '::before').content;
      return content === 'attr(data-label)' ? JSON.stringify(td.getAttribute("data-label")) : content;
    };

    it('shows one card per cookie, each field under its label, and nothing scrolls sideways', async () => {
      const element = await policyAt(320);
      for (const scroller of root(element).querySelectorAll<HTMLElement>('.scroll')) {
        expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      }
      const row = root(element).querySelector('tbody tr')!;
      expect(getComputedStyle(row).display).to.equal('block');
      const labels = [...row.querySelectorAll('td')].map(labelOf);
      expect(labels).to.deep.equal([
        `"${en.colProvider}"`,
        `"${en.colFunction}"`,
        `"${en.colNames}"`,
        `"${en.colPurpose}"`,
        `"${en.colDuration}"`,
        `"${en.colParty}"`,
      ]);
      expect(getComputedStyle(root(element).querySelector('thead')!).display).to.equal('none');
    });

    it('labels the fields in French too', async () => {
      const element = await policyAt(320, makeRegistry(), 'fr');
      const td = root(element).querySelector('tbody td')!;
      expect(labelOf(td)).to.equal(`"${fr.colProvider}"`);
    });

    it('keeps a table with its column headers in a wider view', async () => {
      const element = await policyAt(900);
      expect(getComputedStyle(root(element).querySelector('[part="table"]')!).display).to.equal('table');
      expect(getComputedStyle(root(element).querySelector('thead')!).display).to.not.equal('none');
      expect(getComputedStyle(root(element).querySelector('tbody td')!, '::before').content).to.equal('none');
    });

    for (const lang of ['en', 'fr']) {
      it(`has no axe violations as cards (${lang})`, async () => {
        const element = await policyAt(320, makeRegistry(), lang);
        await expect(element).to.be.accessible();
      });
    }
  });

  describe('each category', () => {
    for (const lang of ['en', 'fr'] as const) {
      it(`shows its title once and its description once (${lang})`, async () => {
        const registry = makeRegistry();
        const element = await policyAt(1000, registry, lang);
        const text = policyText(element);
        for (const category of registry.categories) {
          const title = (category.title as Record<string, string>)[lang];
          const description = (category.description as Record<string, string>)[lang];
          expect(count(text, title), `${lang} ${title}`).to.equal(1);
          expect(count(text, description), `${lang} ${description}`).to.equal(1);
        }
      });
    }

    it('has its switch beside its title, named by it, and its table named by it too', async () => {
      const element = await policyAt(1000);
      const sections = root(element).querySelectorAll('section[part="category"]');
      for (const section of sections) {
        const heading = section.querySelector('h4')!;
        const toggle = section.querySelector<HTMLInputElement>('[part="toggle"]')!;
        expect(toggle.getAttribute('role')).to.equal('switch');
        expect(toggle.getAttribute('aria-labelledby')).to.equal(heading.id);
        expect(section.querySelector('[part="table"]')!.getAttribute('aria-labelledby')).to.equal(heading.id);
        expect(Math.abs(toggle.getBoundingClientRect().top - heading.getBoundingClientRect().top)).to.be.below(
          heading.getBoundingClientRect().height,
        );
      }
      const necessary = sections[0].querySelector<HTMLInputElement>('[part="toggle"]')!;
      expect(necessary.checked && necessary.disabled).to.equal(true);
      expect(root(element).getElementById(necessary.getAttribute('aria-describedby')!)!.textContent).to.equal(en.alwaysOn);
    });

    it('is switched from the keyboard as cards: Tab reaches its switch, Space flips it, Enter on Save stores it', async () => {
      const element = await policyAt(320);
      const toggle = root(element).querySelector<HTMLInputElement>('[part="toggle"][data-category="analytics"]')!;
      await tabTo(toggle);
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(toggle.checked).to.equal(true);
      await tabTo(root(element).querySelector('[part="save"]')!);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.consent!.categories).to.deep.include({ necessary: true, analytics: true });
    });
  });

  describe('the kinds of cookies', () => {
    const kinds = () => {
      const registry = makeRegistry();
      registry.categories = [
        { id: 'necessary', required: true, title: 'Necessary' },
        { id: 'functional', title: 'Preferences' },
        { id: 'analytics', title: 'Audience' },
        { id: 'marketing', title: 'YouTube' },
        { id: 'partners', title: 'Partners', description: { en: 'Our partners’ widgets.', fr: 'Les widgets de nos partenaires.' } },
        { id: 'misc', title: 'Miscellaneous' },
      ];
      registry.cookies = registry.cookies.filter((cookie) => cookie.category === 'necessary');
      return registry;
    };
    const about = (element: CookiePolicy) =>
      [...root(element).querySelectorAll('section[part="category"]')].map(
        (section) => section.querySelector('.category-head + p')?.textContent ?? null,
      );

    it('come from the registry: a built-in text for necessary, functional, statistics and marketing, the registry’s for the others', async () => {
      const element = await policyAt(1000, kinds());
      expect(about(element)).to.deep.equal([en.kindNecessary, en.kindFunctional, en.kindStatistics, en.kindMarketing, 'Our partners’ widgets.', en.noCookies]);
      expect(policyText(element)).to.contain(en.kindsTitle);
    });

    it('come in French too', async () => {
      const element = await policyAt(1000, kinds(), 'fr');
      expect(about(element).slice(0, 5)).to.deep.equal([fr.kindNecessary, fr.kindFunctional, fr.kindStatistics, fr.kindMarketing, 'Les widgets de nos partenaires.']);
    });

    it('describe the categories in the preferences dialog too', async () => {
      const element = await mountWithRegistry(kinds(), { lang: 'fr' });
      await element.showPreferences();
      const switches = root(element).querySelectorAll<HTMLInputElement>('dialog [part="toggle"]');
      const described = [...switches].map((toggle) => root(element).getElementById(toggle.getAttribute('aria-describedby') ?? '')?.textContent ?? null);
      expect(described.slice(0, 5)).to.deep.equal([fr.kindNecessary, fr.kindFunctional, fr.kindStatistics, fr.kindMarketing, 'Les widgets de nos partenaires.']);
      expect(described[5]).to.equal(null);
    });

    it('prefer the registry’s description of a known kind', async () => {
      const registry = kinds();
      registry.categories[3].description = 'Videos from our channel.';
      const element = await policyAt(1000, registry);
      expect(about(element)[3]).to.equal('Videos from our channel.');
    });
  });

  describe('the choice section', () => {
    it('holds the decision, its date and id, and the buttons, without repeating the categories on screen', async () => {
      const registry = makeRegistry();
      const element = await policyAt(1000, registry);
      element.acceptAll();
      await element.updateComplete;
      const controls = root(element).querySelector('.controls')!;
      expect(controls.querySelector('time')!.getAttribute('datetime')).to.equal(element.consent!.decidedAt);
      expect(controls.querySelector('code')!.textContent).to.equal(element.consent!.id);
      expect(controls.querySelectorAll('[part="toggle"]')).to.have.length(0);
      for (const category of registry.categories) {
        // innerText is what is rendered: each category's state is there only on paper (see the print tests).
        expect((controls as HTMLElement).innerText).to.not.contain((category.title as Record<string, string>).en);
      }
      expect([...controls.querySelectorAll('button')].map((button) => button.getAttribute('part'))).to.deep.equal(['save', 'reject-all']);
    });
  });
});

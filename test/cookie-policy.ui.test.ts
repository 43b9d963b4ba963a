import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { CookiePolicy } from '../src/cookie-policy.js';
import { framedViewport } from './helpers/framed-viewport.js';
import { mountWithRegistry, rendered, resetPage } from './helpers/mount.js';
import { makeRegistry } from './registry/factories.js';
import { deepActive, tabTo } from './helpers/keyboard.js';

const root = (element: CookiePolicy) => element.shadowRoot!;
const part = <T extends HTMLElement = HTMLElement>(element: CookiePolicy, name: string) =>
  root(element).querySelector<T>(`[part~="${name}"]`);

describe('<cookie-policy> views for every visitor', () => {
  beforeEach(() => resetPage());
  afterEach(async () => {
    resetPage();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('dark colour scheme', () => {
    for (const lang of ['en', 'fr']) {
      it(`banner, dialog and policy view have no axe violations in dark mode (${lang})`, async () => {
        await emulateMedia({ colorScheme: 'dark' });
        const banner = await mountWithRegistry(makeRegistry(), { lang });
        expect(getComputedStyle(part(banner, 'banner')!).backgroundColor).to.equal('rgb(31, 32, 35)');
        await expect(banner).to.be.accessible();
        await banner.showPreferences();
        await expect(banner).to.be.accessible();
        const policy = await mountWithRegistry(makeRegistry(), { lang, view: 'policy' });
        await expect(policy).to.be.accessible();
      });
    }

    it('lets the page override the colours with custom properties in either scheme', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const element = await mountWithRegistry(makeRegistry());
      element.style.setProperty('--cookie-policy-background', 'rgb(1, 2, 3)');
      expect(getComputedStyle(part(element, 'banner')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('small screens and zoom', () => {
    for (const width of [320, 640]) {
      it(`fits the banner, the dialog and the policy view in ${width} px without horizontal scrolling`, async () => {
        const view = await framedViewport(width, 640);
        try {
          const element = await view.mount(makeRegistry());
          const banner = part(element, 'banner')!;
          expect(banner.getBoundingClientRect().right).to.be.at.most(width);
          expect(banner.getBoundingClientRect().left).to.be.at.least(0);
          for (const button of banner.querySelectorAll('button')) {
            expect(button.getBoundingClientRect().right).to.be.at.most(width);
          }
          await element.showPreferences();
          const dialog = root(element).querySelector('dialog')!;
          expect(dialog.getBoundingClientRect().width).to.be.at.most(width);
          expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth + 1);
          const policy = await view.mount(makeRegistry(), { view: 'policy' });
          // Wide tables scroll inside their own box, never the page.
          expect(policy.getBoundingClientRect().width).to.be.at.most(width);
          expect(view.document.documentElement.scrollWidth).to.be.at.most(width + 1);
        } finally {
          view.frame.remove();
        }
      });
    }
  });

  describe('motion', () => {
    // No entrance animation (issue #16): its frames cost the main thread about 13 ms at 4× CPU
    // before the page settles, and the banner is readable where it stays from its first frame.
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      it(`shows the banner in place at once, without animation (reduced motion: ${reducedMotion})`, async () => {
        await emulateMedia({ reducedMotion });
        const element = await mountWithRegistry(makeRegistry());
        const banner = element.shadowRoot!.querySelector('[part="banner"]')!;
        expect(banner.getAnimations()).to.have.length(0);
        expect(root(element).getAnimations()).to.have.length(0);
      });
    }
  });

  describe('placement', () => {
    /** An element with an inline registry appended as the last child of <body>, once `selector` renders. */
    async function mountAtEndOfBody(selector: string, view?: 'policy'): Promise<CookiePolicy> {
      const element = document.createElement('cookie-policy');
      if (view) element.setAttribute('view', view);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(makeRegistry());
      element.append(script);
      document.body.append(element);
      await rendered(element);
      expect(element.shadowRoot!.querySelector(selector), selector).to.not.equal(null);
      return element;
    }

    it('docks the banner in the flow when the element ends <body>, so the page scrolls clear of it', async () => {
      const element = await mountAtEndOfBody('[part="banner"]');
      try {
        expect(element.hasAttribute('data-docked')).to.equal(true);
        expect(getComputedStyle(element).position).to.equal('sticky');
        expect(element.getBoundingClientRect().height).to.be.greaterThan(0);
      } finally {
        element.remove();
      }
    });

    it('never docks the policy view, which is page content, even at the end of <body>', async () => {
      const element = await mountAtEndOfBody('[part="policy"]', 'policy');
      try {
        expect(element.hasAttribute('data-docked')).to.equal(false);
        expect(getComputedStyle(element).position).to.equal('static');
        element.view = 'banner';
        await element.updateComplete;
        expect(element.hasAttribute('data-docked')).to.equal(true);
      } finally {
        element.remove();
      }
    });

    it('overlays the page (fixed, no layout shift) when content follows the element', async () => {
      const element = await mountWithRegistry(makeRegistry());
      expect(element.hasAttribute('data-docked')).to.equal(false);
      expect(getComputedStyle(part(element, 'banner')!).position).to.equal('fixed');
      expect(element.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('keyboard only', () => {
    it('accepts all from the banner with Tab and Enter', async () => {
      const element = await mountWithRegistry(makeRegistry());
      await tabTo(part(element, 'accept-all')!);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.consent!.categories.analytics).to.equal(true);
      expect(element.consent!.source).to.equal('banner');
    });

    it('customises: opens the dialog, switches statistics on with Space, saves, and lands on the reopen button', async () => {
      const element = await mountWithRegistry(makeRegistry());
      await tabTo(part(element, 'customize')!);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const dialog = root(element).querySelector('dialog')!;
      await tabTo(dialog.querySelector('[data-category="analytics"]')!);
      await sendKeys({ press: 'Space' });
      await tabTo(dialog.querySelector('[part="save"]')!);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      await element.updateComplete;
      expect(element.consent!.categories).to.deep.equal({ necessary: true, analytics: true });
      expect(element.consent!.source).to.equal('preferences');
      expect(deepActive()).to.equal(part(element, 'reopen'));
    });

    it('reopens the dialog from the reopen button with the stored choice shown', async () => {
      const element = await mountWithRegistry(makeRegistry());
      element.acceptAll();
      await element.updateComplete;
      await tabTo(part(element, 'reopen')!);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const toggle = root(element).querySelector<HTMLInputElement>('dialog [data-category="analytics"]')!;
      expect(toggle.checked).to.equal(true);
    });

    it('changes and withdraws consent in the policy view', async () => {
      const element = await mountWithRegistry(makeRegistry(), { view: 'policy' });
      const policy = part(element, 'policy')!;
      expect(policy.textContent).to.contain('You have not made a choice yet.');
      await tabTo(policy.querySelector('[data-category="analytics"]')!);
      await sendKeys({ press: 'Space' });
      await tabTo(policy.querySelector('[part="save"]')!);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const consent = element.consent!;
      expect(consent.source).to.equal('policy');
      expect(consent.categories.analytics).to.equal(true);
      const time = policy.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(consent.decidedAt);
      expect(time.textContent).to.match(/\d{4}/);
      expect(policy.textContent).to.contain(consent.id);
      expect(policy.querySelector('[role="status"]')!.textContent).to.contain('saved');
      await tabTo(policy.querySelector('[part="reject-all"]')!);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.consent!.categories.analytics).to.equal(false);
      expect(policy.querySelector<HTMLInputElement>('[data-category="analytics"]')!.checked).to.equal(false);
    });

    it('formats the decision date for French', async () => {
      const element = await mountWithRegistry(makeRegistry(), { view: 'policy', lang: 'fr' });
      element.acceptAll();
      await element.updateComplete;
      const time = part(element, 'policy')!.querySelector('time')!;
      const month = new Intl.DateTimeFormat('fr', { month: 'long' }).format(new Date(element.consent!.decidedAt));
      expect(time.textContent).to.contain(month);
    });

    it('shows visible focus on every control', async () => {
      const element = await mountWithRegistry(makeRegistry());
      await tabTo(part(element, 'accept-all')!);
      const style = getComputedStyle(part(element, 'accept-all')!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  it('has no axe violations in the policy view once a decision exists', async () => {
    const element = await mountWithRegistry(makeRegistry(), { view: 'policy' });
    element.rejectAll();
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });
});

describe('<cookie-policy debug>', () => {
  beforeEach(() => resetPage());
  afterEach(() => {
    resetPage();
    document.cookie = 'undeclared_thing=; Path=/; Max-Age=0';
  });

  it('logs the decision, the gated elements and the cookies the registry does not declare', async () => {
    document.cookie = 'undeclared_thing=1; Path=/';
    const gated = document.createElement('script');
    gated.type = 'text/plain';
    gated.dataset.cookieCategory = 'analytics';
    gated.textContent = 'window.__debugGated = true;';
    document.body.append(gated);
    const groups: string[] = [];
    const warnings: string[] = [];
    const original = { groupCollapsed: console.groupCollapsed, warn: console.warn };
    console.groupCollapsed = (...args: unknown[]) => groups.push(args.join(' '));
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const element = await mountWithRegistry(makeRegistry(), { debug: '' });
      element.rejectAll();
      const end = performance.now() + 3000;
      while (!groups.some((line) => line.includes(`decision ${element.consent?.id}`)) && performance.now() < end) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(groups.join('\n')).to.contain(`decision ${element.consent!.id} (api`);
      expect(warnings.join('\n')).to.contain('undeclared_thing');
    } finally {
      Object.assign(console, original);
      gated.remove();
    }
  });
});

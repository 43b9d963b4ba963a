import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CookiePolicy } from '../src/cookie-policy.js';
import type { CookieConsentChangeEvent } from '../src/events.js';
import { mountWithRegistry, resetPage } from './helpers/mount.js';
import { makeRegistry } from './registry/factories.js';
import { deepActive } from './helpers/keyboard.js';

const root = (element: CookiePolicy) => element.shadowRoot!;
const part = <T extends HTMLElement = HTMLElement>(element: CookiePolicy, name: string) =>
  root(element).querySelector<T>(`[part~="${name}"]`);
const inDialog = <T extends HTMLElement = HTMLElement>(element: CookiePolicy, name: string) =>
  root(element).querySelector<T>(`dialog [part~="${name}"]`);

function storedDecision(): Record<string, unknown> | null {
  const match = document.cookie.match(/(?:^|; )cookies_preferences=([^;]*)/);
  return match ? JSON.parse(decodeURIComponent(match[1])) : null;
}

async function openDialog(element: CookiePolicy) {
  part(element, 'customize')!.focus();
  part(element, 'customize')!.click();
  await element.updateComplete;
  const dialog = root(element).querySelector('dialog')!;
  expect(dialog.open).to.equal(true);
  return dialog;
}

describe('<cookie-policy> banner and preferences', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('shows a labelled, non-modal banner with three equal buttons when there is no decision', async () => {
    const element = await mountWithRegistry(makeRegistry());
    const banner = part(element, 'banner')!;
    expect(banner.getAttribute('role')).to.equal('region');
    const labelledBy = banner.getAttribute('aria-labelledby')!;
    expect(root(element).getElementById(labelledBy)!.textContent).to.contain('Cookies on');
    const buttons = [...banner.querySelectorAll('button')];
    expect(buttons.map((button) => button.getAttribute('part'))).to.deep.equal([
      'accept-all',
      'reject-all',
      'customize',
    ]);
    const sizes = buttons.map((button) => getComputedStyle(button));
    expect(new Set(sizes.map((style) => style.backgroundColor)).size).to.equal(1);
    expect(new Set(sizes.map((style) => style.fontSize)).size).to.equal(1);
    expect(root(element).querySelector('dialog')).to.equal(null);
    expect(element.consent).to.equal(null);
  });

  it('"Accept all" stores the decision, fires one event and leaves a reopen button', async () => {
    const element = await mountWithRegistry(makeRegistry());
    const event = oneEvent(document, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
    part(element, 'accept-all')!.click();
    const { detail } = await event;
    expect(detail.source).to.equal('banner');
    expect(detail.categories).to.deep.equal({ necessary: true, analytics: true });
    expect(storedDecision()).to.include({ id: detail.id, revision: detail.revision });
    await element.updateComplete;
    expect(part(element, 'banner')).to.equal(null);
    expect(part(element, 'reopen')).to.not.equal(null);
    expect(element.consent).to.deep.equal(detail);
  });

  it('"Reject all" refuses every category but the required ones', async () => {
    const element = await mountWithRegistry(makeRegistry());
    const event = oneEvent(document, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
    part(element, 'reject-all')!.click();
    const { detail } = await event;
    expect(detail.categories).to.deep.equal({ necessary: true, analytics: false });
    expect(storedDecision()!.categories).to.deep.equal({ necessary: true, analytics: false });
  });

  it('opens the preferences dialog with nothing pre-ticked and required categories on and disabled', async () => {
    const element = await mountWithRegistry(makeRegistry());
    const dialog = await openDialog(element);
    const toggles = [...dialog.querySelectorAll<HTMLInputElement>('[part="toggle"]')];
    expect(toggles.map((toggle) => toggle.dataset.category)).to.deep.equal(['necessary', 'analytics']);
    expect(toggles.map((toggle) => toggle.getAttribute('role'))).to.deep.equal(['switch', 'switch']);
    expect(toggles.map((toggle) => [toggle.checked, toggle.disabled])).to.deep.equal([
      [true, true],
      [false, false],
    ]);
    expect(dialog.textContent).to.contain('_pk_id.*');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(root(element).activeElement).to.not.equal(null);
    expect(dialog.contains(root(element).activeElement)).to.equal(true);
  });

  it('saves the switches chosen in the dialog with source "preferences" and returns focus', async () => {
    const element = await mountWithRegistry(makeRegistry());
    const dialog = await openDialog(element);
    dialog.querySelector<HTMLInputElement>('[data-category="analytics"]')!.click();
    const event = oneEvent(document, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
    inDialog(element, 'save')!.click();
    const { detail } = await event;
    expect(detail.source).to.equal('preferences');
    expect(detail.categories).to.deep.equal({ necessary: true, analytics: true });
    await element.updateComplete;
    await element.updateComplete;
    expect(root(element).querySelector('dialog')).to.equal(null);
    // The banner (and its customise button) is gone: focus goes to the reopen button.
    expect(deepActive()).to.equal(part(element, 'reopen'));
  });

  it('closes on Escape without saving and returns focus to the control that opened it', async () => {
    const element = await mountWithRegistry(makeRegistry());
    const dialog = await openDialog(element);
    dialog.querySelector<HTMLInputElement>('[data-category="analytics"]')!.click();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    await element.updateComplete;
    expect(root(element).querySelector('dialog')).to.equal(null);
    expect(storedDecision()).to.equal(null);
    expect(element.consent).to.equal(null);
    expect(deepActive()).to.equal(part(element, 'customize'));
  });

  it('keeps Tab and Shift+Tab cycling inside the dialog', async () => {
    const element = await mountWithRegistry(makeRegistry());
    const dialog = await openDialog(element);
    const controls = [...dialog.querySelectorAll<HTMLElement>('button, input:not(:disabled), a[href]')];
    const first = controls[0];
    const last = controls[controls.length - 1];
    last.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement).to.equal(first);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root(element).activeElement).to.equal(last);
    // Walking forward through every control stays inside.
    for (let step = 0; step < controls.length * 2; step += 1) {
      await sendKeys({ press: 'Tab' });
      expect(dialog.contains(root(element).activeElement)).to.equal(true);
    }
  });

  it('opens the dialog from any [data-cookie-policy-open] element and then shows no reopen button', async () => {
    const opener = document.createElement('button');
    opener.setAttribute('data-cookie-policy-open', '');
    opener.textContent = 'Cookie settings';
    document.body.append(opener);
    try {
      const element = await mountWithRegistry(makeRegistry());
      part(element, 'reject-all')!.click();
      await element.updateComplete;
      expect(part(element, 'reopen')).to.equal(null);
      opener.focus();
      opener.click();
      await element.updateComplete;
      expect(root(element).querySelector('dialog')!.open).to.equal(true);
      inDialog(element, 'close')!.click();
      await element.updateComplete;
      await element.updateComplete;
      expect(document.activeElement).to.equal(opener);
    } finally {
      opener.remove();
    }
  });

  it('starts from a valid stored decision: no banner, one "stored" event, the reopen button', async () => {
    const first = await mountWithRegistry(makeRegistry());
    part(first, 'accept-all')!.click();
    const stored = storedDecision();
    first.remove();
    resetPageKeepingCookie();
    const event = oneEvent(document, 'cookie-consent-change') as Promise<CookieConsentChangeEvent>;
    const element = await mountWithRegistry(makeRegistry());
    const { detail } = await event;
    expect(detail.source).to.equal('stored');
    expect(detail.id).to.equal(stored!.id);
    expect(part(element, 'banner')).to.equal(null);
    expect(part(element, 'reopen')).to.not.equal(null);
  });

  it('asks again when the registry revision changed', async () => {
    const first = await mountWithRegistry(makeRegistry());
    part(first, 'accept-all')!.click();
    first.remove();
    resetPageKeepingCookie();
    const element = await mountWithRegistry({ ...makeRegistry(), revision: 'next' });
    expect(part(element, 'banner')).to.not.equal(null);
    expect(element.consent).to.equal(null);
  });

  it('fires exactly one event per decision however many elements the page holds', async () => {
    const events: CookieConsentChangeEvent[] = [];
    const listener = (event: CookieConsentChangeEvent) => events.push(event);
    document.addEventListener('cookie-consent-change', listener);
    try {
      const banner = await mountWithRegistry(makeRegistry());
      const policy = await mountWithRegistry(makeRegistry(), { view: 'policy' });
      banner.rejectAll();
      policy.acceptAll();
      expect(events.map((event) => event.detail.source)).to.deep.equal(['api', 'api']);
      expect(banner.consent).to.deep.equal(policy.consent);
      expect(policy.consent!.categories.analytics).to.equal(true);
    } finally {
      document.removeEventListener('cookie-consent-change', listener);
    }
  });

  it('save() keeps required categories on and refuses categories it does not mention', async () => {
    const element = await mountWithRegistry(makeRegistry());
    element.save({ necessary: false, unknown: true });
    expect(element.consent!.categories).to.deep.equal({ necessary: true, analytics: false });
    expect(element.consent!.source).to.equal('api');
  });

  it('showPreferences() opens the dialog', async () => {
    const element = await mountWithRegistry(makeRegistry());
    await element.showPreferences();
    expect(root(element).querySelector('dialog')!.open).to.equal(true);
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'fr']) {
      it(`banner has no axe violations (${lang})`, async () => {
        const element = await mountWithRegistry(makeRegistry(), { lang });
        await expect(element).to.be.accessible();
      });

      it(`dialog has no axe violations (${lang})`, async () => {
        const element = await mountWithRegistry(makeRegistry(), { lang });
        await openDialog(element);
        await expect(element).to.be.accessible();
      });
    }
  });
});

/** Forgets the page's manager but keeps the decision cookie, as a reload would. */
function resetPageKeepingCookie() {
  const cookie = document.cookie.match(/(?:^|; )(cookies_preferences=[^;]*)/)![1];
  resetPage();
  document.cookie = `${cookie}; Path=/`;
}

describe('<cookie-policy> dialog reopened at once', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('stays open when reopened before the previous dialog has finished closing', async () => {
    const element = await mountWithRegistry(makeRegistry());
    await element.showPreferences();
    const first = root(element).querySelector('dialog')!;
    const closed = oneEvent(first, 'close');
    inDialog(element, 'save')!.click();
    await element.showPreferences();
    await closed;
    await element.updateComplete;
    expect(root(element).querySelector('dialog')?.open).to.equal(true);
  });
});

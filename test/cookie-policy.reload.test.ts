import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CookiePolicy } from '../src/cookie-policy.js';
import { en } from '../src/i18n/en.js';
import { fr } from '../src/i18n/fr.js';
import { mountWithRegistry, resetPage } from './helpers/mount.js';
import { makeRegistry } from './registry/factories.js';

// Withdrawal completes honestly (SPEC §5): after a change that turns off a category whose gated
// scripts ran on this page, the view where it was made offers "Reload to finish" (part `reload`).

type RanWindow = Window & { __reloadTestRan?: number };
const ran = () => (window as RanWindow).__reloadTestRan ?? 0;
const root = (element: CookiePolicy) => element.shadowRoot!;
const reloadButton = (element: CookiePolicy) => root(element).querySelector<HTMLButtonElement>('[part="reload"]');

async function until(check: () => unknown, ms = 5000) {
  for (const end = performance.now() + ms; !check(); ) {
    if (performance.now() > end) throw new Error(`not met: ${check}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** A gated analytics script in the page, and an element whose visitor has allowed everything (so it ran). */
async function afterAnalyticsRan(attributes: Record<string, string> = {}, withScript = true) {
  if (withScript) {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.cookieCategory = 'analytics';
    script.className = 'reload-test';
    script.textContent = 'window.__reloadTestRan = (window.__reloadTestRan || 0) + 1;';
    document.body.append(script);
  }
  const element = await mountWithRegistry(makeRegistry(), attributes);
  const before = ran();
  element.acceptAll();
  if (withScript) await until(() => ran() > before);
  await element.updateComplete;
  return element;
}

async function turnOffInDialog(element: CookiePolicy) {
  await element.showPreferences();
  const dialog = root(element).querySelector('dialog')!;
  dialog.querySelector<HTMLInputElement>('[part="toggle"][data-category="analytics"]')!.click();
  await element.updateComplete;
  dialog.querySelector<HTMLButtonElement>('[part="save"]')!.click();
  await element.updateComplete;
  await element.updateComplete;
  return dialog;
}

describe('"Reload to finish"', () => {
  beforeEach(() => resetPage());
  afterEach(() => {
    resetPage();
    document.querySelectorAll('script.reload-test').forEach((script) => script.remove());
  });

  it('keeps the dialog open after a save that turns off analytics whose script ran, the reload button focused', async () => {
    const element = await afterAnalyticsRan({ lang: 'en' });
    const dialog = await turnOffInDialog(element);
    expect(element.consent!.categories.analytics).to.equal(false);
    expect(dialog.open).to.equal(true);
    const button = reloadButton(element)!;
    expect(button.textContent!.trim()).to.equal(en.reload);
    expect(root(element).getElementById(button.getAttribute('aria-describedby')!)!.textContent).to.equal(en.reloadText);
    expect(root(element).activeElement).to.equal(button);
    expect(dialog.contains(button)).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('closes the dialog as usual when what was turned off never ran here', async () => {
    const element = await afterAnalyticsRan({}, false);
    const dialog = await turnOffInDialog(element);
    expect(element.consent!.categories.analytics).to.equal(false);
    expect(dialog.open).to.equal(false);
    expect(reloadButton(element)).to.equal(null);
  });

  it('offers nothing after a change that turns nothing off', async () => {
    const element = await afterAnalyticsRan();
    await element.showPreferences();
    root(element).querySelector<HTMLButtonElement>('dialog [part="accept-all"]')!.click();
    await element.updateComplete;
    expect(reloadButton(element)).to.equal(null);
    expect(root(element).querySelector('dialog')?.open ?? false).to.equal(false);
  });

  it('is offered in the policy view after a withdrawal, in French, reached with Tab, and gone once the category is back on', async () => {
    const element = await afterAnalyticsRan({ view: 'policy', lang: 'fr' });
    const withdraw = root(element).querySelector<HTMLButtonElement>('[part="reject-all"]')!;
    withdraw.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const button = reloadButton(element)!;
    expect(button.textContent!.trim()).to.equal(fr.reload);
    expect(root(element).querySelector('.controls')!.textContent).to.contain(fr.reloadText);
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement).to.equal(button);
    await expect(element).to.be.accessible();

    root(element).querySelector<HTMLInputElement>('[part="toggle"][data-category="analytics"]')!.click();
    await element.updateComplete;
    root(element).querySelector<HTMLButtonElement>('[part="save"]')!.click();
    await element.updateComplete;
    expect(element.consent!.categories.analytics).to.equal(true);
    expect(reloadButton(element)).to.equal(null);
  });

  it('is not offered for a change made through the API: the event lets the page decide', async () => {
    const element = await afterAnalyticsRan({ view: 'policy' });
    element.rejectAll();
    await element.updateComplete;
    expect(reloadButton(element)).to.equal(null);
  });
});

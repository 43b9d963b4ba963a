import { expect, oneEvent } from '@open-wc/testing';
import type { CookiePolicy } from '../src/cookie-policy.js';
import { mountWithRegistry, resetPage } from './helpers/mount.js';
import { makeRegistry } from './registry/factories.js';

const root = (element: CookiePolicy) => element.shadowRoot!;
const dialogOf = (element: CookiePolicy) => root(element).querySelector('dialog')!;
const active = (element: CookiePolicy) => root(element).activeElement;

/** A Tab keydown as WebKitGTK reports it: key "Unidentified", code "Tab". */
const webkitTab = (shiftKey = false) =>
  new KeyboardEvent('keydown', { key: 'Unidentified', code: 'Tab', shiftKey, bubbles: true, composed: true, cancelable: true });

async function openDialog(element: CookiePolicy): Promise<HTMLDialogElement> {
  await element.showPreferences();
  await element.updateComplete;
  return dialogOf(element);
}

describe('<cookie-policy> preferences dialog', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('is a native modal <dialog> opened with showModal()', async () => {
    const element = await mountWithRegistry(makeRegistry());
    const dialog = await openDialog(element);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
  });

  it('moves focus itself on a Tab reported as key "Unidentified" with code "Tab" (WebKitGTK), and wraps', async () => {
    const element = await mountWithRegistry(makeRegistry());
    const dialog = await openDialog(element);
    const controls = [...dialog.querySelectorAll<HTMLElement>('button, input:not(:disabled), a[href]')];
    controls.at(-1)!.focus();
    const forward = webkitTab();
    active(element)!.dispatchEvent(forward);
    expect(forward.defaultPrevented).to.equal(true);
    expect(active(element)).to.equal(controls[0]);
    active(element)!.dispatchEvent(webkitTab(true));
    expect(active(element)).to.equal(controls.at(-1));
  });

  it('moves Tab through buttons and switches in order whatever the browser would skip (Safari skips buttons)', async () => {
    const element = await mountWithRegistry(makeRegistry());
    const dialog = await openDialog(element);
    const controls = [...dialog.querySelectorAll<HTMLElement>('button, input:not(:disabled), a[href]')];
    controls[0].focus();
    const visited = [controls[0]];
    for (let step = 1; step < controls.length; step += 1) {
      const event = new KeyboardEvent('keydown', { key: 'Tab', code: 'Tab', bubbles: true, composed: true, cancelable: true });
      active(element)!.dispatchEvent(event);
      expect(event.defaultPrevented, `Tab ${step} handled by the dialog`).to.equal(true);
      visited.push(active(element) as HTMLElement);
    }
    expect(visited).to.deep.equal(controls);
  });

  it('closes on Escape without saving, and focus returns to the opener', async () => {
    const element = await mountWithRegistry(makeRegistry());
    const opener = root(element).querySelector<HTMLElement>('[part="customize"]')!;
    opener.focus();
    const dialog = await openDialog(element);
    dialog.querySelector<HTMLInputElement>('[data-category="analytics"]')!.click();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await element.updateComplete;
    await element.updateComplete;
    expect(root(element).querySelector('dialog')).to.equal(null);
    expect(element.consent).to.equal(null);
    expect(active(element)).to.equal(opener);
  });
});

describe('<cookie-policy> opener links', () => {
  beforeEach(() => resetPage());
  afterEach(() => {
    resetPage();
    document.querySelectorAll('[data-cookie-policy-open]').forEach((link) => link.remove());
  });

  function openerLink(): HTMLAnchorElement {
    const link = document.createElement('a');
    link.href = '#cookie-settings-page';
    link.setAttribute('data-cookie-policy-open', '');
    link.textContent = 'Cookie settings';
    document.body.append(link);
    return link;
  }

  /** Clicks `link` and tells whether the click was prevented (then cancels the navigation either way). */
  function clickPrevented(link: HTMLAnchorElement): boolean {
    let prevented = false;
    const last = (event: Event) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', last);
    link.click();
    window.removeEventListener('click', last);
    return prevented;
  }

  it('opens the dialog and prevents the link from being followed', async () => {
    const element = await mountWithRegistry(makeRegistry());
    const link = openerLink();
    expect(clickPrevented(link)).to.equal(true);
    await element.updateComplete;
    expect(dialogOf(element).open).to.equal(true);
  });

  it('leaves the click alone when the registry failed: the link follows its href', async () => {
    const errors = console.error;
    console.error = () => {};
    try {
      const element = await mountWithRegistry('{ not json');
      expect(root(element).querySelector('[part="error"]')).to.not.equal(null);
      const link = openerLink();
      expect(clickPrevented(link)).to.equal(false);
      await element.updateComplete;
      expect(root(element).querySelector('dialog')).to.equal(null);
    } finally {
      console.error = errors;
    }
  });
});

describe('<cookie-policy> cookie-policy-load event', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('fires once the registry is rendered, with no error', async () => {
    const element = document.createElement('cookie-policy');
    element.innerHTML = `<script type="application/json">${JSON.stringify(makeRegistry())}</script>`;
    const event = oneEvent(element, 'cookie-policy-load');
    document.body.append(element);
    expect((await event).detail.error).to.equal(null);
    expect(root(element).querySelector('[part="banner"] a')?.getAttribute('href')).to.equal(
      new URL('/pages/cookies/', document.baseURI).href,
    );
    element.remove();
  });
});

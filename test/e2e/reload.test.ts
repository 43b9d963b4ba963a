import { expect } from '@open-wc/testing';
import { banner, cleanUp, element, hits, inShadow, openConsentPage, ran, trackCookie, unique } from './consent-helpers.js';

// "Reload to finish" on the built dist/cookie-policy.js (SPEC §5): the button reloads the page,
// and the reloaded page runs nothing of what was turned off.

describe('"Reload to finish" in a plain page (dist/cookie-policy.js)', () => {
  afterEach(cleanUp);

  it('reloads the page after analytics is turned off in the dialog, and analytics does not run again', async () => {
    const key = unique('reload');
    const cookie = trackCookie(unique('cp_reload'));
    const page = await openConsentPage('consent-gate.html', { key, cookie });
    (await banner(page)).querySelector<HTMLElement>('[part="accept-all"]')!.click();
    await ran(page, 'analytics.js');

    await element(page).showPreferences();
    const toggle = await inShadow(element(page), 'dialog [part="toggle"][data-category="analytics"]');
    toggle.click();
    (await inShadow(element(page), 'dialog [part="save"]')).click();
    const reload = await inShadow(element(page), 'dialog [part="reload"]');

    const reloaded = new Promise<void>((resolve) => page.frame.addEventListener('load', () => resolve(), { once: true }));
    (page.window as unknown as { __beforeReload?: boolean }).__beforeReload = true;
    reload.click();
    await reloaded;
    // A new document: what the old one set on its window is gone.
    expect((page.frame.contentWindow as unknown as { __beforeReload?: boolean }).__beforeReload).to.equal(undefined);
    const fresh = page.frame.contentWindow!.document.querySelector('cookie-policy')!;
    await fresh.updateComplete;
    expect((await hits(key))['analytics.js']).to.equal(1);
  });
});

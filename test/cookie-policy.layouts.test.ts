import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { CookiePolicy } from '../src/cookie-policy.js';
import { mountWithRegistry, resetPage } from './helpers/mount.js';
import { makeRegistry } from './registry/factories.js';

// The banner and the dialog on a phone (SPEC §7, 320×640), and the banner's three layouts.

const part = (element: CookiePolicy, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const inView = (node: Element) => {
  const box = node.getBoundingClientRect();
  return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth && box.height > 0;
};

describe('<cookie-policy> on a phone and in each banner layout', () => {
  beforeEach(() => resetPage());
  afterEach(async () => {
    resetPage();
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['en', 'fr']) {
    for (const layout of ['bar', 'box', 'top']) {
      it(`keeps the ${layout} banner within half of a 320×640 screen, its three buttons in view (${lang})`, async () => {
        await setViewport({ width: 320, height: 640 });
        const element = await mountWithRegistry(makeRegistry(), { lang, 'banner-layout': layout });
        const banner = part(element, 'banner');
        expect(banner.getBoundingClientRect().height).to.be.at.most(320);
        for (const name of ['accept-all', 'reject-all', 'customize']) expect(inView(part(element, name)), name).to.equal(true);
        // Nothing of the text is hidden away at this size: it fits without scrolling.
        const text = banner.querySelector('p')!;
        expect(text.scrollHeight).to.be.at.most(text.clientHeight + 1);
      });
    }

    it(`keeps the dialog's save, accept all and reject all in view while its body scrolls (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await mountWithRegistry(makeRegistry(), { lang });
      await element.showPreferences();
      const dialog = element.shadowRoot!.querySelector('dialog')!;
      const body = dialog.querySelector<HTMLElement>('.body')!;
      expect(body.scrollHeight).to.be.above(body.clientHeight);
      const buttons = ['save', 'accept-all', 'reject-all'].map((name) => dialog.querySelector(`[part="${name}"]`)!);
      for (const position of [0, body.scrollHeight]) {
        body.scrollTop = position;
        for (const button of buttons) expect(inView(button), `${button.getAttribute('part')} at ${position}`).to.equal(true);
      }
      expect(inView(dialog.querySelector('[part="close"]')!)).to.equal(true);
      await expect(element).to.be.accessible();
    });
  }

  it('puts the bar at the bottom, the box in the bottom corner and the top bar at the top', async () => {
    await setViewport({ width: 1280, height: 800 });
    const at = async (layout?: string) => {
      resetPage();
      const element = await mountWithRegistry(makeRegistry(), layout ? { 'banner-layout': layout } : {});
      const box = part(element, 'banner').getBoundingClientRect();
      element.remove();
      return box;
    };
    const bar = await at();
    expect(bar.bottom).to.be.closeTo(800 - 16, 2);
    expect(await at('nonsense')).to.deep.include({ top: bar.top, width: bar.width });
    const box = await at('box');
    expect(box.right).to.be.closeTo(1280 - 16, 2);
    expect(box.width).to.be.at.most(24 * 16);
    expect(box.bottom).to.be.closeTo(800 - 16, 2);
    const top = await at('top');
    expect(top.top).to.be.closeTo(16, 2);
  });

  it('follows the bannerLayout property too', async () => {
    const element = await mountWithRegistry(makeRegistry());
    expect(element.bannerLayout).to.equal('bar');
    element.bannerLayout = 'top';
    await element.updateComplete;
    expect(part(element, 'banner').classList.contains('top')).to.equal(true);
  });

  for (const layout of ['box', 'top']) {
    it(`reaches the ${layout} banner's buttons with Tab and accepts with Enter, with no axe violation`, async () => {
      const element = await mountWithRegistry(makeRegistry(), { 'banner-layout': layout, lang: 'fr' });
      await expect(element).to.be.accessible();
      const accept = part(element, 'accept-all');
      for (let step = 0; step < 10 && element.shadowRoot!.activeElement !== accept; step += 1) await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(accept);
      await sendKeys({ press: 'Enter' });
      expect(element.consent!.source).to.equal('banner');
    });
  }
});

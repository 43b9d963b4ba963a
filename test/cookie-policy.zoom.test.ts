import { expect } from '@open-wc/testing';
import type { CookiePolicy } from '../src/cookie-policy.js';
import type { Registry } from '../src/registry/types.js';
import { makeServiceRegistry } from './consent/fakes.js';
import { type FramedViewport, framedViewport } from './helpers/framed-viewport.js';
import { resetPage } from './helpers/mount.js';

// SPEC §7 "works from 320 px wide", and issue #14: at 320 px and at 200 % zoom, the dialog and
// the policy view with services stay usable: every switch and button within the viewport's width,
// nothing scrolls sideways, each control reachable and working.

/** 40 characters without a space or a hyphen: a title that can only wrap if the CSS lets it. */
const LONG_TITLE = 'Kartenkachelbereitstellungsdienstleister';

/** makeServiceRegistry(), plus a marketing service with a long one-word title. */
function registry(): Registry {
  const base = makeServiceRegistry();
  return { ...base, services: [...base.services!, { id: 'tiles', category: 'marketing', title: LONG_TITLE }] };
}

/**
 * The two sizes. Page zoom at 200 % of a 640 px window lays the page out exactly as a 320 CSS px
 * viewport (every CSS pixel doubles), so the first case covers it. The second is the other half of
 * WCAG 1.4.4, text at 200 %: the viewport keeps its 640 CSS px while the text doubles, as a
 * browser's text-only zoom or a visitor's larger default font does. It is emulated with the
 * page's root font-size at 200 %, which doubles every `rem` and every inherited size (media
 * queries keep the initial font size, as with a real zoom of the text).
 */
const SIZES = [
  { name: 'a 320 px wide screen', width: 320, fontSize: '', textPx: 16 },
  { name: '200 % text in a 640 px window', width: 640, fontSize: '200%', textPx: 32 },
] as const;

const root = (element: CookiePolicy) => element.shadowRoot!;

describe('<cookie-policy> with services at 320 px and at 200 % zoom', () => {
  let view: FramedViewport | undefined;
  beforeEach(() => resetPage());
  afterEach(() => {
    view?.frame.remove();
    view = undefined;
    resetPage();
  });

  /** A framed viewport of `width` × 640 with the page's text at `fontSize`. */
  async function screen(width: number, fontSize: string): Promise<FramedViewport> {
    view = await framedViewport(width, 640);
    view.document.documentElement.style.fontSize = fontSize;
    return view;
  }

  /**
   * `control` is within the viewport's width, and, scrolled into view, is what a pointer at its
   * centre hits: nothing covers it, so a visitor can reach it.
   */
  function expectReachable(element: CookiePolicy, control: HTMLElement, width: number) {
    const label = control.dataset.service ?? control.dataset.category ?? control.getAttribute('part');
    control.scrollIntoView({ block: 'center', inline: 'nearest' });
    const box = control.getBoundingClientRect();
    expect(box.width, `${label} is shown`).to.be.above(0);
    expect(box.left, `${label} left edge`).to.be.at.least(0);
    expect(box.right, `${label} right edge`).to.be.at.most(width);
    const hit = root(element).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    expect(hit === control || control.contains(hit), `${label} is not covered`).to.equal(true);
  }

  /** The view's 4 category and 6 service switches are all within the width and uncovered. */
  function expectSwitchesReachable(element: CookiePolicy, view: ParentNode, width: number) {
    const switches = [...view.querySelectorAll<HTMLInputElement>('[part~="toggle"]')];
    expect(switches.filter((control) => control.dataset.category)).to.have.length(4);
    expect(switches.filter((control) => control.dataset.service)).to.have.length(6);
    for (const control of switches) expectReachable(element, control, width);
  }

  /** The page itself never scrolls sideways. */
  function expectNoSidewaysScroll(doc: Document) {
    expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
  }

  /** The long title wraps within its box and the viewport, instead of running past them. */
  function expectWrapped(title: HTMLElement, width: number) {
    expect(title.textContent).to.contain(LONG_TITLE);
    expect(title.getBoundingClientRect().right).to.be.at.most(width);
    expect(title.scrollWidth).to.be.at.most(title.clientWidth);
  }

  /** The note beside the analytics category's switch ("1 of 2 on"), or '' when it has none. */
  const analyticsNote = (scope: ParentNode) =>
    scope.querySelector('[data-category="analytics"]')!.parentElement!.querySelector('.note')?.textContent ?? '';

  /** Turns service `id` on in `view` (its category's note then reads "1 of 2 on") and saves there. */
  async function turnOnAndSave(element: CookiePolicy, view: ParentNode, id: string, width: number) {
    const control = view.querySelector<HTMLInputElement>(`[data-service="${id}"]`)!;
    expectReachable(element, control, width);
    control.click();
    await element.updateComplete;
    expect(control.checked).to.equal(true);
    expect(analyticsNote(view)).to.equal('1 of 2 on');
    const save = view.querySelector<HTMLElement>('[part="save"]')!;
    expectReachable(element, save, width);
    save.click();
    await element.updateComplete;
  }

  for (const { name, width, fontSize, textPx } of SIZES) {
    it(`keeps every switch and button of the preferences dialog in view and working on ${name}`, async () => {
      const { document: doc, mount } = await screen(width, fontSize);
      const element = await mount(registry());
      await element.showPreferences();
      const dialog = root(element).querySelector('dialog')!;
      const body = dialog.querySelector<HTMLElement>('.body')!;
      expect(getComputedStyle(body).fontSize).to.equal(`${textPx}px`);
      expectNoSidewaysScroll(doc);
      expect(dialog.getBoundingClientRect().right).to.be.at.most(width);
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
      expect(body.scrollWidth, 'the dialog body scrolls sideways').to.be.at.most(body.clientWidth);

      expectSwitchesReachable(element, dialog, width);
      for (const part of ['save', 'accept-all', 'reject-all', 'close']) {
        expectReachable(element, dialog.querySelector<HTMLElement>(`[part="${part}"]`)!, width);
      }
      expectWrapped(dialog.querySelector<HTMLElement>('[data-service="tiles"]')!.parentElement!.querySelector('.label')!, width);

      await turnOnAndSave(element, dialog, 'matomo', width);
      expect(element.consent!.services).to.include({ matomo: true, 'google-analytics': false });
    });

    it(`keeps every switch of the policy view and its save button in view and working on ${name}`, async () => {
      const { document: doc, mount } = await screen(width, fontSize);
      const element = await mount(registry(), { view: 'policy' });
      const policy = root(element).querySelector<HTMLElement>('[part="policy"]')!;
      expect(getComputedStyle(policy).fontSize).to.equal(`${textPx}px`);
      expectNoSidewaysScroll(doc);
      expect(policy.getBoundingClientRect().right).to.be.at.most(width);
      for (const scroller of policy.querySelectorAll<HTMLElement>('.scroll')) {
        expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      }

      expectSwitchesReachable(element, policy, width);
      expectReachable(element, policy.querySelector<HTMLElement>('[part="save"]')!, width);
      expectWrapped(policy.querySelector<HTMLElement>('[data-service="tiles"]')!.parentElement!.querySelector('.label')!, width);

      await turnOnAndSave(element, policy, 'google-analytics', width);
      expect(element.consent!.services).to.include({ matomo: false, 'google-analytics': true });
      expectNoSidewaysScroll(doc);
    });
  }

  it('spans a 320 px screen edge to edge with the box banner, leaving no gap on either side', async () => {
    const { mount } = await screen(320, '');
    const element = await mount(registry(), { 'banner-layout': 'box' });
    const banner = root(element).querySelector<HTMLElement>('[part="banner"]')!.getBoundingClientRect();
    expect(banner.left).to.be.closeTo(0, 0.5);
    expect(banner.right).to.be.closeTo(320, 0.5);
  });
});

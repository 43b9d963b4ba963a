import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { CookiePolicy } from '../src/cookie-policy.js';
import { mountWithRegistry, resetPage } from './helpers/mount.js';
import { makeRegistry, type RegistryData } from './registry/factories.js';

// The printed policy (SPEC §7 "Printed"), checked with print media emulated in every engine:
// Chromium's own emulation, and in Firefox and WebKit (whose drivers have none) the runner's
// in-page emulation of `@media print` (scripts/webkit-media.mjs). As a browser does before it
// prints, each test fires `beforeprint` first.

/** The width of the printed page's content box: an A5 sheet at 96 px per inch, less 1 cm margins. */
const PAGE_WIDTH = 483;

/** A registry whose policy is long (sections off screen) and wide (long unbroken words, six columns). */
function longRegistry(count: number): RegistryData {
  const registry = makeRegistry();
  registry.categories.push({
    id: 'marketing',
    title: { en: 'Marketing', fr: 'Marketing' },
    description: { en: 'Advertising partners.', fr: 'Partenaires publicitaires.' },
  });
  for (let index = 0; index < count; index += 1) {
    registry.cookies.push({
      category: index % 2 ? 'analytics' : 'marketing',
      provider: `Provider${'x'.repeat(40)}${index}`,
      function: 'Cross-site audience measurement and advertising attribution',
      names: [`long_cookie_name_number_${index}_with_many_parts`, `_pk_ref_${index}.*`],
      purpose: `https://tracker.example.com/collect/${'segment'.repeat(12)}/${index}`,
      party: 'third',
      duration: '13 months',
      policyUrl: `https://partner-${index}.example.com/privacy-policy-for-cookies`,
    });
  }
  return registry;
}

const shadow = (element: CookiePolicy) => element.shadowRoot!;
const isPrinted = (node: Element) => node.getClientRects().length > 0;

function expectCompleteOnPaper(policy: CookiePolicy, registry: RegistryData, page: HTMLElement) {
  const root = shadow(policy);
  // Every row of every category, each cookie name as written.
  const printedNames = [...root.querySelectorAll('tbody code')].filter(isPrinted).map((code) => code.textContent);
  const expected = registry.cookies.flatMap((cookie) => cookie.names);
  expect(printedNames.length, 'printed cookie names').to.equal(expected.length);
  expect(new Set(printedNames)).to.deep.equal(new Set(expected));
  // Every section laid out: content-visibility would leave an off-screen one blank.
  for (const section of root.querySelectorAll<HTMLElement>('.policy > section')) {
    expect(getComputedStyle(section).contentVisibility ?? 'visible', 'section content-visibility').to.not.be.oneOf([
      'auto',
      'hidden',
    ]);
  }
  // No table, and no column of it, past the page's edge.
  const right = page.getBoundingClientRect().right;
  const tables = [...root.querySelectorAll('table')];
  expect(tables.length).to.equal(registry.categories.length);
  for (const table of tables) {
    expect(table.getBoundingClientRect().right, 'table right edge').to.be.at.most(right + 1);
    for (const cell of table.querySelectorAll('tr:first-child > *, tr:last-child > *')) {
      expect(cell.getBoundingClientRect().right, 'cell right edge').to.be.at.most(right + 1);
    }
    const box = table.parentElement!;
    expect(box.scrollWidth, 'table box scroll width').to.be.at.most(box.clientWidth + 1);
  }
  // Nothing to press on paper.
  for (const control of root.querySelectorAll('button, input')) {
    expect(isPrinted(control), `${control.outerHTML.slice(0, 60)} printed`).to.equal(false);
  }
}

describe('<cookie-policy> printed', () => {
  /** The policy's wrapper, as wide as the printed page's content. */
  let page: HTMLElement;

  beforeEach(() => resetPage());
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    resetPage();
  });

  async function mountPolicy(registry: RegistryData) {
    const policy = await mountWithRegistry(registry, { view: 'policy' });
    page = policy.parentElement!;
    page.style.width = `${PAGE_WIDTH}px`;
    await policy.updateComplete;
    return policy;
  }

  async function print(...elements: CookiePolicy[]) {
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    await Promise.all(elements.map((element) => element.updateComplete));
  }

  it('prints every section and row, each table within the page, and no control', async () => {
    const registry = longRegistry(60);
    const policy = await mountPolicy(registry);
    await print(policy);
    expectCompleteOnPaper(policy, registry, page);
  });

  it('prints all 1000 rows of a 1000-cookie policy, even those not built yet on screen', async () => {
    const registry = longRegistry(1000);
    const policy = await mountPolicy(registry);
    // On screen the first rows come with the view, the rest in later tasks: not all are built yet.
    expect(shadow(policy).querySelectorAll('tbody tr').length).to.be.below(registry.cookies.length);
    await print(policy);
    expectCompleteOnPaper(policy, registry, page);
  });

  it('prints the current decision as text, and neither the banner, nor the dialog, nor the reopen button', async () => {
    const registry = makeRegistry();
    const banner = await mountWithRegistry(registry);
    const policy = await mountPolicy(registry);
    expect(isPrinted(shadow(banner).querySelector('[part="banner"]')!)).to.equal(true);
    banner.acceptAll();
    await banner.updateComplete;
    await banner.showPreferences();
    await print(banner, policy);
    const decision = shadow(policy).querySelector('.decision')!;
    expect(isPrinted(decision)).to.equal(true);
    expect(decision.textContent).to.contain('Statistics').and.to.contain('Allowed');
    expect(isPrinted(shadow(policy).querySelector('time')!)).to.equal(true);
    for (const part of ['banner', 'reopen', 'dialog']) {
      const node = shadow(banner).querySelector(`[part~="${part}"]`);
      if (node) expect(isPrinted(node), `${part} printed`).to.equal(false);
    }
    expect(shadow(banner).querySelector('[part~="reopen"], dialog'), 'a reopen button or dialog to check').to.not.equal(null);
  });
});

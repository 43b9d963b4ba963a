import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { type ConsentPage, cleanUp, openConsentPage, trackCookie, unique } from './consent-helpers.js';
import { until } from './page.js';

// axe-core over the embed placeholders of a real page (pages/services.html, on the built
// dist/cookie-policy.js), issue #14. The axe of the test window cannot check a framed document
// (it reads the styles and the tree of its own window), so axe-core's own script is loaded into
// the framed page and run there, with the page's window. The page is served with the strict CSP
// (`script-src 'self' 'nonce-e2e'`): axe comes from the same origin with the nonce, so the page
// keeps its policy. Without Trusted Types only: setting a script's `src` is a Trusted Types sink,
// and the page's policy names only the widget's and Lit's policies.

/** The part of axe-core's API used here, as the framed page's window holds it. */
interface Axe {
  run(
    context: { include: Element[] },
    options: { resultTypes?: string[] },
  ): Promise<Record<'violations' | 'passes', { id: string; nodes: { target: unknown[] }[] }[]>>;
}

/** Loads axe-core into the framed page (same origin, the page's nonce) and returns it. */
async function axeIn(page: ConsentPage): Promise<Axe> {
  const script = page.document.createElement('script');
  script.nonce = 'e2e';
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error('axe-core did not load in the page')), { once: true });
  });
  script.src = '/node_modules/axe-core/axe.min.js';
  page.document.head.append(script);
  await loaded;
  return (page.window as unknown as { axe: Axe }).axe;
}

/** The page's two placeholders (the YouTube frame's and the map template's), once shown. */
async function placeholders(page: ConsentPage): Promise<HTMLElement[]> {
  return until(() => {
    const found = [...page.document.querySelectorAll<HTMLElement>('[data-cookie-placeholder-for]')];
    return found.length === 2 && found.every((placeholder) => placeholder.shadowRoot?.querySelector('button')) && found;
  });
}

/** axe's violations over `targets`, one readable line each (rule, then the nodes), and how many buttons it named. */
async function audit(axe: Axe, targets: Element[]) {
  const results = await axe.run({ include: targets }, {});
  const line = ({ id, nodes }: { id: string; nodes: { target: unknown[] }[] }) =>
    `${id}: ${nodes.map((node) => JSON.stringify(node.target)).join(' ')}`;
  const named = results.passes.find((rule) => rule.id === 'button-name')?.nodes.length ?? 0;
  return { violations: results.violations.map(line), named };
}

/** Opens services.html in `lang` under the strict CSP, a viewport tall enough to show both placeholders above the banner. */
async function openServices(lang: string): Promise<ConsentPage> {
  const page = await openConsentPage('services.html', { cookie: trackCookie(unique('cp_axe')), csp: 'strict', lang });
  page.frame.height = '1200';
  return page;
}

describe('axe-core on the placeholders of a real page (dist/cookie-policy.js, strict CSP)', () => {
  afterEach(async () => {
    cleanUp();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const lang of ['en', 'fr']) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`finds no violation in the YouTube and map placeholders (${lang}, ${scheme} scheme)`, async function () {
        await emulateMedia({ colorScheme: scheme });
        const page = await openServices(lang);
        // Firefox and WebKit emulate the scheme inside the test page's own stylesheets only
        // (scripts/webkit-media.mjs), which reaches neither a framed page nor the system colours
        // the placeholders use: there the dark run would check the light scheme again.
        if (page.window.matchMedia('(prefers-color-scheme: dark)').matches !== (scheme === 'dark')) this.skip();
        const shown = await placeholders(page);
        const box = shown[0].shadowRoot!.querySelector('[part="placeholder"]')!;
        expect(box.getAttribute('lang')).to.equal(lang);
        // The scheme is the one asked for: a dark box (system colour Canvas) in the dark one.
        const channels = page.window.getComputedStyle(box).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number);
        expect(channels.reduce((sum, value) => sum + value, 0) < 3 * 128, box.outerHTML).to.equal(scheme === 'dark');
        const { violations, named } = await audit(await axeIn(page), shown);
        expect(violations, violations.join('\n')).to.deep.equal([]);
        // axe looked inside both shadow roots: it checked the names of all four buttons.
        expect(named).to.equal(4);
        // Loading axe broke no rule of the page's policy.
        expect((page.window as unknown as { __violations: string[] }).__violations).to.deep.equal([]);
      });
    }
  }

  it('reports a placeholder button that has lost its name, so a real violation fails the checks above', async () => {
    const page = await openServices('en');
    const shown = await placeholders(page);
    shown[0].shadowRoot!.querySelector('[part="placeholder-load"]')!.textContent = '';
    const { violations } = await audit(await axeIn(page), shown);
    expect(violations.some((line) => line.startsWith('button-name: '))).to.equal(true);
  });
});

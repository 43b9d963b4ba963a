import { expect } from '@open-wc/testing';
import type { CookiePolicy } from '../../src/cookie-policy.js';
import { mountWithRegistry, rendered, resetPage } from '../helpers/mount.js';
import { makeRegistry, type RegistryData } from '../registry/factories.js';

// The policy tables of a long registry: the first rows come with the view, the others in later
// tasks. Assertions compare numbers and strings only (chai's formatter can hang on a big DOM).

const COUNT = 1000;

/** The factory registry with `count` cookies: its five cookies in turn, named c0, c1… (every fifth also d…). */
function longRegistry(count = COUNT, prefix = 'c'): RegistryData {
  const registry = makeRegistry();
  const base = registry.cookies;
  registry.cookies = Array.from({ length: count }, (_, i) => ({
    ...structuredClone(base[i % base.length]),
    names: i % 5 === 4 ? [`${prefix}${i}`, `d${i}`] : [`${prefix}${i}`],
  }));
  return registry;
}

/** Every row the policy shows for `registry` in `lang`, in order, as its cells' texts joined by " | ". */
function expectedRows(registry: RegistryData, lang: 'en' | 'fr'): string[] {
  const local = (value: string | Readonly<Record<string, string>> | undefined) =>
    typeof value === 'string' ? value : (value?.[lang] ?? '');
  const party = lang === 'en' ? 'First party' : 'Interne';
  return registry.categories.flatMap((category) =>
    registry.cookies
      .filter((cookie) => cookie.category === category.id)
      .map((cookie) =>
        [
          local(cookie.provider),
          local(cookie.function),
          cookie.names.join(', '),
          local(cookie.purpose),
          local(cookie.duration),
          party,
        ].join(' | '),
      ),
  );
}

const bodiesOf = (element: CookiePolicy) => [
  ...element.shadowRoot!.querySelectorAll<HTMLTableSectionElement>('[part="table"] tbody'),
];
const rowsIn = (bodies: HTMLTableSectionElement[]) => bodies.reduce((count, body) => count + body.rows.length, 0);
const rowCount = (element: CookiePolicy) => rowsIn(bodiesOf(element));
const rowTexts = (element: CookiePolicy) =>
  bodiesOf(element).flatMap((body) =>
    [...body.rows].map((row) => [...row.cells].map((cell) => cell.textContent).join(' | ')),
  );

/** The first row where `actual` and `expected` differ, described; '' when they are the same. */
function difference(actual: string[], expected: string[]): string {
  const index = expected.findIndex((row, i) => actual[i] !== row);
  if (index === -1 && actual.length === expected.length) return '';
  const at = index === -1 ? expected.length : index;
  return `${actual.length} rows, ${expected.length} expected; row ${at}: ${actual[at]} ≠ ${expected[at]}`;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves at the first animation frame where `check()` holds; rejects after `ms`. */
async function until(check: () => boolean, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`not met within ${ms} ms: ${check}`);
    await nextFrame();
  }
}

/** Waits for the element's rows to reach `count`, then two more frames: a stray late row would show. */
async function complete(element: CookiePolicy, count: number): Promise<void> {
  await until(() => rowCount(element) >= count);
  await nextFrame();
  await nextFrame();
}

describe('<cookie-policy view="policy"> with a long registry', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('shows the first rows with the view, then every row, in order, a little later', async () => {
    const registry = longRegistry();
    const element = await mountWithRegistry(registry, { view: 'policy', lang: 'en' });
    const first = rowCount(element);
    expect(first > 0 && first < COUNT, `${first} rows right after the update`).to.equal(true);
    expect(rowTexts(element)[0]).to.equal(expectedRows(registry, 'en')[0]);
    await complete(element, COUNT);
    expect(rowCount(element)).to.equal(COUNT);
    expect(difference(rowTexts(element), expectedRows(registry, 'en'))).to.equal('');
    // The provider link rule holds for the rows added later too.
    const links = element.shadowRoot!.querySelectorAll('td a');
    expect(links.length).to.equal(COUNT / 5);
    expect(links[links.length - 1].getAttribute('href')).to.equal('https://matomo.org/privacy-policy/');
  });

  it('starts again from the first screen when the language changes mid-way, and ends with every row translated', async () => {
    const registry = longRegistry();
    const element = await mountWithRegistry(registry, { view: 'policy', lang: 'en' });
    const before = rowCount(element);
    expect(before < COUNT, `${before} rows before the change`).to.equal(true);
    element.lang = 'fr';
    await element.updateComplete;
    expect(rowCount(element) <= before, `${rowCount(element)} rows right after the change`).to.equal(true);
    expect(rowTexts(element)[0]).to.equal(expectedRows(registry, 'fr')[0]);
    await complete(element, COUNT);
    expect(rowCount(element)).to.equal(COUNT);
    expect(difference(rowTexts(element), expectedRows(registry, 'fr'))).to.equal('');
  });

  it("shows the new registry's rows, and only them, when the registry changes mid-way", async () => {
    const next = longRegistry(600, 'n');
    const url = URL.createObjectURL(new Blob([JSON.stringify(next)], { type: 'application/json' }));
    try {
      const element = await mountWithRegistry(longRegistry(), { view: 'policy', lang: 'en' });
      expect(rowCount(element) < COUNT).to.equal(true);
      element.src = url;
      await rendered(element);
      expect(rowTexts(element)[0]).to.equal(expectedRows(next, 'en')[0]);
      await complete(element, 600);
      expect(rowCount(element)).to.equal(600);
      expect(difference(rowTexts(element), expectedRows(next, 'en'))).to.equal('');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('keeps its tables and their rows through re-renders that change neither registry nor language', async () => {
    const registry = longRegistry();
    const element = await mountWithRegistry(registry, { view: 'policy', lang: 'en' });
    const bodies = bodiesOf(element);
    // A re-render mid-way (a switch toggled): the same tables go on filling.
    element.shadowRoot!.querySelector<HTMLInputElement>('input[role="switch"]:not(:disabled)')!.click();
    await element.updateComplete;
    expect(bodiesOf(element).every((body, index) => body === bodies[index])).to.equal(true);
    await complete(element, COUNT);
    element.requestUpdate();
    await element.updateComplete;
    expect(bodiesOf(element).every((body, index) => body === bodies[index])).to.equal(true);
    expect(difference(rowTexts(element), expectedRows(registry, 'en'))).to.equal('');
  });

  it('shows every row after a switch to the banner view and back mid-way', async () => {
    const registry = longRegistry();
    const element = await mountWithRegistry(registry, { view: 'policy', lang: 'en' });
    expect(rowCount(element) < COUNT).to.equal(true);
    element.view = 'banner';
    await element.updateComplete;
    // Long enough for the detached tables' next task to see them out of the page and stop.
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 50));
    element.view = 'policy';
    await element.updateComplete;
    await complete(element, COUNT);
    expect(rowCount(element)).to.equal(COUNT);
    expect(difference(rowTexts(element), expectedRows(registry, 'en'))).to.equal('');
  });

  it('builds no row while taken out of the page, and completes its tables once put back', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const registry = longRegistry();
      const element = await mountWithRegistry(registry, { view: 'policy', lang: 'en' });
      const parent = element.parentElement!;
      const before = rowCount(element);
      expect(before < COUNT, `${before} rows before the removal`).to.equal(true);
      element.remove();
      for (let frame = 0; frame < 5; frame++) await nextFrame();
      expect(rowCount(element), 'rows built while out of the page').to.equal(before);
      parent.append(element);
      await complete(element, COUNT);
      expect(rowCount(element)).to.equal(COUNT);
      expect(difference(rowTexts(element), expectedRows(registry, 'en'))).to.equal('');
      expect(errors.join('\n')).to.equal('');
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('renders every remaining row synchronously before printing (a printed policy has every row)', async () => {
    const registry = longRegistry();
    const element = await mountWithRegistry(registry, { view: 'policy', lang: 'en' });
    expect(rowCount(element) < COUNT).to.equal(true);
    window.dispatchEvent(new Event('beforeprint'));
    expect(rowCount(element)).to.equal(COUNT);
    expect(difference(rowTexts(element), expectedRows(registry, 'en'))).to.equal('');
  });
});

describe('<cookie-policy> preferences dialog with a long registry', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  const items = (element: CookiePolicy) => element.shadowRoot!.querySelectorAll('dialog .cookies li').length;

  it('shows at once with its first cookies, and the others in later frames', async () => {
    const element = await mountWithRegistry(longRegistry(), { lang: 'en' });
    const opened = element.showPreferences();
    await element.updateComplete;
    const first = items(element);
    expect(first > 0 && first < COUNT, `${first} cookies listed with the dialog`).to.equal(true);
    await opened;
    expect(element.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    await until(() => items(element) >= COUNT);
    await nextFrame();
    expect(items(element)).to.equal(COUNT);
    const names = [...element.shadowRoot!.querySelectorAll('dialog .cookies li code')].map((code) => code.textContent);
    expect(names.slice(0, 3)).to.deep.equal(['c0', 'c1', 'c2']);
  });

  it('lists every cookie synchronously before printing', async () => {
    const element = await mountWithRegistry(longRegistry(), { lang: 'en' });
    await element.showPreferences();
    expect(items(element) < COUNT).to.equal(true);
    window.dispatchEvent(new Event('beforeprint'));
    expect(items(element)).to.equal(COUNT);
  });

  it('starts from its first cookies again at each opening', async () => {
    const element = await mountWithRegistry(longRegistry(), { lang: 'en' });
    await element.showPreferences();
    window.dispatchEvent(new Event('beforeprint'));
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="close"]')!.click();
    await element.updateComplete;
    await element.showPreferences();
    expect(items(element) < COUNT, `${items(element)} cookies at the second opening`).to.equal(true);
  });
});

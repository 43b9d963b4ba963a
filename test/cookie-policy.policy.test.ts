import { expect } from '@open-wc/testing';
import type { CookiePolicy } from '../src/cookie-policy.js';
import { mountWithRegistry, rendered, resetPage } from './helpers/mount.js';
import { makeRegistry } from './registry/factories.js';

const root = (element: CookiePolicy) => element.shadowRoot!;
const texts = (element: CookiePolicy, selector: string) =>
  [...root(element).querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

function capturedConsoleErrors(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.error = original) };
}

describe('<cookie-policy view="policy">', () => {
  beforeEach(() => resetPage());
  afterEach(() => resetPage());

  it('renders the seed portal policy: site, texts, one table per category named by its heading', async () => {
    const element = await mountWithRegistry(undefined, {
      view: 'policy',
      src: '/demo/registries/twisto.opendatasoft.com.json',
    });
    const policy = root(element).querySelector('[part="policy"]')!;
    expect(policy.querySelector('[part="title"]')!.textContent).to.equal('Cookie policy');
    expect(policy.textContent).to.contain('What is a cookie?');
    expect(policy.textContent).to.contain('Kinds of cookies');
    expect(policy.textContent).to.contain('twisto.opendatasoft.com uses');
    expect(texts(element, 'section[part="category"] h4')).to.deep.equal([
      'Cookies necessary for the platform to function properly',
      'Statistics cookies',
    ]);
    const tableNames = [...root(element).querySelectorAll('[part="table"]')].map(
      (table) => root(element).getElementById(table.getAttribute('aria-labelledby')!)!.textContent,
    );
    expect(tableNames).to.deep.equal(['Cookies necessary for the platform to function properly', 'Statistics cookies']);
    const headers = [...root(element).querySelectorAll('[part="table"]')[0].querySelectorAll('th')].map(
      (th) => th.textContent!.trim(),
    );
    expect(headers).to.deep.equal([
      "Service provider's name",
      'Function and location',
      'Cookie name(s)',
      'Purposes',
      'Duration',
      'Party',
    ]);
    expect(texts(element, 'td code')).to.deep.equal([
      'sessionid',
      'django_language',
      'csrftoken',
      'cookies_preferences',
      '_pk_id.*',
      '_pk_ses.*',
    ]);
    const firstRow = [...root(element).querySelectorAll('tbody tr')[0].querySelectorAll('td')].map((td) =>
      td.textContent!.trim(),
    );
    expect(firstRow).to.deep.equal([
      'Opendatasoft',
      'Authentication (front and back office)',
      'sessionid',
      'To remember the user from one page to another',
      '2 weeks',
      'First party',
    ]);
  });

  it('shows every cookie name of every category of the factory registry', async () => {
    const registry = makeRegistry();
    const element = await mountWithRegistry(registry, { view: 'policy' });
    const expected = registry.cookies.flatMap((cookie) => cookie.names);
    expect(texts(element, 'td code')).to.deep.equal(expected);
    expect(root(element).querySelectorAll('[part="table"]')).to.have.length(registry.categories.length);
  });

  it('leaves out the duration and party columns when no cookie of the category gives them', async () => {
    const registry = makeRegistry();
    const bare = {
      ...registry,
      cookies: registry.cookies.map(({ duration: _duration, party: _party, ...cookie }) => cookie),
    };
    const element = await mountWithRegistry(bare, { view: 'policy' });
    const headers = texts(element, '[part="table"]:first-of-type th');
    expect(headers).to.not.include('Duration');
    expect(headers).to.not.include('Party');
    expect(root(element).querySelector('tbody tr')!.children).to.have.length(4);
  });

  it('says so when a category declares no cookie', async () => {
    const registry = makeRegistry();
    const withEmpty = {
      ...registry,
      categories: [...registry.categories, { id: 'marketing', title: 'Marketing' }],
    };
    const element = await mountWithRegistry(withEmpty, { view: 'policy' });
    const sections = root(element).querySelectorAll('section[part="category"]');
    expect(sections[sections.length - 1].textContent).to.contain('No cookie is declared in this category.');
  });

  it('links a provider only when its policyUrl is http(s)', async () => {
    const registry = makeRegistry();
    const cookies = [
      { ...registry.cookies[0], provider: 'Safe', policyUrl: 'https://example.org/privacy' },
      { ...registry.cookies[1], provider: 'Script', policyUrl: 'javascript:alert(1)' },
      { ...registry.cookies[2], provider: 'Data', policyUrl: ' data:text/html,<b>x</b>' },
      { ...registry.cookies[3], provider: 'Relative', policyUrl: '/privacy' },
    ];
    const element = await mountWithRegistry({ ...registry, cookies }, { view: 'policy' });
    const links = [...root(element).querySelectorAll('td a')] as HTMLAnchorElement[];
    expect(links.map((link) => link.textContent)).to.deep.equal(['Safe', 'Relative']);
    expect(links[0].href).to.equal('https://example.org/privacy');
    expect(links[0].getAttribute('aria-label')).to.equal('Privacy policy of Safe');
    expect(links[1].href).to.equal(new URL('/privacy', location.href).href);
  });

  it('renders registry text as text, never as HTML', async () => {
    const registry = makeRegistry();
    const payload = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const element = await mountWithRegistry(
      {
        ...registry,
        site: payload,
        cookies: [{ ...registry.cookies[0], provider: payload, purpose: payload, names: [payload] }],
      },
      { view: 'policy' },
    );
    expect(root(element).querySelector('img')).to.equal(null);
    expect(root(element).querySelector('b')).to.equal(null);
    expect(texts(element, 'td code')).to.deep.equal([payload]);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('keeps the table rows as they are while only the switches change, and translates them with the language', async () => {
    const element = await mountWithRegistry(makeRegistry(), { view: 'policy' });
    const row = root(element).querySelector('tbody tr');
    const observer = new MutationObserver(() => {});
    observer.observe(root(element).querySelector('tbody')!, { childList: true, subtree: true, characterData: true });
    root(element).querySelector<HTMLInputElement>('[part="toggle"][data-category="analytics"]')!.click();
    await element.updateComplete;
    expect(observer.takeRecords(), 'mutations of the table body').to.deep.equal([]);
    expect(root(element).querySelector('tbody tr') === row).to.equal(true);
    element.lang = 'fr';
    await element.updateComplete;
    expect(texts(element, 'th')[0]).to.equal('Nom du prestataire');
    observer.disconnect();
  });

  describe('language', () => {
    const title = (element: CookiePolicy) => root(element).querySelector('[part="title"]')!.textContent;

    it('follows the element lang attribute', async () => {
      const element = await mountWithRegistry(makeRegistry(), { view: 'policy', lang: 'fr' });
      expect(title(element)).to.equal('Politique relative aux cookies');
      expect(texts(element, 'th')[0]).to.equal('Nom du prestataire');
    });

    it('follows the closest ancestor lang', async () => {
      const element = await mountWithRegistry(makeRegistry(), { view: 'policy' }, 'fr');
      expect(title(element)).to.equal('Politique relative aux cookies');
    });

    it('matches a region tag to its primary language (fr-CA → fr)', async () => {
      const element = await mountWithRegistry(makeRegistry(), { view: 'policy', lang: 'fr-CA' });
      expect(title(element)).to.equal('Politique relative aux cookies');
    });

    it("falls back to the registry's first language for a language it does not list", async () => {
      const registry = { ...makeRegistry(), languages: ['fr', 'en'] };
      const element = await mountWithRegistry(registry, { view: 'policy', lang: 'de' });
      expect(title(element)).to.equal('Politique relative aux cookies');
    });

    it('uses <html lang> when nothing closer says', async () => {
      const before = document.documentElement.lang;
      document.documentElement.lang = 'fr';
      try {
        const element = await mountWithRegistry(makeRegistry(), { view: 'policy' });
        expect(title(element)).to.equal('Politique relative aux cookies');
      } finally {
        document.documentElement.lang = before;
      }
    });

    it('applies the registry texts over the built-in ones, key by key', async () => {
      const registry = { ...makeRegistry(), texts: { en: { policyTitle: 'Our cookies' } } };
      const element = await mountWithRegistry(registry, { view: 'policy', lang: 'en' });
      expect(title(element)).to.equal('Our cookies');
      expect(root(element).textContent).to.contain('What is a cookie?');
    });

    it('re-renders when lang changes', async () => {
      const element = await mountWithRegistry(makeRegistry(), { view: 'policy', lang: 'en' });
      element.lang = 'fr';
      await element.updateComplete;
      expect(title(element)).to.equal('Politique relative aux cookies');
    });
  });

  describe('errors', () => {
    async function errorOf(registry: unknown, attributes: Record<string, string> = {}) {
      const consoleErrors = capturedConsoleErrors();
      try {
        const element = await mountWithRegistry(registry, { view: 'policy', ...attributes });
        const error = root(element).querySelector('[part="error"]');
        expect(error, 'error part').to.not.equal(null);
        expect(root(element).querySelector('[part="policy"]')).to.equal(null);
        return { text: error!.textContent!, logged: consoleErrors.messages.join('\n') };
      } finally {
        consoleErrors.restore();
      }
    }

    it('names the HTTP status when the registry cannot be fetched', async () => {
      const { text, logged } = await errorOf(undefined, { src: '/e2e/status/404' });
      expect(text).to.contain('HTTP 404');
      expect(logged).to.contain('HTTP 404');
    });

    it('says when the registry is not JSON', async () => {
      const { text, logged } = await errorOf('{ not json');
      expect(text).to.contain('not JSON');
      expect(logged).to.contain('not JSON');
    });

    it('names the JSON Pointer of an invalid field', async () => {
      const registry = makeRegistry();
      const broken = { ...registry, cookies: [{ ...registry.cookies[0], names: [] }] };
      const { text, logged } = await errorOf(broken);
      expect(text).to.contain('/cookies/0/names');
      expect(logged).to.contain('/cookies/0/names');
    });

    it('names /cookies/N/category for a cookie of an undeclared category', async () => {
      const registry = makeRegistry();
      const broken = { ...registry, cookies: [...registry.cookies, { ...registry.cookies[0], category: 'ads' }] };
      const { text } = await errorOf(broken);
      expect(text).to.contain(`/cookies/${registry.cookies.length}/category`);
    });

    it('explains that there is no registry at all', async () => {
      const consoleErrors = capturedConsoleErrors();
      try {
        const element = document.createElement('cookie-policy');
        element.view = 'policy';
        document.body.append(element);
        await rendered(element);
        expect(root(element).querySelector('[part="error"]')!.textContent).to.contain('no registry');
        element.remove();
      } finally {
        consoleErrors.restore();
      }
    });
  });

  describe('accessibility', () => {
    it('has no axe violations in English', async () => {
      const element = await mountWithRegistry(makeRegistry(), { view: 'policy', lang: 'en' });
      await expect(element).to.be.accessible();
    });

    it('has no axe violations in French', async () => {
      const element = await mountWithRegistry(makeRegistry(), { view: 'policy', lang: 'fr' });
      await expect(element).to.be.accessible();
    });

    it('has no axe violations in its error state', async () => {
      const consoleErrors = capturedConsoleErrors();
      try {
        const element = await mountWithRegistry('nope', { view: 'policy' });
        await expect(element).to.be.accessible();
      } finally {
        consoleErrors.restore();
      }
    });
  });
});

import { expect } from '@open-wc/testing';
import { parseRegistry, RegistryError, resolveHttpUrl, validateRegistry } from '../../src/registry/parse.js';
import { invalidRegistries, validRegistries, withServices } from './corpus.js';
import { makeRegistry } from './factories.js';

/** The error `parseRegistry(input)` throws; fails the test when it throws nothing. */
function errorOf(input: unknown): RegistryError {
  try {
    parseRegistry(input);
  } catch (error) {
    expect(error).to.be.instanceOf(RegistryError);
    return error as RegistryError;
  }
  expect.fail('parseRegistry accepted an invalid registry');
}

const withoutSchemaKey = (registry: unknown) => {
  const { $schema: _ignored, ...rest } = registry as Record<string, unknown>;
  return rest;
};

describe('parseRegistry', () => {
  describe('accepts every valid registry of the corpus and returns the same data', () => {
    for (const { name, registry } of validRegistries) {
      it(name, () => {
        expect(parseRegistry(registry)).to.deep.equal(withoutSchemaKey(registry));
      });
    }
  });

  describe('rejects every invalid registry of the corpus at its JSON Pointer', () => {
    for (const { name, registry, pointer } of invalidRegistries) {
      it(`${name} → ${pointer || '(root)'}`, () => {
        const error = errorOf(registry);
        expect(error.pointer).to.equal(pointer);
        expect(error.message.startsWith(`${pointer || '/'}: `), error.message).to.equal(true);
      });
    }
  });

  describe('error messages', () => {
    const messageOf = (input: unknown) => errorOf(input).message;
    const registry = makeRegistry;

    it('names the root "/" in the message but leaves the pointer empty', () => {
      const error = errorOf([]);
      expect(error.message).to.equal('/: expected an object');
      expect(error.pointer).to.equal('');
    });

    it('is a RegistryError: an Error with its name, no HTTP status', () => {
      const error = errorOf(null);
      expect(error).to.be.instanceOf(Error);
      expect(error.name).to.equal('RegistryError');
      expect(error.status).to.equal(undefined);
    });

    it('says a required field is missing, rather than of the wrong type, when it is absent', () => {
      const { revision: _revision, ...rest } = registry();
      expect(messageOf(rest)).to.equal('/revision: missing (a required field)');
    });

    it('still says what a required field should be when it is present but wrong', () => {
      expect(messageOf({ ...registry(), revision: '' })).to.equal('/revision: expected a non-empty string');
    });

    it('says what the names of a cookie should be', () => {
      const broken = registry();
      broken.cookies[4].names = [];
      expect(messageOf(broken)).to.equal('/cookies/4/names: expected a non-empty array of strings');
    });

    it('points at an empty cookie name inside names', () => {
      const broken = registry();
      broken.cookies[4].names = ['_pk_id.*', ''];
      expect(messageOf(broken)).to.equal('/cookies/4/names/1: expected a non-empty string');
    });

    it('names an unknown property at its own pointer', () => {
      expect(messageOf({ ...registry(), colour: 'blue' })).to.equal('/colour: unknown property');
      const broken = registry();
      Object.assign(broken.cookies[0], { colour: 'brown' });
      expect(messageOf(broken)).to.equal('/cookies/0/colour: unknown property');
    });

    it('quotes a duplicate category id', () => {
      const broken = registry();
      broken.categories.push({ id: 'analytics', title: 'Again' });
      expect(messageOf(broken)).to.equal('/categories/2/id: duplicate category id "analytics"');
    });

    it('quotes an undeclared cookie category', () => {
      const broken = registry();
      broken.cookies[2].category = 'ads';
      expect(messageOf(broken)).to.equal('/cookies/2/category: unknown category "ads"');
    });

    it('says that category and service ids share one namespace', () => {
      const broken = withServices();
      broken.services![1].id = 'analytics';
      expect(messageOf(broken)).to.equal('/services/1/id: duplicate id "analytics"');
      const twice = withServices();
      twice.services![2].id = 'matomo';
      expect(messageOf(twice)).to.equal('/services/2/id: duplicate id "matomo"');
    });

    it('quotes the unknown category of a service', () => {
      const broken = withServices();
      broken.services![2].category = 'ads';
      expect(messageOf(broken)).to.equal('/services/2/category: unknown category "ads"');
    });

    it('quotes an unknown cookie service, and one of another category', () => {
      const unknown = withServices();
      unknown.cookies[5].service = 'hotjar';
      expect(messageOf(unknown)).to.equal('/cookies/5/service: unknown service "hotjar"');
      const elsewhere = withServices();
      elsewhere.cookies[6].service = 'matomo';
      expect(messageOf(elsewhere)).to.equal('/cookies/6/service: service "matomo" is not of category "marketing"');
    });

    it('points at the later of two equal languages', () => {
      expect(messageOf({ ...registry(), languages: ['en', 'fr', 'en'] })).to.equal('/languages/2: duplicate "en"');
    });

    it('shows the expected shape of a language tag', () => {
      expect(messageOf({ ...registry(), languages: ['english'] })).to.equal(
        '/languages/0: expected a language tag like "en" or "fr-CA"',
      );
    });

    it('lists the allowed values of an enumeration', () => {
      const broken = registry();
      broken.cookies[0].party = 'second' as 'first';
      expect(messageOf(broken)).to.equal('/cookies/0/party: expected one of first, third');
      const signals = registry();
      signals.categories[1].consentMode = ['ads_storage'];
      expect(messageOf(signals)).to.equal(
        '/categories/1/consentMode/0: expected one of ad_storage, ad_user_data, ad_personalization, ' +
          'analytics_storage, functionality_storage, personalization_storage, security_storage',
      );
      expect(messageOf({ ...registry(), categories: [{ id: 'a', title: 'A', required: 1 }] })).to.equal(
        '/categories/0/required: expected one of true, false',
      );
    });

    it('explains what a localized text may be', () => {
      const broken = registry();
      broken.categories[1].title = {};
      expect(messageOf(broken)).to.equal(
        '/categories/1/title: expected a string or a non-empty object of language tag to string',
      );
      broken.categories[1].title = { en: 'Statistics', fr: 1 as unknown as string };
      expect(messageOf(broken)).to.equal('/categories/1/title/fr: expected a string');
    });

    it('says what a category id may contain', () => {
      const broken = registry();
      broken.categories[1].id = 'web analytics';
      expect(messageOf(broken)).to.equal('/categories/1/id: expected an id of letters, digits, _ or -');
    });

    it('points at a text override with an unknown key', () => {
      expect(messageOf({ ...registry(), texts: { en: { bannerTitel: 'x' } } })).to.equal(
        '/texts/en/bannerTitel: unknown property',
      );
    });
  });

  describe('JSON Pointer escaping (RFC 6901)', () => {
    it('escapes "~" as ~0 and "/" as ~1 in property names', () => {
      expect(errorOf({ ...makeRegistry(), 'a/b~c': 1 }).pointer).to.equal('/a~1b~0c');
      expect(errorOf({ ...makeRegistry(), '~1': 1 }).pointer).to.equal('/~01');
      expect(errorOf({ ...makeRegistry(), texts: { en: { '/': 'x' } } }).pointer).to.equal('/texts/en/~1');
      expect(errorOf({ ...makeRegistry(), texts: { 'e/n': {} } }).pointer).to.equal('/texts/e~1n');
    });

    it('leaves other characters as they are', () => {
      expect(errorOf({ ...makeRegistry(), 'a b%"é': 1 }).pointer).to.equal('/a b%"é');
      expect(errorOf({ ...makeRegistry(), '': 1 }).pointer).to.equal('/');
    });
  });

  describe('what it returns', () => {
    it('drops the editor-only $schema key', () => {
      const registry = parseRegistry({ $schema: './schema.json', ...makeRegistry() });
      expect(registry).to.not.have.property('$schema');
      expect(registry).to.deep.equal(makeRegistry());
    });

    it('keeps absent optional fields absent', () => {
      const registry = parseRegistry({
        revision: '1',
        languages: ['en'],
        categories: [{ id: 'a', title: 'A' }],
        cookies: [],
      });
      expect(Object.keys(registry)).to.deep.equal(['revision', 'languages', 'categories', 'cookies']);
      expect(Object.keys(registry.categories[0])).to.deep.equal(['id', 'title']);
    });

    it('is a copy: editing the input afterwards changes nothing', () => {
      const input = makeRegistry();
      const registry = parseRegistry(input);
      input.languages.push('de');
      input.categories[1].title = 'changed';
      (input.categories[0].title as Record<string, string>).en = 'changed';
      input.cookies[0].names.push('changed');
      expect(registry).to.deep.equal(makeRegistry());
    });

    it('does not modify its input', () => {
      const input = { $schema: 'x', ...makeRegistry() };
      parseRegistry(input);
      expect(input).to.deep.equal({ $schema: 'x', ...makeRegistry() });
    });

    it('copies text overrides key by key', () => {
      const registry = parseRegistry({ ...makeRegistry(), texts: { en: { save: 'Save' }, 'fr-CA': {} } });
      expect(registry.texts).to.deep.equal({ en: { save: 'Save' }, 'fr-CA': {} });
    });
  });

  describe('hostile input', () => {
    afterEach(() => {
      expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').to.equal(undefined);
    });

    it('treats an own __proto__ key as an unknown property, never as a prototype', () => {
      const registry = JSON.parse(JSON.stringify(makeRegistry()).replace('{', '{"__proto__":{"polluted":1},'));
      expect(errorOf(registry).message).to.equal('/__proto__: unknown property');
    });

    it('rejects __proto__ as a language of a text, of the texts, or as a text key', () => {
      const withTitle = makeRegistry();
      withTitle.categories[0].title = JSON.parse('{"en":"x","__proto__":{"polluted":1}}');
      expect(errorOf(withTitle).pointer).to.equal('/categories/0/title/__proto__');
      const withTexts = { ...makeRegistry(), texts: JSON.parse('{"__proto__":{"save":"x"}}') };
      expect(errorOf(withTexts).pointer).to.equal('/texts/__proto__');
      const withKey = { ...makeRegistry(), texts: { en: JSON.parse('{"__proto__":"x"}') } };
      expect(errorOf(withKey).pointer).to.equal('/texts/en/__proto__');
    });

    it('treats names of Object.prototype members as unknown properties', () => {
      for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
        expect(errorOf({ ...makeRegistry(), [key]: 1 }).pointer).to.equal(`/${key}`);
        expect(errorOf({ ...makeRegistry(), texts: { en: { [key]: 'x' } } }).pointer).to.equal(`/texts/en/${key}`);
      }
    });

    it('survives deep nesting anywhere with a RegistryError', () => {
      let deep: unknown = 'leaf';
      for (let level = 0; level < 100_000; level += 1) deep = level % 2 ? { en: deep } : [deep];
      expect(errorOf({ ...makeRegistry(), extra: deep }).pointer).to.equal('/extra');
      expect(errorOf({ ...makeRegistry(), revision: deep }).pointer).to.equal('/revision');
      expect(errorOf({ ...makeRegistry(), languages: deep }).pointer).to.match(/^\/languages/);
      const title = makeRegistry();
      title.categories[0].title = { en: deep as string };
      expect(errorOf(title).pointer).to.equal('/categories/0/title/en');
    });

    it('checks huge arrays in linear time', () => {
      // 200 000 distinct valid tags: xa-0000, xb-0001, …
      const languages = Array.from(
        { length: 200_000 },
        (_, index) => `x${String.fromCharCode(97 + (index % 26))}-${index.toString(36).padStart(4, '0')}`,
      );
      const started = performance.now();
      expect(parseRegistry({ ...makeRegistry(), languages }).languages).to.have.length(200_000);
      const repeated = { ...makeRegistry(), languages: [...languages, languages[0]] };
      expect(errorOf(repeated).pointer).to.equal('/languages/200000');
      const names = Array.from({ length: 200_000 }, (_, index) => `cookie_${index}`);
      const cookies = Array.from({ length: 2_000 }, () => ({
        category: 'analytics',
        provider: 'P',
        names: ['x'],
        purpose: 'p',
      }));
      const registry = makeRegistry();
      registry.cookies[0].names = names;
      expect(parseRegistry({ ...registry, cookies: [...registry.cookies, ...cookies] }).cookies).to.have.length(2_005);
      // A quadratic check of 200 000 items takes minutes; linear ones take well under a second in
      // V8 but up to ~3.5 s in WebKitGTK's JavaScriptCore on a loaded CI machine.
      expect(performance.now() - started).to.be.below(10_000);
    });

    it('handles huge strings and odd JSON values', () => {
      const long = 'x'.repeat(5_000_000);
      expect(parseRegistry({ ...makeRegistry(), revision: long }).revision).to.have.length(5_000_000);
      for (const value of [0, -1, 1e308, true, false, null, '', {}, []]) {
        expect(errorOf({ ...makeRegistry(), languages: value }).pointer).to.equal('/languages');
      }
    });
  });
});

describe('resolveHttpUrl', () => {
  const base = 'https://portal.example/explore/dataset/?q=1';

  it('resolves relative URLs against the base', () => {
    expect(resolveHttpUrl('/pages/cookies/', base)).to.equal('https://portal.example/pages/cookies/');
    expect(resolveHttpUrl('policy.html', base)).to.equal('https://portal.example/explore/dataset/policy.html');
    expect(resolveHttpUrl('//cdn.example/p', base)).to.equal('https://cdn.example/p');
  });

  it('keeps absolute http and https URLs, normalized', () => {
    expect(resolveHttpUrl('https://policies.google.com/privacy', base)).to.equal('https://policies.google.com/privacy');
    expect(resolveHttpUrl('HTTP://Example.ORG', base)).to.equal('http://example.org/');
  });

  it('trims surrounding whitespace first', () => {
    expect(resolveHttpUrl('  https://example.org/privacy \n', base)).to.equal('https://example.org/privacy');
    expect(resolveHttpUrl(' javascript:alert(1)', base)).to.equal(null);
  });

  it('refuses every other scheme', () => {
    const others = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'mailto:dpo@example.org',
      'ftp://example.org/',
      'blob:https://portal.example/1',
      'file:///etc/passwd',
    ];
    for (const value of others) {
      expect(resolveHttpUrl(value, base), value).to.equal(null);
    }
  });

  it('returns null for what does not parse, never throws', () => {
    expect(resolveHttpUrl('http://', base)).to.equal(null);
    expect(resolveHttpUrl('https://[::1', base)).to.equal(null);
    expect(resolveHttpUrl('/relative', 'not a base')).to.equal(null);
  });

  it('makes no link of an empty or blank value (it would only point back at the page)', () => {
    expect(resolveHttpUrl('', base)).to.equal(null);
    expect(resolveHttpUrl('   ', base)).to.equal(null);
  });
});

describe('validateRegistry', () => {
  it('returns the parsed registry and no problem for every valid registry of the corpus', () => {
    for (const { name, registry } of validRegistries) {
      const result = validateRegistry(registry);
      expect(result.problems, name).to.deep.equal([]);
      expect(result.registry, name).to.deep.equal(parseRegistry(registry));
    }
  });

  it("reports first exactly the problem parseRegistry throws, for every invalid registry of the corpus", () => {
    for (const { name, registry } of invalidRegistries) {
      const { registry: parsed, problems } = validateRegistry(registry);
      expect(parsed, name).to.equal(null);
      expect(problems.length, name).to.be.greaterThan(0);
      expect(problems[0].message, name).to.equal(errorOf(registry).message);
      expect(problems[0].pointer, name).to.equal(errorOf(registry).pointer);
    }
  });

  it('reports every independent problem in one run, each at its own pointer', () => {
    const broken = makeRegistry() as unknown as Record<string, unknown> & {
      categories: Record<string, unknown>[];
      cookies: Record<string, unknown>[];
    };
    delete broken.revision;
    broken.colour = 'blue';
    broken.categories[1].title = 42;
    broken.cookies[0].names = [];
    broken.cookies[2].category = 'nowhere';
    broken.cookies[3].party = 'second';
    expect(validateRegistry(broken).problems.map(({ pointer }) => pointer)).to.deep.equal([
      '/colour',
      '/revision',
      '/categories/1/title',
      '/cookies/0/names',
      '/cookies/3/party',
      '/cookies/2/category',
    ]);
  });

  it('reports each duplicate category id and each unknown cookie category', () => {
    const broken = makeRegistry();
    broken.categories.push({ ...broken.categories[0] }, { ...broken.categories[0] });
    broken.cookies[0].category = 'nowhere';
    broken.cookies[1].category = 'elsewhere';
    const pointers = validateRegistry(broken).problems.map(({ pointer }) => pointer);
    const last = broken.categories.length - 1;
    expect(pointers).to.deep.equal([`/categories/${last - 1}/id`, `/categories/${last}/id`, '/cookies/0/category', '/cookies/1/category']);
  });

  it('reports every service problem: ids, categories, and the services cookies name', () => {
    const broken = withServices();
    broken.services![0].id = 'necessary';
    broken.services![1].category = 'nowhere';
    broken.services!.push({ id: 'youtube', category: 'marketing', title: 'Again' });
    broken.cookies[5].service = 'hotjar';
    broken.cookies[6].service = 'google-analytics';
    expect(validateRegistry(broken).problems.map(({ message }) => message)).to.deep.equal([
      '/services/0/id: duplicate id "necessary"',
      '/services/1/category: unknown category "nowhere"',
      '/services/3/id: duplicate id "youtube"',
      // matomo is no more: its entry now claims the id "necessary".
      '/cookies/4/service: unknown service "matomo"',
      '/cookies/5/service: unknown service "hotjar"',
      '/cookies/6/service: service "google-analytics" is not of category "marketing"',
    ]);
  });

  it('does not call cookie services unknown when a service id itself is invalid', () => {
    const broken = withServices();
    broken.services![2].id = 'you tube';
    broken.cookies[6].service = 'dailymotion';
    expect(validateRegistry(broken).problems.map(({ pointer }) => pointer)).to.deep.equal(['/services/2/id']);
  });

  it('does not call service categories unknown when a category id itself is invalid', () => {
    const broken = withServices();
    (broken.categories[2] as { id: unknown }).id = 7;
    expect(validateRegistry(broken).problems.map(({ pointer }) => pointer)).to.deep.equal(['/categories/2/id']);
  });

  it('does not call cookie categories unknown when a category id itself is invalid', () => {
    const broken = makeRegistry();
    (broken.categories[0] as { id: unknown }).id = 7;
    expect(validateRegistry(broken).problems.map(({ pointer }) => pointer)).to.deep.equal(['/categories/0/id']);
  });

  it('reports a problem inside a field only once, at the innermost pointer', () => {
    const broken = makeRegistry();
    broken.cookies[4].names = ['_pk_id.*', '', 3 as unknown as string];
    expect(validateRegistry(broken).problems).to.deep.equal([
      { pointer: '/cookies/4/names/1', message: '/cookies/4/names/1: expected a non-empty string' },
      { pointer: '/cookies/4/names/2', message: '/cookies/4/names/2: expected a non-empty string' },
    ]);
  });
});

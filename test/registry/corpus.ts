import { TEXT_KEYS } from '../../src/i18n/text-keys.js';
import { makeRegistry } from './factories.js';

/**
 * One registry the schema and the parser are both checked against. `pointer` is where the parser
 * must report an invalid one; `semantic` marks a rule the schema cannot express (only the parser
 * rejects it).
 */
export interface RegistryCase {
  readonly name: string;
  readonly registry: unknown;
  readonly pointer?: string;
  readonly semantic?: true;
}

type Path = readonly (string | number)[];
type Container = Record<string | number, unknown>;

const REMOVE = Symbol('remove');

/**
 * The factory registry with the value at `path` replaced (or removed). The value is defined as an
 * own property, so a `__proto__` key stays a key instead of changing the prototype.
 */
function edit(path: Path, value: unknown, base: unknown = makeRegistry()): unknown {
  let target = base as Container;
  for (const key of path.slice(0, -1)) target = target[key] as Container;
  const last = path[path.length - 1];
  if (value === REMOVE) delete target[last];
  else Object.defineProperty(target, last, { value, enumerable: true, writable: true, configurable: true });
  return base;
}

const without = (path: Path) => edit(path, REMOVE);

/** The smallest registry the schema allows. */
const minimal = () => ({
  revision: '1',
  languages: ['en'],
  categories: [{ id: 'necessary', title: 'Necessary' }],
  cookies: [],
});

/** The factory registry with two analytics services and a marketing one, every cookie naming its service. */
export const withServices = () => {
  const registry = makeRegistry();
  registry.categories.push({ id: 'marketing', title: { en: 'Marketing', fr: 'Marketing' } });
  registry.services = [
    {
      id: 'matomo',
      category: 'analytics',
      title: 'Matomo',
      description: { en: 'Audience measurement', fr: 'Mesure d’audience' },
      policyUrl: 'https://matomo.org/privacy-policy/',
      consentMode: ['analytics_storage'],
    },
    { id: 'google-analytics', category: 'analytics', title: 'Google Analytics' },
    { id: 'youtube', category: 'marketing', title: 'YouTube' },
  ];
  registry.cookies[4].service = 'matomo';
  registry.cookies.push(
    { category: 'analytics', service: 'google-analytics', provider: 'Google Analytics', names: ['_ga'], purpose: 'Audience' },
    { category: 'marketing', service: 'youtube', provider: 'YouTube', names: ['VISITOR_INFO1_LIVE'], purpose: 'Video' },
  );
  return registry;
};

/** `withServices()` with the value at `path` replaced (or removed, with `REMOVE`). */
const editServices = (path: Path, value: unknown) => edit(path, value, withServices());

const allTexts = () => Object.fromEntries(TEXT_KEYS.map((key) => [key, `text of ${key}`]));

/** Registries both the schema and the parser accept. */
export const validRegistries: readonly RegistryCase[] = [
  { name: 'the factory registry', registry: makeRegistry() },
  { name: 'the smallest registry: one category, no cookie', registry: minimal() },
  { name: 'a $schema key for editors', registry: { $schema: '../schema/cookie-registry.schema.json', ...minimal() } },
  { name: 'site and policyUrl', registry: { ...minimal(), site: 'data.example.org', policyUrl: '/pages/cookies/' } },
  { name: 'an empty policyUrl (any string is allowed)', registry: { ...minimal(), policyUrl: '' } },
  {
    name: 'every text as a plain string',
    registry: {
      ...minimal(),
      categories: [{ id: 'analytics', title: 'Statistics', description: 'Matomo' }],
      cookies: [
        {
          category: 'analytics',
          provider: 'Matomo',
          function: 'Audience',
          names: ['_pk_id.*'],
          purpose: 'Count',
          duration: '13 months',
        },
      ],
    },
  },
  {
    name: 'region, script and three-letter language tags',
    registry: { ...minimal(), languages: ['fr-CA', 'zh-Hant-TW', 'gsw', 'EN-gb'] },
  },
  {
    name: 'a text in a language the registry does not list',
    registry: edit(['categories', 0, 'title'], { en: 'Necessary', de: 'Notwendig' }),
  },
  {
    name: 'text overrides for some keys in two languages',
    registry: {
      ...makeRegistry(),
      texts: { en: { bannerTitle: 'Cookies' }, fr: { save: 'Enregistrer', close: 'Fermer' } },
    },
  },
  {
    name: 'text overrides for every key',
    registry: { ...makeRegistry(), texts: { en: allTexts(), 'fr-CA': allTexts() } },
  },
  { name: 'empty text overrides', registry: { ...makeRegistry(), texts: {} } },
  { name: 'an empty override object for a language', registry: { ...makeRegistry(), texts: { en: {} } } },
  {
    name: 'every Consent Mode v2 signal',
    registry: edit(['categories', 1, 'consentMode'], [
      'ad_storage',
      'ad_user_data',
      'ad_personalization',
      'analytics_storage',
      'functionality_storage',
      'personalization_storage',
      'security_storage',
    ]),
  },
  { name: 'an empty consentMode', registry: edit(['categories', 1, 'consentMode'], []) },
  { name: 'required: false spelled out', registry: edit(['categories', 1, 'required'], false) },
  {
    name: 'ids of letters, digits, _ and -',
    registry: {
      ...minimal(),
      categories: [{ id: 'Third-party_ads2', title: 'Ads' }],
      cookies: [{ category: 'Third-party_ads2', provider: 'Ads Inc.', names: ['ads'], purpose: 'Ads' }],
    },
  },
  {
    name: 'a third-party cookie with prefix names and a non-http policyUrl (links are decided by the UI)',
    registry: edit(['cookies', 4], {
      category: 'analytics',
      provider: 'Google Analytics',
      names: ['_ga', '_ga_*', 'cookie with spaces'],
      purpose: { en: 'Statistics' },
      party: 'third',
      policyUrl: 'javascript:alert(1)',
    }),
  },
  {
    name: 'a category that no cookie uses',
    registry: edit(['categories', 2], { id: 'marketing', title: 'Marketing' }),
  },
  { name: 'a revision of one space (any non-empty string)', registry: { ...minimal(), revision: ' ' } },
  { name: 'services in two categories, cookies naming them', registry: withServices() },
  { name: 'an empty list of services', registry: { ...minimal(), services: [] } },
  { name: 'a service that no cookie names', registry: editServices(['cookies', 5, 'service'], REMOVE) },
  {
    name: 'a service of a required category',
    registry: { ...minimal(), services: [{ id: 'portal', category: 'necessary', title: { en: 'Portal' } }] },
  },
  {
    name: 'a cookie of a category with services that names none (cleared with its category)',
    registry: editServices(['cookies', 4, 'service'], REMOVE),
  },
  {
    name: 'the same cookie name in two entries (tables show what is written)',
    registry: edit(['cookies', 1, 'names'], ['sessionid']),
  },
];

/** Registries the parser rejects at `pointer`; the schema rejects them too unless `semantic`. */
export const invalidRegistries: readonly RegistryCase[] = [
  // The registry itself
  { name: 'an array', registry: [], pointer: '' },
  { name: 'null', registry: null, pointer: '' },
  { name: 'a string', registry: 'registry', pointer: '' },
  { name: 'a number', registry: 42, pointer: '' },
  { name: 'an unknown top-level property', registry: edit(['colour'], 'blue'), pointer: '/colour' },
  { name: 'an unknown property whose name needs RFC 6901 escaping', registry: edit(['a/b~c'], 1), pointer: '/a~1b~0c' },
  {
    name: 'an own __proto__ key',
    registry: JSON.parse(
      '{"__proto__": {"x": 1}, "revision": "1", "languages": ["en"], "categories": [{"id": "a", "title": "A"}], "cookies": []}',
    ),
    pointer: '/__proto__',
  },
  { name: '$schema not a string', registry: edit(['$schema'], 1), pointer: '/$schema' },
  // revision, site, policyUrl
  { name: 'revision missing', registry: without(['revision']), pointer: '/revision' },
  { name: 'revision empty', registry: edit(['revision'], ''), pointer: '/revision' },
  { name: 'revision a number', registry: edit(['revision'], 20240501), pointer: '/revision' },
  { name: 'revision null', registry: edit(['revision'], null), pointer: '/revision' },
  { name: 'site empty', registry: edit(['site'], ''), pointer: '/site' },
  { name: 'site an object', registry: edit(['site'], { en: 'x' }), pointer: '/site' },
  { name: 'policyUrl a number', registry: edit(['policyUrl'], 1), pointer: '/policyUrl' },
  // languages
  { name: 'languages missing', registry: without(['languages']), pointer: '/languages' },
  { name: 'languages empty', registry: edit(['languages'], []), pointer: '/languages' },
  { name: 'languages a string', registry: edit(['languages'], 'en'), pointer: '/languages' },
  { name: 'a language that is a number', registry: edit(['languages', 1], 33), pointer: '/languages/1' },
  { name: 'a language name instead of a tag', registry: edit(['languages', 0], 'english'), pointer: '/languages/0' },
  { name: 'a one-letter language', registry: edit(['languages', 0], 'e'), pointer: '/languages/0' },
  { name: 'an underscore in a language tag', registry: edit(['languages', 0], 'en_US'), pointer: '/languages/0' },
  { name: 'a trailing hyphen in a language tag', registry: edit(['languages', 1], 'fr-'), pointer: '/languages/1' },
  { name: 'a nine-character subtag', registry: edit(['languages', 1], 'fr-abcdefghi'), pointer: '/languages/1' },
  { name: 'a language tag with a trailing newline', registry: edit(['languages', 1], 'fr\n'), pointer: '/languages/1' },
  { name: 'a language listed twice', registry: edit(['languages'], ['en', 'fr', 'en']), pointer: '/languages/2' },
  // categories
  { name: 'categories missing', registry: without(['categories']), pointer: '/categories' },
  { name: 'categories empty', registry: edit(['categories'], []), pointer: '/categories' },
  { name: 'categories an object', registry: edit(['categories'], { necessary: {} }), pointer: '/categories' },
  { name: 'a category that is a string', registry: edit(['categories', 1], 'analytics'), pointer: '/categories/1' },
  { name: 'a category without id', registry: without(['categories', 0, 'id']), pointer: '/categories/0/id' },
  { name: 'a category id that is a number', registry: edit(['categories', 0, 'id'], 1), pointer: '/categories/0/id' },
  {
    name: 'a category id with a space',
    registry: edit(['categories', 1, 'id'], 'web analytics'),
    pointer: '/categories/1/id',
  },
  { name: 'an empty category id', registry: edit(['categories', 1, 'id'], ''), pointer: '/categories/1/id' },
  {
    name: 'required as a string',
    registry: edit(['categories', 0, 'required'], 'yes'),
    pointer: '/categories/0/required',
  },
  { name: 'a category without title', registry: without(['categories', 1, 'title']), pointer: '/categories/1/title' },
  { name: 'a title that is a number', registry: edit(['categories', 1, 'title'], 7), pointer: '/categories/1/title' },
  {
    name: 'a title that is an empty object',
    registry: edit(['categories', 1, 'title'], {}),
    pointer: '/categories/1/title',
  },
  {
    name: 'a title that is an array',
    registry: edit(['categories', 1, 'title'], ['Statistics']),
    pointer: '/categories/1/title',
  },
  {
    name: 'a title with a non-string translation',
    registry: edit(['categories', 1, 'title', 'fr'], 1),
    pointer: '/categories/1/title/fr',
  },
  {
    name: 'a title keyed by a language name',
    registry: edit(['categories', 1, 'title', 'english'], 'Statistics'),
    pointer: '/categories/1/title/english',
  },
  {
    name: 'a title with a __proto__ key',
    registry: edit(['categories', 1, 'title', '__proto__'], 'x'),
    pointer: '/categories/1/title/__proto__',
  },
  {
    name: 'a title key that needs escaping',
    registry: edit(['categories', 1, 'title'], { 'e~n/x': 'x' }),
    pointer: '/categories/1/title/e~0n~1x',
  },
  {
    name: 'a null description',
    registry: edit(['categories', 1, 'description'], null),
    pointer: '/categories/1/description',
  },
  {
    name: 'consentMode a string',
    registry: edit(['categories', 1, 'consentMode'], 'analytics_storage'),
    pointer: '/categories/1/consentMode',
  },
  {
    name: 'an unknown Consent Mode signal',
    registry: edit(['categories', 1, 'consentMode'], ['analytics_storage', 'ads_storage']),
    pointer: '/categories/1/consentMode/1',
  },
  {
    name: 'a Consent Mode signal that is not a string',
    registry: edit(['categories', 1, 'consentMode'], [true]),
    pointer: '/categories/1/consentMode/0',
  },
  {
    name: 'a Consent Mode signal listed twice',
    registry: edit(['categories', 1, 'consentMode'], ['analytics_storage', 'analytics_storage']),
    pointer: '/categories/1/consentMode/1',
  },
  {
    name: 'an unknown category property',
    registry: edit(['categories', 1, 'colour'], 'red'),
    pointer: '/categories/1/colour',
  },
  // cookies
  { name: 'cookies missing', registry: without(['cookies']), pointer: '/cookies' },
  { name: 'cookies an object', registry: edit(['cookies'], {}), pointer: '/cookies' },
  { name: 'a cookie that is null', registry: edit(['cookies', 2], null), pointer: '/cookies/2' },
  { name: 'a cookie without category', registry: without(['cookies', 0, 'category']), pointer: '/cookies/0/category' },
  { name: 'an empty cookie category', registry: edit(['cookies', 0, 'category'], ''), pointer: '/cookies/0/category' },
  {
    name: 'a cookie category that is an array',
    registry: edit(['cookies', 0, 'category'], ['necessary']),
    pointer: '/cookies/0/category',
  },
  { name: 'a cookie without provider', registry: without(['cookies', 4, 'provider']), pointer: '/cookies/4/provider' },
  {
    name: 'a provider that is a boolean',
    registry: edit(['cookies', 4, 'provider'], false),
    pointer: '/cookies/4/provider',
  },
  {
    name: 'a function that is an empty object',
    registry: edit(['cookies', 1, 'function'], {}),
    pointer: '/cookies/1/function',
  },
  { name: 'a cookie without names', registry: without(['cookies', 3, 'names']), pointer: '/cookies/3/names' },
  { name: 'names empty', registry: edit(['cookies', 3, 'names'], []), pointer: '/cookies/3/names' },
  { name: 'names a string', registry: edit(['cookies', 3, 'names'], 'csrftoken'), pointer: '/cookies/3/names' },
  {
    name: 'an empty cookie name',
    registry: edit(['cookies', 4, 'names'], ['_pk_id.*', '']),
    pointer: '/cookies/4/names/1',
  },
  {
    name: 'a cookie name that is a number',
    registry: edit(['cookies', 4, 'names'], [1]),
    pointer: '/cookies/4/names/0',
  },
  { name: 'a cookie without purpose', registry: without(['cookies', 0, 'purpose']), pointer: '/cookies/0/purpose' },
  {
    name: 'a purpose translation that is an array',
    registry: edit(['cookies', 0, 'purpose', 'fr'], ['x']),
    pointer: '/cookies/0/purpose/fr',
  },
  { name: 'party "second"', registry: edit(['cookies', 0, 'party'], 'second'), pointer: '/cookies/0/party' },
  { name: 'party with a capital', registry: edit(['cookies', 0, 'party'], 'First'), pointer: '/cookies/0/party' },
  {
    name: 'a duration that is a number',
    registry: edit(['cookies', 0, 'duration'], 13),
    pointer: '/cookies/0/duration',
  },
  {
    name: 'a cookie policyUrl that is an object',
    registry: edit(['cookies', 4, 'policyUrl'], { href: 'https://x' }),
    pointer: '/cookies/4/policyUrl',
  },
  {
    name: 'an unknown cookie property',
    registry: edit(['cookies', 0, 'colour'], 'brown'),
    pointer: '/cookies/0/colour',
  },
  // texts
  { name: 'texts an array', registry: edit(['texts'], []), pointer: '/texts' },
  { name: 'texts a string', registry: edit(['texts'], 'Cookies'), pointer: '/texts' },
  {
    name: 'texts keyed by a language name',
    registry: edit(['texts'], { english: { save: 'Save' } }),
    pointer: '/texts/english',
  },
  {
    name: 'texts with a __proto__ language',
    registry: edit(['texts'], JSON.parse('{"__proto__": {"save": "Save"}}')),
    pointer: '/texts/__proto__',
  },
  { name: 'texts for a language that are a string', registry: edit(['texts'], { en: 'Save' }), pointer: '/texts/en' },
  {
    name: 'texts with an unknown key',
    registry: edit(['texts'], { en: { bannerTitel: 'Cookies' } }),
    pointer: '/texts/en/bannerTitel',
  },
  {
    name: 'texts with a __proto__ key',
    registry: edit(['texts'], { en: JSON.parse('{"__proto__": "x"}') }),
    pointer: '/texts/en/__proto__',
  },
  {
    name: 'texts with a key that needs escaping',
    registry: edit(['texts'], { en: { 'save/close': 'x' } }),
    pointer: '/texts/en/save~1close',
  },
  {
    name: 'a text override that is a number',
    registry: edit(['texts'], { fr: { save: 1 } }),
    pointer: '/texts/fr/save',
  },
  {
    name: 'a text override that is localized',
    registry: edit(['texts'], { en: { save: { en: 'Save' } } }),
    pointer: '/texts/en/save',
  },
  // services
  { name: 'services an object', registry: editServices(['services'], { matomo: {} }), pointer: '/services' },
  { name: 'a service that is a string', registry: editServices(['services', 1], 'matomo'), pointer: '/services/1' },
  { name: 'a service without id', registry: editServices(['services', 0, 'id'], REMOVE), pointer: '/services/0/id' },
  {
    name: 'a service id with a dot',
    registry: editServices(['services', 1, 'id'], 'google.analytics'),
    pointer: '/services/1/id',
  },
  {
    name: 'a service id with a leading "!" (the refusal gate prefix)',
    registry: editServices(['services', 1, 'id'], '!ga'),
    pointer: '/services/1/id',
  },
  {
    name: 'a service without category',
    registry: editServices(['services', 2, 'category'], REMOVE),
    pointer: '/services/2/category',
  },
  {
    name: 'an empty service category',
    registry: editServices(['services', 2, 'category'], ''),
    pointer: '/services/2/category',
  },
  { name: 'a service without title', registry: editServices(['services', 0, 'title'], REMOVE), pointer: '/services/0/title' },
  {
    name: 'a service title that is an empty object',
    registry: editServices(['services', 0, 'title'], {}),
    pointer: '/services/0/title',
  },
  {
    name: 'a service description that is a number',
    registry: editServices(['services', 0, 'description'], 1),
    pointer: '/services/0/description',
  },
  {
    name: 'a service policyUrl that is an array',
    registry: editServices(['services', 0, 'policyUrl'], ['https://matomo.org/']),
    pointer: '/services/0/policyUrl',
  },
  {
    name: 'an unknown Consent Mode signal on a service',
    registry: editServices(['services', 0, 'consentMode'], ['analytics']),
    pointer: '/services/0/consentMode/0',
  },
  {
    name: 'a Consent Mode signal listed twice on a service',
    registry: editServices(['services', 0, 'consentMode'], ['ad_storage', 'ad_storage']),
    pointer: '/services/0/consentMode/1',
  },
  {
    name: 'an unknown service property',
    registry: editServices(['services', 2, 'required'], true),
    pointer: '/services/2/required',
  },
  { name: 'a cookie service that is empty', registry: editServices(['cookies', 4, 'service'], ''), pointer: '/cookies/4/service' },
  {
    name: 'a cookie service that is an array',
    registry: editServices(['cookies', 4, 'service'], ['matomo']),
    pointer: '/cookies/4/service',
  },
  // rules the schema cannot express
  {
    name: 'a duplicate category id',
    registry: edit(['categories', 2], { id: 'analytics', title: 'Again' }),
    pointer: '/categories/2/id',
    semantic: true,
  },
  {
    name: 'a duplicate category id later in the list',
    registry: edit(['categories'], [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'a', title: 'A' }]),
    pointer: '/categories/2/id',
    semantic: true,
  },
  {
    name: 'a cookie of an undeclared category',
    registry: edit(['cookies', 2, 'category'], 'ads'),
    pointer: '/cookies/2/category',
    semantic: true,
  },
  {
    name: 'a service of an undeclared category',
    registry: editServices(['services', 2, 'category'], 'ads'),
    pointer: '/services/2/category',
    semantic: true,
  },
  {
    name: 'a service whose category is a service id',
    registry: editServices(['services', 2, 'category'], 'matomo'),
    pointer: '/services/2/category',
    semantic: true,
  },
  {
    name: 'a service id that is also a category id',
    registry: editServices(['services', 1, 'id'], 'analytics'),
    pointer: '/services/1/id',
    semantic: true,
  },
  {
    name: 'two services with the same id, in two categories',
    registry: editServices(['services', 2, 'id'], 'matomo'),
    pointer: '/services/2/id',
    semantic: true,
  },
  {
    name: 'a cookie of an undeclared service',
    registry: editServices(['cookies', 5, 'service'], 'hotjar'),
    pointer: '/cookies/5/service',
    semantic: true,
  },
  {
    name: 'a cookie service that is a category id',
    registry: editServices(['cookies', 5, 'service'], 'analytics'),
    pointer: '/cookies/5/service',
    semantic: true,
  },
  {
    name: 'a cookie naming a service when the registry has none',
    registry: edit(['cookies', 4, 'service'], 'matomo'),
    pointer: '/cookies/4/service',
    semantic: true,
  },
  {
    name: 'a cookie naming a service of another category',
    registry: editServices(['cookies', 6, 'service'], 'google-analytics'),
    pointer: '/cookies/6/service',
    semantic: true,
  },
  {
    name: 'a cookie category that differs only in case',
    registry: edit(['cookies', 4, 'category'], 'Analytics'),
    pointer: '/cookies/4/category',
    semantic: true,
  },
];

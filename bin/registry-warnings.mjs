// Checks for registries that are valid but probably wrong. Input is a registry that
// parseRegistry (dist/esm/registry/parse.js) has accepted, so its shape is known.
// Each warning is { pointer, message } where message is `${pointer}: ${problem}`, the form the
// element uses for errors.

/** 13 months, the longest lifetime the CNIL accepts for audience-measurement cookies. */
const MAX_DAYS = (13 * 365.25) / 12;

const DAYS_PER_UNIT = [
  [/^(years?|yrs?|ans?|ann[ée]es?)$/, 365.25],
  [/^(months?|mos?|mois)$/, 365.25 / 12],
  [/^(weeks?|wks?|semaines?)$/, 7],
  [/^(days?|jours?|j|d)$/, 1],
  [/^(hours?|hrs?|h|heures?)$/, 1 / 24],
  [/^(minutes?|mins?)$/, 1 / 1440],
];
const WORD_NUMBERS = { a: 1, an: 1, one: 1, un: 1, une: 1 };

/**
 * Days a duration text stands for, summing every "number unit" pair ("1 year and 2 months",
 * "13 mois", "400 days"), or null when it holds none ("session", "until logout").
 */
export function durationDays(text) {
  let days = null;
  const pairs = /(\d+(?:[.,]\d+)?(?=\s*[a-zà-ÿ])|\b(?:an?|one|une?)(?=\s+[a-zà-ÿ]))\s*([a-zà-ÿ]+)/gi;
  for (const [, amount, unit] of text.matchAll(pairs)) {
    const per = DAYS_PER_UNIT.find(([pattern]) => pattern.test(unit.toLowerCase()))?.[1];
    if (per === undefined) continue;
    const number = WORD_NUMBERS[amount.toLowerCase()] ?? Number(amount.replace(',', '.'));
    days = (days ?? 0) + number * per;
  }
  return days;
}

/** Words that say "statistics or advertising" in a category id or title, in English or French. */
const TRACKING_WORDS =
  /statisti|analytic|audience|marketing|advertis|publicit|tracking|pistage|ciblage|targeting|remarketing/i;

/** Well-known analytics and advertising cookies; a trailing `*` in a registry name is ignored. */
const TRACKING_NAMES = /^(_ga|_ga_.*|_gid|_gat.*|_gcl_.*|__utm.*|_pk_.*|_hj.*|_fbp|_fbc)$/;

const quote = JSON.stringify;

/** A localized value in `lang`, falling back to its first translation, as the element shows it. */
const textIn = (value, lang) => (typeof value === 'string' ? value : (value[lang] ?? Object.values(value)[0]));

/** Equal but for case and spacing: "YouTube" and "Youtube " name the same provider. */
const sameText = (a, b) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();
const at = (pointer, key) => `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** The localized fields of categories, services and cookies, with their pointers. */
function* localizedFields(registry) {
  for (const list of ['categories', 'services']) {
    for (const [index, entry] of (registry[list] ?? []).entries()) {
      for (const field of ['title', 'description']) {
        if (entry[field] !== undefined) yield [`/${list}/${index}/${field}`, entry[field]];
      }
    }
  }
  for (const [index, cookie] of registry.cookies.entries()) {
    for (const field of ['provider', 'function', 'purpose', 'duration']) {
      if (cookie[field] !== undefined) yield [`/cookies/${index}/${field}`, cookie[field]];
    }
  }
}

/**
 * Warnings for a parsed registry.
 * `resolveHttpUrl` is the element's own (dist/esm/registry/parse.js); `hasBuiltInTexts(lang)` says
 * whether the element ships UI texts for a language.
 */
export function registryWarnings(registry, { resolveHttpUrl, hasBuiltInTexts }) {
  const warnings = [];
  const warn = (pointer, problem) => warnings.push({ pointer, message: `${pointer || '/'}: ${problem}` });
  const languages = registry.languages;

  // Durations beyond 13 months.
  for (const [index, cookie] of registry.cookies.entries()) {
    const { duration } = cookie;
    if (duration === undefined) continue;
    const values = typeof duration === 'string' ? [['', duration]] : Object.entries(duration);
    for (const [lang, text] of values) {
      const days = durationDays(text);
      if (days !== null && days > MAX_DAYS + 1e-9) {
        const pointer = lang ? at(`/cookies/${index}/duration`, lang) : `/cookies/${index}/duration`;
        warn(pointer, `${quote(text)} is longer than 13 months, the usual maximum for a consent-based cookie`);
      }
    }
  }

  // Statistics or advertising in a category that needs no consent.
  const required = new Set();
  for (const [index, category] of registry.categories.entries()) {
    if (!category.required) continue;
    required.add(category.id);
    const titles = typeof category.title === 'string' ? [category.title] : Object.values(category.title);
    const word = [category.id, ...titles].map((text) => text.match(TRACKING_WORDS)?.[0]).find(Boolean);
    if (word) {
      warn(
        `/categories/${index}`,
        `required category ${quote(category.id)} looks like statistics or advertising (${quote(word)}): such cookies need consent`,
      );
    }
  }
  for (const [index, cookie] of registry.cookies.entries()) {
    if (!required.has(cookie.category)) continue;
    for (const [nameIndex, name] of cookie.names.entries()) {
      if (TRACKING_NAMES.test(name.replace(/\*$/, ''))) {
        warn(
          `/cookies/${index}/names/${nameIndex}`,
          `${quote(name)} is an analytics or advertising cookie in the required category ${quote(cookie.category)}: it needs consent`,
        );
      }
    }
  }

  // Translations: every localized value in every declared language, and no other.
  for (const [pointer, value] of localizedFields(registry)) {
    if (typeof value === 'string') continue;
    const missing = languages.filter((lang) => !Object.hasOwn(value, lang));
    if (missing.length) {
      warn(pointer, `no text for ${missing.map(quote).join(', ')} (listed in /languages): another language's text is shown instead`);
    }
    for (const lang of Object.keys(value)) {
      if (!languages.includes(lang)) warn(at(pointer, lang), `${quote(lang)} is not listed in /languages: never shown`);
    }
  }
  for (const lang of Object.keys(registry.texts ?? {})) {
    if (!languages.includes(lang)) warn(at('/texts', lang), `${quote(lang)} is not listed in /languages: never shown`);
  }
  for (const [index, lang] of languages.entries()) {
    if (!hasBuiltInTexts(lang) && !registry.texts?.[lang]) {
      warn(
        `/languages/${index}`,
        `no built-in interface texts for ${quote(lang)} and no /texts/${lang}: buttons and headings show in English`,
      );
    }
  }

  // The same cookie name in two places.
  const seen = new Map();
  for (const [index, cookie] of registry.cookies.entries()) {
    for (const [nameIndex, name] of cookie.names.entries()) {
      const pointer = `/cookies/${index}/names/${nameIndex}`;
      if (seen.has(name)) warn(pointer, `${quote(name)} is already listed at ${seen.get(name)}`);
      else seen.set(name, pointer);
    }
  }

  // Services: one that no cookie names, and cookies listed under a title other than their provider.
  const services = registry.services ?? [];
  const named = new Set(registry.cookies.map((cookie) => cookie.service));
  for (const [index, service] of services.entries()) {
    if (!named.has(service.id)) {
      warn(`/services/${index}`, `no cookie names the service ${quote(service.id)}: its switch controls no declared cookie`);
    }
  }
  const byId = new Map(services.map((service) => [service.id, service]));
  for (const [index, cookie] of registry.cookies.entries()) {
    const service = byId.get(cookie.service);
    if (!service) continue;
    const lang = languages.find((code) => !sameText(textIn(cookie.provider, code), textIn(service.title, code)));
    if (lang !== undefined) {
      warn(
        `/cookies/${index}/provider`,
        `${quote(textIn(cookie.provider, lang))} differs from the title of its service ${quote(service.id)} ` +
          `(${quote(textIn(service.title, lang))}): the policy lists these cookies under the service's title`,
      );
    }
  }

  // Links that the element will not render.
  const urls = [['/policyUrl', registry.policyUrl]];
  for (const [index, service] of services.entries()) urls.push([`/services/${index}/policyUrl`, service.policyUrl]);
  for (const [index, cookie] of registry.cookies.entries()) urls.push([`/cookies/${index}/policyUrl`, cookie.policyUrl]);
  for (const [pointer, url] of urls) {
    if (url !== undefined && resolveHttpUrl(url, 'https://example.invalid/') === null) {
      warn(pointer, `${quote(url)} is not an http(s) URL: the element makes no link of it`);
    }
  }

  return warnings;
}

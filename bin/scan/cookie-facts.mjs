// What the Open Cookie Database knows about a cookie name (data/open-cookie-facts.json, built by
// scripts/compact-cookie-facts.mjs). A name it does not list is unknown: nothing is guessed.
import { readFileSync } from 'node:fs';

const DATA = new URL('../../data/open-cookie-facts.json', import.meta.url);

/**
 * @typedef {{ name: string, prefix: boolean, domains: string[], platform: string, category: string,
 *   controller: string, retention: string, privacyUrl: string }} CookieFact
 */

/** Whether `domain` (a cookie's, without its leading dot) is `parent` or one of its subdomains. */
export const isDomainOrBelow = (domain, parent) => domain === parent || domain.endsWith(`.${parent}`);

/**
 * A matcher over the database: `lookup(name, domain)` returns the entry that describes a cookie or
 * storage key of that name set on that domain, or null.
 *
 * An entry matches by name, by prefix where the database marks it as one (`_ga_` for `_ga_XYZ`),
 * and, when it names domains, only for a cookie on one of them or below (Instagram's `sessionid`
 * on instagram.com says nothing about a Django site's `sessionid`). Of several matches, one that
 * names the cookie's domain wins over a generic one, an exact name over a prefix, a longer prefix
 * over a shorter one.
 */
export function loadCookieFacts(file = DATA) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  /** @type {CookieFact[]} */
  const facts = data.cookies.map((row) => Object.fromEntries(data.columns.map((column, index) => [column, row[index]])));
  const exact = new Map();
  const prefixes = [];
  for (const fact of facts) {
    if (fact.prefix) prefixes.push(fact);
    else exact.set(fact.name, [...(exact.get(fact.name) ?? []), fact]);
  }
  const rank = (fact) =>
    (fact.domains.length ? 2000 : 0) + (fact.prefix ? 0 : 1000) + fact.name.length;

  function lookup(name, domain) {
    const host = String(domain ?? '').toLowerCase().replace(/^\./, '');
    const fits = (fact) => fact.domains.length === 0 || fact.domains.some((parent) => isDomainOrBelow(host, parent));
    const candidates = [...(exact.get(name) ?? []), ...prefixes.filter((fact) => name.startsWith(fact.name))].filter(fits);
    let best = null;
    for (const fact of candidates) if (!best || rank(fact) > rank(best)) best = fact;
    return best;
  }

  return { source: data.source, commit: data.commit, size: facts.length, lookup };
}

import { parseCookieString } from '../consent/cookie-string.js';
import type { ConsentListener } from '../consent/decision-store.js';

/**
 * The host and each parent domain a cookie visible on it may have been set for, longest first,
 * stopping before the bare top-level domain. An IP address or a single-label host such as
 * `localhost` has no parent: it is returned alone.
 *
 * @example
 * parentDomains('a.b.example.com'); // ['a.b.example.com', 'b.example.com', 'example.com']
 */
export function parentDomains(hostname: string): string[] {
  if (!hostname.includes('.') || /^[\d.]+$|:/.test(hostname)) return hostname ? [hostname] : [];
  const labels = hostname.split('.');
  return labels.slice(0, -1).map((_, index) => labels.slice(index).join('.'));
}

/**
 * The names in `present` that match one of `patterns`, each once, in the order present: a pattern
 * ending in `*` matches by prefix, any other exactly.
 *
 * @example
 * matchCookieNames(['_pk_id.1.abcd', '_pk_idx', 'keep'], ['_pk_id.*']); // ['_pk_id.1.abcd']
 */
export function matchCookieNames(present: readonly string[], patterns: readonly string[]): string[] {
  const matches = (name: string) =>
    patterns.some((pattern) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern));
  return [...new Set(present.filter(matches))];
}

/**
 * Deletes the cookies present on the page whose names match `patterns` (see `matchCookieNames`),
 * whether they were set host-only or for the host or any parent domain, and returns their names.
 * Only `Path=/` is covered, where trackers put their cookies. Never throws: with cookies blocked
 * there is nothing to delete and the result is empty.
 *
 * @example
 * clearCookies(['_ga', '_ga_*']); // ['_ga', '_ga_ABC123'] and both are gone
 */
export function clearCookies(
  patterns: readonly string[],
  doc: { cookie: string } = document,
  hostname = location.hostname,
): string[] {
  try {
    const present = parseCookieString(doc.cookie).map(([name]) => name);
    const names = matchCookieNames(present, patterns);
    for (const name of names) {
      // Browsers refuse any write to a `__Secure-` or `__Host-` cookie, deletion included, without `Secure`.
      const expire = `${name}=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT${/^__(secure|host)-/i.test(name) ? '; Secure' : ''}`;
      doc.cookie = expire;
      for (const domain of parentDomains(hostname)) doc.cookie = `${expire}; Domain=${domain}`;
    }
    return names;
  } catch {
    return [];
  }
}

/**
 * The cookie-clearing effect: after a decision made on this page, deletes the registry cookies of
 * what it turned off and lists them in the change's `detail.cleared`. It must run before the
 * effects that publish the detail. Decisions from other tabs clear nothing here: the deciding tab
 * already deleted the cookies, which the tabs share.
 *
 * @example
 * store.subscribe(cookieClearing());
 */
export function cookieClearing(clear: (names: readonly string[]) => string[] = (names) => clearCookies(names)): ConsentListener {
  return ({ kind, registry, turnedOff, detail }) => {
    if (kind !== 'decided') return;
    // A cookie goes with its service when it names one, else with its category.
    const off = new Set([...turnedOff.categories, ...turnedOff.services]);
    const names = registry.cookies.filter(({ category, service }) => off.has(service ?? category)).flatMap((cookie) => cookie.names);
    if (!names.length) return;
    try {
      detail.cleared.push(...clear(names));
    } catch {
      // Cookies blocked: there was nothing the page could have stored to delete.
    }
  };
}

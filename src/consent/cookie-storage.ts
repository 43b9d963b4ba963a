import { parseCookieString } from './cookie-string.js';
import type { Decision } from './decision.js';

/** Where and how long the decision cookie is kept (`cookie-name`, `cookie-domain`, `consent-max-age`). */
export interface CookieOptions {
  name: string;
  /** `Domain` attribute, to share one decision across subdomains; host-only when absent. */
  domain?: string;
  maxAgeDays: number;
}

/**
 * The value of the cookie called exactly `name`, URL-decoded and JSON-parsed, or `null` when it is
 * missing or corrupt. Never throws: `document.cookie` itself throws in sandboxed iframes.
 *
 * @example
 * const stored = readDecisionCookie('cookies_preferences'); // unknown: validate before use
 */
export function readDecisionCookie(name: string, doc: { cookie: string } = document): unknown {
  try {
    const value = parseCookieString(doc.cookie).find(([cookie]) => cookie === name)?.[1];
    if (value !== undefined) return JSON.parse(decodeURIComponent(value));
  } catch {
    // Unreadable or corrupt: the same as no decision.
  }
  return null;
}

/**
 * The `Set-Cookie`-style string that stores `decision`: only the decision fields (`services` when
 * it has some), URL-encoded
 * JSON, `Path=/`, `Max-Age`, `SameSite=Lax`, plus `Domain` when given and `Secure` on https.
 *
 * @example
 * document.cookie = serializeDecisionCookie(decision, { name: 'cookies_preferences', maxAgeDays: 180 }, true);
 */
export function serializeDecisionCookie(
  { id, revision, categories, services, decidedAt }: Decision,
  { name, domain, maxAgeDays }: CookieOptions,
  secure: boolean,
): string {
  const value = encodeURIComponent(JSON.stringify({ id, revision, categories, services, decidedAt }));
  return (
    `${name}=${value}; Path=/; Max-Age=${Math.round(maxAgeDays * 86400)}; SameSite=Lax` +
    (domain ? `; Domain=${domain}` : '') +
    (secure ? '; Secure' : '')
  );
}

/**
 * Stores `decision` in the consent cookie and tells whether the browser kept it. Never throws:
 * with cookies blocked the decision simply lives for the current page only.
 *
 * @example
 * writeDecisionCookie(decision, { name: 'cookies_preferences', maxAgeDays: 180 });
 */
export function writeDecisionCookie(
  decision: Decision,
  options: CookieOptions,
  doc: { cookie: string } = document,
  secure = location.protocol === 'https:',
): boolean {
  try {
    // A host-only cookie of the same name, left from before `cookie-domain` was set, would be
    // listed first and shadow the shared one on every later read.
    if (options.domain) doc.cookie = `${options.name}=; Path=/; Max-Age=0`;
    const cookie = serializeDecisionCookie(decision, options, secure);
    doc.cookie = cookie;
    return `; ${doc.cookie}; `.includes(`; ${cookie.slice(0, cookie.indexOf(';'))}; `);
  } catch {
    return false;
  }
}

/**
 * Where the page's decision is kept, seen by the consent core: `read` gives what is stored (to be
 * validated), `write` stores a decision for `maxAgeDays` and says whether it was kept. Today it
 * is the first-party decision cookie ({@link cookieRepository}).
 */
export interface DecisionRepository {
  read(): unknown;
  write(decision: Decision, maxAgeDays: number): boolean;
}

/**
 * The decision cookie as a {@link DecisionRepository}: `name`, `domain`, `Path=/`, `SameSite=Lax`,
 * `Secure` on https. The `maxAgeDays` of a write wins over the options' (a refreshed decision
 * keeps only what remains of its validity).
 *
 * @example
 * const repository = cookieRepository({ name: 'cookies_preferences', maxAgeDays: 180 });
 * repository.write(decision, 180);
 */
export function cookieRepository(
  options: CookieOptions,
  doc: { cookie: string } = document,
  secure = location.protocol === 'https:',
): DecisionRepository {
  return {
    read: () => readDecisionCookie(options.name, doc),
    write: (decision, maxAgeDays) => writeDecisionCookie(decision, { ...options, maxAgeDays }, doc, secure),
  };
}

import { isObject } from '../is-object.js';
import type { Category } from '../registry/types.js';

/**
 * A visitor's decision, exactly as stored in the consent cookie: which categories they allowed,
 * under which registry revision, and when. `id` lets a given decision be found again in the
 * proof-of-consent log.
 */
export interface Decision {
  /** A random UUID naming this decision. */
  id: string;
  /** The registry revision the decision was made under; another revision voids it. */
  revision: string;
  /** Category id → allowed. A category not listed is refused. */
  categories: Record<string, boolean>;
  /** When the decision was made, as an ISO 8601 date. */
  decidedAt: string;
}

/**
 * Where a decision came from: read back at start-up or from another tab (`stored`), one of the
 * element's views, the script API, or the browser's Global Privacy Control signal.
 */
export type DecisionSource = 'stored' | 'banner' | 'preferences' | 'policy' | 'api' | 'gpc';

/** The `cookie-consent-change` event detail, also returned by the element's `consent` property. */
export interface ConsentDetail extends Decision {
  source: DecisionSource;
  /** Names of the cookies deleted because this decision refused a category allowed before. */
  cleared: string[];
}

const DAY = 864e5;

/**
 * Whether `value` (parsed from a cookie or received from another tab) is a decision that still
 * holds: the right shape, made under `revision`, and no older than `maxAgeDays` whatever the
 * cookie's own expiry said.
 *
 * A `decidedAt` up to one day in the future is tolerated (clocks of servers sharing a
 * `cookie-domain`, or a visitor's clock, drift); further ahead it cannot be a real decision, and
 * accepting it would let it outlive `maxAgeDays`.
 *
 * @example
 * if (!isValidDecision(readDecisionCookie('cookies_preferences'), registry.revision, 180, Date.now())) showBanner();
 */
export function isValidDecision(value: unknown, revision: string, maxAgeDays: number, now: number): value is Decision {
  if (!isObject(value) || !isObject(value.categories)) return false;
  const { id, decidedAt } = value;
  const time = typeof decidedAt === 'string' ? Date.parse(decidedAt) : NaN;
  return (
    typeof id === 'string' &&
    id !== '' &&
    value.revision === revision &&
    Object.values(value.categories).every((allowed) => typeof allowed === 'boolean') &&
    now - time <= maxAgeDays * DAY &&
    time - now <= DAY
  );
}

/**
 * How many days of its validity `decision` has left at `now`: `maxAgeDays` minus its age, never
 * more than `maxAgeDays` (a date slightly ahead of the clock) and never less than 0.
 *
 * @example
 * remainingDays(decision, 180, Date.now()); // 179.5 for a decision made 12 hours ago
 */
export function remainingDays(decision: Decision, maxAgeDays: number, now: number): number {
  const age = (now - Date.parse(decision.decidedAt)) / DAY;
  return Math.min(maxAgeDays, Math.max(0, maxAgeDays - Math.max(0, age)));
}

/**
 * Builds the decision for `choices` over the registry's `categories`: every category is listed,
 * required ones are on, the others only when explicitly `true`, and ids the registry does not
 * know are dropped.
 *
 * @example
 * createDecision(registry.categories, { analytics: true }, registry.revision, Date.now(), randomId());
 */
export function createDecision(
  categories: readonly Category[],
  choices: Readonly<Record<string, boolean>>,
  revision: string,
  now: number,
  id: string,
): Decision {
  const allowed: Record<string, boolean> = {};
  for (const category of categories) allowed[category.id] = !!category.required || choices[category.id] === true;
  return { id, revision, categories: allowed, decidedAt: new Date(now).toISOString() };
}

/**
 * Whether the category `id` may run: never when the registry does not know it, always when it is
 * required (it needs no consent), otherwise only when `decision` allows it.
 *
 * @example
 * isGranted(decision, registry.categories, 'analytics');
 */
export function isGranted(decision: Decision | null, categories: readonly Category[], id: string): boolean {
  const category = categories.find((candidate) => candidate.id === id);
  return !!category && (!!category.required || decision?.categories[id] === true);
}

/**
 * A random v4 UUID. `crypto.randomUUID` exists only in secure contexts, so plain-http portals
 * get one built from `crypto.getRandomValues`.
 *
 * @example
 * randomId(); // '3f1c0e2a-…'
 */
export function randomId(
  source: { getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>; randomUUID?: () => string } = crypto,
): string {
  if (source.randomUUID) return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 15) | 64;
  bytes[8] = (bytes[8] & 63) | 128;
  const hex = Array.from(bytes, (byte) => (byte | 256).toString(16).slice(1)).join('');
  return hex.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

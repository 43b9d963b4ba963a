import { isObject } from '../is-object.js';
import type { Registry, Service } from '../registry/types.js';

/**
 * A visitor's decision, exactly as stored in the consent cookie: which categories (and services)
 * they allowed, under which registry revision, and when. `id` lets a given decision be found
 * again in the proof-of-consent log.
 */
export interface Decision {
  /** A random UUID naming this decision. */
  id: string;
  /** The registry revision the decision was made under; another revision voids it. */
  revision: string;
  /** Category id → allowed. A category not listed is refused. */
  categories: Record<string, boolean>;
  /**
   * Service id → allowed; absent when the registry has no services (and in decisions stored
   * before it had some). A service not listed is refused.
   */
  services?: Record<string, boolean>;
  /** When the decision was made, as an ISO 8601 date. */
  decidedAt: string;
}

/**
 * Where a decision came from: read back at start-up or from another tab (`stored`), one of the
 * element's views, the script API, or the browser's Global Privacy Control signal.
 */
export type DecisionSource = 'stored' | 'banner' | 'preferences' | 'policy' | 'api' | 'embed' | 'gpc';

/** The `cookie-consent-change` event detail, also returned by the element's `consent` property. */
export interface ConsentDetail extends Decision {
  /** Service id → allowed, every service of the registry listed; `{}` when it has none. */
  services: Record<string, boolean>;
  source: DecisionSource;
  /** Names of the cookies deleted because this decision refused a category or service allowed before. */
  cleared: string[];
}

const DAY = 864e5;

/** What the consent rules read of a registry: its categories and their services. */
export type Catalog = Pick<Registry, 'categories' | 'services'>;

const isBooleans = (value: unknown): boolean =>
  isObject(value) && Object.values(value).every((allowed) => typeof allowed === 'boolean');

/**
 * Whether `value` (parsed from a cookie or received from another tab) is a decision that still
 * holds: the right shape, made under `revision`, and no older than `maxAgeDays` whatever the
 * cookie's own expiry said. `services`, when present, is an object of booleans like
 * `categories`; a decision without it (made before the registry had services) is still valid.
 *
 * A `decidedAt` up to one day in the future is tolerated (clocks of servers sharing a
 * `cookie-domain`, or a visitor's clock, drift); further ahead it cannot be a real decision, and
 * accepting it would let it outlive `maxAgeDays`.
 *
 * @example
 * if (!isValidDecision(readDecisionCookie('cookies_preferences'), registry.revision, 180, Date.now())) showBanner();
 */
export function isValidDecision(value: unknown, revision: string, maxAgeDays: number, now: number): value is Decision {
  if (!isObject(value)) return false;
  const { id, decidedAt } = value;
  const time = typeof decidedAt === 'string' ? Date.parse(decidedAt) : NaN;
  return (
    typeof id === 'string' &&
    id !== '' &&
    value.revision === revision &&
    isBooleans(value.categories) &&
    (value.services === undefined || isBooleans(value.services)) &&
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
 * The services of the category `categoryId`, in registry order (none for an unknown id).
 *
 * @example
 * servicesOf(registry, 'analytics').map(({ id }) => id); // ['matomo', 'google-analytics']
 */
export function servicesOf(catalog: Catalog, categoryId: string): Service[] {
  return (catalog.services ?? []).filter((service) => service.category === categoryId);
}

/**
 * What an id names: the category itself for a category id, the category a service belongs to for
 * a service id, `undefined` for an id the registry does not know.
 *
 * @example
 * categoryOf(registry, 'youtube'); // 'marketing'
 */
export function categoryOf(catalog: Catalog, id: string): string | undefined {
  return catalog.categories.some((category) => category.id === id)
    ? id
    : catalog.services?.find((service) => service.id === id)?.category;
}

const isRequired = (catalog: Catalog, categoryId: string): boolean =>
  catalog.categories.some(({ id, required }) => id === categoryId && !!required);

/**
 * A decision over the registry: every service on when `isOn` says so (or its category is
 * required), then every category: one with services on exactly when all of them are, one without
 * when required or `chosen` says so. `services` only when the registry has some.
 */
function settle(
  catalog: Catalog,
  { id, revision, decidedAt }: Pick<Decision, 'id' | 'revision' | 'decidedAt'>,
  chosen: Readonly<Record<string, boolean>>,
  isOn: (service: Service) => boolean,
): Decision {
  const services: Record<string, boolean> = {};
  for (const service of catalog.services ?? []) services[service.id] = isRequired(catalog, service.category) || isOn(service);
  const categories: Record<string, boolean> = {};
  for (const category of catalog.categories) {
    const own = servicesOf(catalog, category.id);
    categories[category.id] = own.length
      ? own.every((service) => services[service.id])
      : !!category.required || chosen[category.id] === true;
  }
  return catalog.services?.length ? { id, revision, categories, services, decidedAt } : { id, revision, categories, decidedAt };
}

/**
 * Builds the decision for `choices` (category or service id → allowed) over the registry: every
 * category and every service is listed; required categories and their services are on; a
 * category's choice sets each of its services, and a service's own choice wins over it; what
 * `choices` does not name is refused; ids the registry does not know are dropped. A category
 * with services is on exactly when all of them are. `services` is left out when the registry has
 * none.
 *
 * @example
 * createDecision(registry, { analytics: true, 'google-analytics': false }, registry.revision, Date.now(), randomId());
 */
export function createDecision(
  catalog: Catalog,
  choices: Readonly<Record<string, boolean>>,
  revision: string,
  now: number,
  id: string,
): Decision {
  return settle(
    catalog,
    { id, revision, decidedAt: new Date(now).toISOString() },
    choices,
    (service) => (choices[service.id] ?? choices[service.category]) === true,
  );
}

/**
 * A decision read back (from the cookie, another tab) made effective over the current registry:
 * required categories and their services on; a service the decision does not mention refused; a
 * category with services on exactly when all of them are, so that a decision stored before a
 * category had services leaves it refused until the visitor decides again; unknown ids dropped.
 * Its `id`, `revision` and `decidedAt` are kept.
 *
 * @example
 * const decision = effectiveDecision(registry, stored);
 */
export function effectiveDecision(catalog: Catalog, given: Decision): Decision {
  return settle(catalog, given, given.categories, (service) => given.services?.[service.id] === true);
}

/**
 * The complete choices for a new decision when the visitor (or a script) names only some ids:
 * what `current` allowed (nothing when there is no decision yet), then each named category with
 * all its services, then each named service on its own.
 *
 * @example
 * createDecision(registry, applyChoices(registry, current, { matomo: true }), revision, Date.now(), randomId());
 */
export function applyChoices(
  catalog: Catalog,
  current: Decision | null,
  choices: Readonly<Record<string, boolean>>,
): Record<string, boolean> {
  const result: Record<string, boolean> = { ...current?.categories, ...current?.services };
  const named = (id: string) => typeof choices[id] === 'boolean';
  for (const { id } of catalog.categories) {
    if (named(id)) for (const service of [{ id }, ...servicesOf(catalog, id)]) result[service.id] = choices[id];
  }
  for (const { id } of catalog.services ?? []) if (named(id)) result[id] = choices[id];
  return result;
}

/**
 * Whether the category or service `id` may run: never when the registry does not know it, always
 * when it is (or belongs to) a required category, otherwise only when `decision` allows it. A
 * category with services is allowed exactly when every one of them is.
 *
 * @example
 * isGranted(decision, registry, 'analytics');
 * isGranted(decision, registry, 'youtube');
 */
export function isGranted(decision: Decision | null, catalog: Catalog, id: string): boolean {
  const category = categoryOf(catalog, id);
  const own = servicesOf(catalog, id);
  const allowed = (service: string) => decision?.services?.[service] === true;
  return (
    category !== undefined &&
    (isRequired(catalog, category) ||
      (category !== id
        ? allowed(id)
        : own.length
          ? own.every((service) => allowed(service.id))
          : decision?.categories[id] === true))
  );
}

/**
 * Whether a decision exists and refuses the category or service `id`: what a refusal gate
 * (`data-cookie-category="!analytics"`) waits for. Never before a decision, never for an id the
 * registry does not know, never for a required category.
 *
 * @example
 * if (isRefused(decision, registry, 'analytics')) runCookielessMeasurement();
 */
export function isRefused(decision: Decision | null, catalog: Catalog, id: string): boolean {
  return !!decision && categoryOf(catalog, id) !== undefined && !isGranted(decision, catalog, id);
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

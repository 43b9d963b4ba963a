import type { Registry } from '../registry/types.js';
import {
  type ConsentDetail,
  type Decision,
  type DecisionSource,
  applyChoices,
  categoryOf,
  createDecision,
  effectiveDecision,
  isGranted,
  isRefused,
  isValidDecision,
  randomId,
} from './decision.js';
import { type VisitFacts, openingOf } from './first-visit.js';

/**
 * How a decision came to be current: `restored` from storage at start-up, `received` from another
 * tab, or `decided` on this page (by the visitor, a script, or Global Privacy Control).
 */
export type ChangeKind = 'restored' | 'received' | 'decided';

/** What one decision changed: what the effects (storage, gate, Consent Mode…) apply to the page. */
export interface ConsentChange {
  readonly kind: ChangeKind;
  readonly registry: Registry;
  /** The decision now current, rebuilt over the registry (every category listed). */
  readonly decision: Decision;
  /** The decision it replaces, `null` for the first one. */
  readonly previous: Decision | null;
  /**
   * What was allowed before and is refused now: the category ids. Per-service consent will list
   * its service ids here too, so that every effect reads "what was turned off" from one place.
   */
  readonly turnedOff: { readonly categories: readonly string[]; readonly services: readonly string[] };
  /** The public detail; the cookie-clearing effect, which runs first, fills its `cleared`. */
  readonly detail: ConsentDetail;
}

/** Called once per change, in subscription order. */
export type ConsentListener = (change: ConsentChange) => void;

/** A choice: category id → allowed, or `true` / `false` for every category. */
export type Choices = Readonly<Record<string, boolean>> | boolean;

/** What the store needs from outside: the clock, the decision ids, and how long a decision holds. */
export interface DecisionStoreOptions {
  readonly maxAgeDays: number;
  readonly now?: () => number;
  readonly id?: () => string;
}

/** Runs a listener whose failure must not stop the others. */
function safely(call: () => void): void {
  try {
    call();
  } catch (error) {
    console.error(error);
  }
}

/**
 * The page's decision and its rules, with no DOM, no cookie and no network: what is granted, how
 * a page starts (the first-visit rule), how a choice becomes a decision (required categories on,
 * unknown ids dropped), which decisions from other tabs are adopted, and what each change turned
 * off. Effects subscribe to it and apply each change to the page.
 *
 * A choice made before the registry has arrived is kept and applied right after `start`.
 *
 * @example
 * const store = new DecisionStore({ maxAgeDays: 180 });
 * store.subscribe(({ detail }) => console.log(detail.categories));
 * store.start(registry, { stored: repository.read(), globalPrivacyControl: false });
 * store.decide(true, 'api');
 */
export class DecisionStore {
  #registry: Registry | null = null;
  #decision: Decision | null = null;
  #detail: ConsentDetail | null = null;
  #pending: { choices: Choices; source: DecisionSource } | null = null;
  readonly #listeners = new Set<ConsentListener>();
  readonly #maxAgeDays: number;
  readonly #now: () => number;
  readonly #id: () => string;

  constructor({ maxAgeDays, now = Date.now, id = randomId }: DecisionStoreOptions) {
    this.#maxAgeDays = maxAgeDays;
    this.#now = now;
    this.#id = id;
  }

  /** The registry given to `start`, `null` before. */
  get registry(): Registry | null {
    return this.#registry;
  }

  /** The current decision as the `cookie-consent-change` detail, `null` before any decision. */
  get consent(): ConsentDetail | null {
    return this.#detail;
  }

  /** Whether a decision holds (stored, made on this page, or from GPC): the banner stays hidden. */
  get decided(): boolean {
    return !!this.#detail;
  }

  /** Whether a choice made before the registry arrived waits to be applied. */
  get pending(): boolean {
    return !!this.#pending;
  }

  /** Whether the category or service `id` may run: never before `start`, then required ones always, others by the decision. */
  isGranted(id: string): boolean {
    return !!this.#registry && isGranted(this.#decision, this.#registry, id);
  }

  /** Whether a decision exists and refuses the category or service `id` (what a `!id` gate waits for). */
  isRefused(id: string): boolean {
    return !!this.#registry && isRefused(this.#decision, this.#registry, id);
  }

  /** The category of a service id, the id itself for a category, `undefined` for an unknown id (or before `start`). */
  categoryOf(id: string): string | undefined {
    return this.#registry ? categoryOf(this.#registry, id) : undefined;
  }

  /**
   * Starts with the page's registry (later calls are ignored): applies the first-visit rule to
   * what storage holds, then a choice made while the registry was loading.
   */
  start(registry: Registry, facts: VisitFacts): void {
    if (this.#registry) return;
    this.#registry = registry;
    const opening = openingOf(facts, registry.revision, this.#maxAgeDays, this.#now());
    if (opening.kind === 'restore') this.#apply(opening.decision, 'restored', 'stored');
    else if (opening.kind === 'refuse-by-gpc') this.#apply(this.#create({}), 'decided', 'gpc');
    const pending = this.#pending;
    this.#pending = null;
    if (pending) this.decide(pending.choices, pending.source);
  }

  /**
   * Records a choice (category or service id → allowed, or all at once; a category sets all its
   * services, a service only itself; ids not named keep their current value, or are refused when
   * there is no decision yet; required categories stay on, unknown ids are dropped) and returns
   * the new detail. Before `start` it is kept for then, and `null`
   * is returned.
   */
  decide(choices: Choices, source: DecisionSource): ConsentDetail | null {
    const registry = this.#registry;
    if (!registry) {
      this.#pending = { choices, source };
      return null;
    }
    let given: Readonly<Record<string, boolean>> = {};
    if (typeof choices === 'boolean') for (const { id } of registry.categories) given = { ...given, [id]: choices };
    else given = applyChoices(registry, this.#decision, choices);
    return this.#apply(this.#create(given), 'decided', source);
  }

  /** Allows every category. */
  acceptAll(source: DecisionSource): ConsentDetail | null {
    return this.decide(true, source);
  }

  /** Refuses every category that is not required. */
  rejectAll(source: DecisionSource): ConsentDetail | null {
    return this.decide(false, source);
  }

  /** A decision another tab made: adopted unless invalid, stale, already known, or older than ours. */
  receive(value: unknown): void {
    const registry = this.#registry;
    const current = this.#decision;
    if (
      registry &&
      isValidDecision(value, registry.revision, this.#maxAgeDays, this.#now()) &&
      value.id !== current?.id &&
      !(current && Date.parse(value.decidedAt) < Date.parse(current.decidedAt))
    ) {
      this.#apply(value, 'received', 'stored');
    }
  }

  /** Calls `listener` after every change from now on; returns the function that stops it. */
  subscribe(listener: ConsentListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Forgets every listener: the store is done. */
  clear(): void {
    this.#listeners.clear();
  }

  #create(choices: Readonly<Record<string, boolean>>): Decision {
    const registry = this.#registry!;
    return createDecision(registry, choices, registry.revision, this.#now(), this.#id());
  }

  #apply(given: Decision, kind: ChangeKind, source: DecisionSource): ConsentDetail {
    const registry = this.#registry!;
    // Rebuilt over the registry: required categories on, unknown ones dropped, every known one listed.
    const decision = effectiveDecision(registry, given);
    const previous = this.#decision;
    const off = (items: readonly { id: string }[], of: (decision: Decision | null) => Record<string, boolean> | undefined) =>
      items.filter(({ id }) => of(previous)?.[id] === true && !of(decision)![id]).map(({ id }) => id);
    const turnedOff = {
      categories: off(registry.categories, (d) => d?.categories),
      services: off(registry.services ?? [], (d) => d?.services),
    };
    const detail: ConsentDetail = {
      ...decision,
      categories: { ...decision.categories },
      services: { ...decision.services },
      source,
      cleared: [],
    };
    this.#decision = decision;
    this.#detail = detail;
    const change: ConsentChange = { kind, registry, decision, previous, turnedOff, detail };
    for (const listener of [...this.#listeners]) safely(() => listener(change));
    return detail;
  }
}

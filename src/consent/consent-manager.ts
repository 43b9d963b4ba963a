import type { Registry } from '../registry/types.js';
import { type GtagWindow, consentSignals, gtagConsent } from './consent-mode.js';
import { type CookieOptions, readDecisionCookie, writeDecisionCookie } from './cookie-storage.js';
import {
  type ConsentDetail,
  type Decision,
  type DecisionSource,
  categoryOf,
  createDecision,
  effectiveDecision,
  isGranted,
  isRefused,
  isValidDecision,
  randomId,
} from './decision.js';
import { sendProof } from './proof-log.js';

/** The element attributes the manager obeys (section 2 of the spec). */
export interface ConsentManagerOptions {
  cookie: CookieOptions;
  /** Drive Google Consent Mode v2. */
  consentMode: boolean;
  /** URL that receives a proof-of-consent record after each decision but a stored one. */
  consentLog?: string;
  /** The language the UI is shown in, read when a proof record is sent. */
  lang: () => string;
}

/** The part of `BroadcastChannel` the manager uses, so that tests can pass their own. */
export interface ConsentChannel {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close?(): void;
}

/** What the manager reads from `navigator`. */
export interface ConsentNavigator {
  /** Global Privacy Control: `true` when the visitor asks every site not to share or sell their data. */
  globalPrivacyControl?: boolean;
  sendBeacon?: Navigator['sendBeacon'];
}

/** The page's APIs, replaceable in tests; each defaults to the real one. */
export interface ConsentManagerDeps {
  doc?: { cookie: string };
  win?: GtagWindow;
  nav?: ConsentNavigator;
  fetch?: typeof fetch;
  now?: () => number;
  id?: () => string;
  /** Deletes cookies by registry name (`*` patterns included); returns the names deleted. */
  clearCookies?: (names: readonly string[]) => string[];
  /** Opens the channel other tabs share; `null` when there is none. */
  channel?: (name: string) => ConsentChannel | null;
  secure?: boolean;
  location?: () => string;
}

interface DecisionMessage {
  type: 'decision';
  decision: Decision;
}

/** Runs a call whose failure (a page's broken `gtag`, a listener, a closed channel) must not stop the rest. */
function safely(call: () => void): void {
  try {
    call();
  } catch (error) {
    console.error(error);
  }
}

/**
 * The page-wide consent state that every `<cookie-policy>` element shares: it reads and validates
 * the stored decision, applies Global Privacy Control, records new decisions (cookie, other tabs,
 * Consent Mode, proof log) and tells its subscribers, exactly once per decision.
 *
 * It never throws because of storage: with cookies blocked, decisions hold for the current page.
 *
 * @example
 * const manager = new ConsentManager({ cookie: { name: 'cookies_preferences', maxAgeDays: 180 }, consentMode: true, lang: () => 'en' });
 * manager.subscribe((detail) => console.log(detail.categories));
 * manager.start(registry);
 * manager.acceptAll('api');
 */
export class ConsentManager {
  #decision: Decision | null = null;
  #detail: ConsentDetail | null = null;
  #channel: ConsentChannel | null = null;
  #started: Registry | null = null;
  readonly #listeners = new Set<(detail: ConsentDetail) => void>();
  readonly #doc: { cookie: string };
  readonly #now: () => number;

  readonly #options: ConsentManagerOptions;
  readonly #deps: ConsentManagerDeps;

  constructor(options: ConsentManagerOptions, deps: ConsentManagerDeps = {}) {
    this.#options = options;
    this.#deps = deps;
    this.#doc = deps.doc ?? document;
    this.#now = deps.now ?? Date.now;
  }

  /** The registry given to `start`, `null` before. */
  get registry(): Registry | null {
    return this.#started;
  }

  /** The current decision as the `cookie-consent-change` detail, `null` before any decision. */
  get consent(): ConsentDetail | null {
    return this.#detail;
  }

  /** Whether a decision holds (stored, made on this page, or from GPC): the banner stays hidden. */
  get decided(): boolean {
    return !!this.#detail;
  }

  /** Whether the category or service `id` may run: never before `start`, then required ones always, others by the decision. */
  isGranted(id: string): boolean {
    return !!this.registry && isGranted(this.#decision, this.registry, id);
  }

  /** Whether a decision exists and refuses the category or service `id`. */
  isRefused(id: string): boolean {
    return !!this.registry && isRefused(this.#decision, this.registry, id);
  }

  /** The category of a service id, the id itself for a category, `undefined` for an unknown id (or before `start`). */
  categoryOf(id: string): string | undefined {
    return this.registry ? categoryOf(this.registry, id) : undefined;
  }

  /**
   * Starts with the page's registry (later calls are ignored): sets Consent Mode's default, then
   * adopts the stored decision if it still holds, else refuses everything optional when the
   * browser sends Global Privacy Control, else waits for the visitor.
   */
  start(registry: Registry): void {
    if (this.#started) return;
    this.#started = registry;
    const options = this.#options;
    const deps = this.#deps;
    if (options.consentMode) {
      const denied = consentSignals(registry.categories, () => false);
      safely(() => gtagConsent('default', { ...denied, wait_for_update: 500 }, deps.win));
    }
    const stored = readDecisionCookie(options.cookie.name, this.#doc);
    if (this.#isCurrent(stored)) {
      this.#apply(stored, 'stored', []);
    } else if ((deps.nav ?? (navigator as ConsentNavigator)).globalPrivacyControl === true) {
      this.#apply(this.#create({}), 'gpc', []);
    }
    try {
      this.#channel = (deps.channel ?? ((name) => new BroadcastChannel(name)))(`cookie-policy:${options.cookie.name}`);
      if (this.#channel) this.#channel.onmessage = ({ data }) => this.#receive(data);
    } catch {
      // No BroadcastChannel: other tabs pick the decision up from the cookie on their next load.
    }
  }

  /**
   * Records the visitor's `choices` (category id → allowed; required categories stay on, unknown
   * ids are dropped) and returns the new detail, or `null` before `start`. Cookies of categories
   * that were allowed and are refused now are deleted and listed in `cleared`.
   */
  decide(choices: Readonly<Record<string, boolean>>, source: DecisionSource): ConsentDetail | null {
    const registry = this.registry;
    if (!registry) return null;
    const previous = this.#decision?.categories ?? {};
    const decision = this.#create(choices);
    const names = registry.cookies
      .filter(({ category }) => previous[category] === true && !decision.categories[category])
      .flatMap((cookie) => cookie.names);
    let cleared: string[] = [];
    if (names.length && this.#deps.clearCookies) {
      try {
        cleared = this.#deps.clearCookies(names);
      } catch {
        // Cookies blocked: there was nothing the page could have stored to delete.
      }
    }
    writeDecisionCookie(decision, this.#options.cookie, this.#doc, this.#deps.secure);
    safely(() => this.#channel?.postMessage({ type: 'decision', decision } satisfies DecisionMessage));
    return this.#apply(decision, source, cleared);
  }

  /** Allows every category. */
  acceptAll(source: DecisionSource): ConsentDetail | null {
    return this.#decideAll(true, source);
  }

  /** Refuses every category that is not required. */
  rejectAll(source: DecisionSource): ConsentDetail | null {
    return this.#decideAll(false, source);
  }

  /** Stops listening to other tabs and forgets every listener: this manager is done. */
  stop(): void {
    safely(() => this.#channel?.close?.());
    if (this.#channel) this.#channel.onmessage = null;
    this.#channel = null;
    this.#listeners.clear();
  }

  /** Calls `listener` after every decision from now on; returns the function that stops it. */
  subscribe(listener: (detail: ConsentDetail) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #decideAll(allowed: boolean, source: DecisionSource): ConsentDetail | null {
    const choices: Record<string, boolean> = {};
    for (const { id } of this.registry?.categories ?? []) choices[id] = allowed;
    return this.decide(choices, source);
  }

  #create(choices: Readonly<Record<string, boolean>>): Decision {
    const registry = this.registry!;
    return createDecision(registry, choices, registry.revision, this.#now(), (this.#deps.id ?? randomId)());
  }

  #isCurrent(value: unknown): value is Decision {
    return isValidDecision(value, this.registry!.revision, this.#options.cookie.maxAgeDays, this.#now());
  }

  /** A decision another tab made: adopted unless stale, already known, or older than ours. */
  #receive(data: unknown): void {
    const decision = (data as Partial<DecisionMessage> | null)?.decision;
    const current = this.#decision;
    if (
      (data as Partial<DecisionMessage> | null)?.type === 'decision' &&
      this.#isCurrent(decision) &&
      decision.id !== current?.id &&
      !(current && Date.parse(decision.decidedAt) < Date.parse(current.decidedAt))
    ) {
      // The deciding tab already deleted the cookies it refused: they are shared.
      this.#apply(decision, 'stored', []);
    }
  }

  #apply(given: Decision, source: DecisionSource, cleared: string[]): ConsentDetail {
    const registry = this.registry!;
    const { categories } = registry;
    const options = this.#options;
    const deps = this.#deps;
    // Rebuilt over the registry: required categories on, unknown ones dropped, every known one listed.
    const decision = effectiveDecision(registry, given);
    const detail: ConsentDetail = {
      ...decision,
      categories: { ...decision.categories },
      services: { ...decision.services },
      source,
      cleared,
    };
    this.#decision = decision;
    this.#detail = detail;
    if (options.consentMode) {
      const signals = consentSignals(categories, (id) => isGranted(decision, registry, id));
      safely(() => gtagConsent('update', signals, deps.win));
    }
    const log = options.consentLog;
    if (log && source !== 'stored') {
      const url = (deps.location ?? (() => location.href))();
      safely(() => sendProof(log, { ...decision, source, lang: options.lang(), url }, deps.nav, deps.fetch));
    }
    for (const listener of [...this.#listeners]) safely(() => listener(detail));
    return detail;
  }
}

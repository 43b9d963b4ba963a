import { CookieConsentChangeEvent } from '../events.js';
import { cookieClearing, clearCookies } from '../gating/clear-cookies.js';
import { EmbedPlaceholders, type PlaceholderHost } from '../gating/embed-placeholders.js';
import { ScriptGate } from '../gating/script-gate.js';
import { RegistryRequests } from '../registry/registry-requests.js';
import type { Registry } from '../registry/types.js';
import { type GtagWindow, consentModeEffect } from './consent-mode.js';
import { type ConsentOptions, optionConflicts } from './consent-options.js';
import { cookieRepository, type DecisionRepository } from './cookie-storage.js';
import { cookieWrite } from './cookie-write.js';
import { type ConsentChannel, crossTabSync, type CrossTabSync } from './cross-tab-sync.js';
import { isSurelyFirstVisit, type VisitFacts } from './first-visit.js';
import { DecisionStore } from './decision-store.js';
import { proofLog } from './proof-log.js';

/** The page's APIs, replaceable in tests; each defaults to the real one. */
export interface ConsentDeps {
  doc?: { cookie: string };
  win?: GtagWindow;
  nav?: { globalPrivacyControl?: boolean; sendBeacon?: Navigator['sendBeacon'] };
  fetch?: typeof fetch;
  now?: () => number;
  id?: () => string;
  /** Deletes cookies by registry name (`*` patterns included); returns the names deleted. */
  clearCookies?: (names: readonly string[]) => string[];
  /** Opens the channel other tabs share; `null` when there is none. */
  channel?: (name: string) => ConsentChannel | null;
  secure?: boolean;
  location?: () => string;
  /** The document whose gated elements the gate activates and where the change event is dispatched. */
  root?: Document;
  /** The language the UI is shown in, for proof records. */
  lang?: () => string;
}

/**
 * The page's one consent object: the decision store and its rules, the storage behind it, and the
 * effects wired to it (cookie clearing, cookie write, cross-tab sync, Consent Mode, proof log,
 * the script gate, the change event). Every `<cookie-policy>` of a page connects to the same one.
 */
export interface PageConsent {
  readonly options: ConsentOptions;
  readonly store: DecisionStore;
  readonly repository: DecisionRepository;
  readonly gate: ScriptGate;
  /** Registry requests by URL: one per URL for the whole page, retried after a failure. */
  readonly registries: RegistryRequests;
  /** Whether the visitor will surely be asked (the early banner), before the registry is known. */
  readonly surelyFirstVisit: boolean;
  /**
   * Starts with the page's registry (later calls only warn when theirs differs): Consent Mode's
   * default, then the stored decision, then the other tabs and the gate, in that order, so that
   * nothing gated runs before the registry and the decision agree.
   */
  start(registry: Registry): void;
  /** The placeholders of blocked embeds, once an element with a registry has started them. */
  placeholders?: EmbedPlaceholders;
  /** Stops the gate and the channel and drops every listener. */
  dispose(): void;
}

/**
 * Starts the page's embed placeholders with an element's texts, kept in step with the decision
 * (after the gate, which loads what a decision allows).
 *
 * @example
 * page.placeholders ??= startPlaceholders(page, host);
 */
export function startPlaceholders(page: PageConsent, host: Omit<PlaceholderHost, 'consent'>): EmbedPlaceholders {
  const placeholders = new EmbedPlaceholders({ ...host, consent: page.store });
  page.store.subscribe(() => placeholders.update());
  placeholders.start();
  return placeholders;
}

/**
 * Creates a page's consent object, as Orejime's `setup()` does: one decision store, its storage,
 * and the effects, each subscribed in the order that the contract needs (cookies are cleared
 * before the change event lists them, Consent Mode is updated before the gate runs anything).
 * Nothing is read or started until `start`, except the guess `surelyFirstVisit`.
 *
 * @example
 * const consent = setupConsent(resolveConsentOptions({ consentMode: true }));
 * consent.start(registry);
 * consent.store.acceptAll('api');
 */
export function setupConsent(options: ConsentOptions, deps: ConsentDeps = {}): PageConsent {
  const now = deps.now ?? Date.now;
  const root = deps.root ?? document;
  const doc = deps.doc ?? root;
  const store = new DecisionStore({ maxAgeDays: options.maxAgeDays, now, id: deps.id });
  const repository = cookieRepository(
    { name: options.cookieName, domain: options.cookieDomain, maxAgeDays: options.maxAgeDays },
    doc,
    deps.secure,
  );
  const gate = new ScriptGate(store, root);
  const facts = (): VisitFacts => ({
    stored: repository.read(),
    globalPrivacyControl: (deps.nav ?? (navigator as ConsentDeps['nav']))?.globalPrivacyControl === true,
  });
  const consentMode = options.consentMode ? consentModeEffect(deps.win) : null;
  let sync: CrossTabSync | null = null;
  let started: Registry | null = null;

  store.subscribe(cookieClearing(deps.clearCookies ?? ((names) => clearCookies(names))));
  store.subscribe(cookieWrite(repository, options.maxAgeDays, now));
  store.subscribe((change) => sync?.effect(change));
  if (consentMode) store.subscribe(consentMode.effect);
  if (options.consentLog) {
    store.subscribe(
      proofLog(options.consentLog, {
        lang: deps.lang ?? (() => root.documentElement.lang || 'en'),
        location: deps.location,
        nav: deps.nav,
        fetch: deps.fetch,
      }),
    );
  }
  store.subscribe(() => gate.update());
  store.subscribe(({ detail }) => root.dispatchEvent(new CookieConsentChangeEvent(detail)));

  return {
    options,
    store,
    repository,
    gate,
    registries: new RegistryRequests(),
    get surelyFirstVisit() {
      return isSurelyFirstVisit(facts());
    },
    start(registry) {
      if (started) {
        if (started !== registry && (started.revision !== registry.revision || started.site !== registry.site)) {
          console.warn(
            `<cookie-policy>: this page loads two different registries; the decision follows the first (revision ${started.revision})`,
          );
        }
        return;
      }
      started = registry;
      consentMode?.setDefault(registry);
      store.start(registry, facts());
      sync = crossTabSync(store, options.cookieName, deps.channel);
      gate.start();
    },
    dispose() {
      this.placeholders?.stop();
      gate.stop();
      sync?.close();
      store.clear();
      const page = root as PageWithConsent;
      if (page[PAGE_CONSENT] === this) delete page[PAGE_CONSENT];
    },
  };
}

/** Where a document keeps its consent object: on itself, so that nothing is kept in a module. */
const PAGE_CONSENT = Symbol('cookie-policy.page-consent');
type PageWithConsent = Document & { [PAGE_CONSENT]?: PageConsent };

/** The consent object `doc` holds, if an element (or a test) has set one up. */
export function pageConsentOf(doc: Document = document): PageConsent | undefined {
  return (doc as PageWithConsent)[PAGE_CONSENT];
}

/**
 * The consent object of `doc` for an element asking for `options`: the one the page holds, or a
 * new one made with them (and `deps`) and kept by the page until it is disposed. An element whose
 * options differ from the page's gets a console warning naming them: the page keeps one decision.
 *
 * @example
 * const consent = connectPageConsent(resolveConsentOptions({ cookieName: 'consent' }));
 */
export function connectPageConsent(options: ConsentOptions, doc: Document = document, deps: ConsentDeps = {}): PageConsent {
  const page = doc as PageWithConsent;
  const running = page[PAGE_CONSENT];
  if (running) {
    const conflicts = optionConflicts(running.options, options);
    if (conflicts.length) {
      console.warn(
        `<cookie-policy>: this element's ${conflicts
          .map(({ attribute, asked, running }) => `${attribute} (${String(asked)}; the page's is ${String(running)})`)
          .join(', ')} ignored: every element of a page shares the consent set up by the first one`,
      );
    }
    return running;
  }
  const created = setupConsent(options, { ...deps, root: doc });
  page[PAGE_CONSENT] = created;
  return created;
}

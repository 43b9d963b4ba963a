import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentOptions } from '../consent/consent-options.js';
import type { ConsentDetail, DecisionSource } from '../consent/decision.js';
import type { Choices } from '../consent/decision-store.js';
import { connectPageConsent, type PageConsent } from '../consent/setup-consent.js';
import type { Registry } from '../registry/types.js';

/**
 * Follows the page's consent for one element: connects it, at its first update (when its
 * attributes are all known), to the page's one consent object, and renders it again after every
 * change of the decision. The element decides nothing about consent itself: it reads from and
 * writes to this controller.
 */
export class PageConsentController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: () => ConsentOptions;
  readonly #lang: () => string;
  readonly #onChange: () => void;
  #page?: PageConsent;
  #unsubscribe?: () => void;

  constructor(host: ReactiveControllerHost, options: () => ConsentOptions, lang: () => string, onChange: () => void) {
    this.#host = host;
    this.#options = options;
    this.#lang = lang;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** The page's consent object (connected on first use). */
  get page(): PageConsent {
    if (!this.#page) {
      this.#page = connectPageConsent(this.#options(), document, { lang: this.#lang });
      this.#follow();
    }
    return this.#page;
  }

  /** The current decision (the `cookie-consent-change` detail), or `null` before one. */
  get consent(): ConsentDetail | null {
    return this.#page?.store.consent ?? null;
  }

  /** Whether a decision holds: the banner gives way to the reopen button. */
  get decided(): boolean {
    return !!this.#page?.store.decided;
  }

  /** Whether the banner can be painted before the registry arrives (see `isSurelyFirstVisit`). */
  get surelyFirstVisit(): boolean {
    return !this.page.store.pending && this.page.surelyFirstVisit;
  }

  hostConnected(): void {
    if (this.#page) this.#follow();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  hostUpdate(): void {
    void this.page;
  }

  /** Starts the page's consent with the element's registry (the first registry of the page wins). */
  start(registry: Registry): void {
    this.page.start(registry);
  }

  /** Records a choice; one made before the registry arrived is applied once it has. */
  decide(choices: Choices, source: DecisionSource): void {
    this.page.store.decide(typeof choices === 'boolean' ? choices : { ...choices }, source);
    this.#host.requestUpdate();
  }

  #follow(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#page!.store.subscribe(() => {
      this.#host.requestUpdate();
      this.#onChange();
    });
  }
}

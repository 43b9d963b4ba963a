import type { ConsentDetail } from './consent/decision.js';

/**
 * Dispatched on `document` whenever the visitor's decision is known or changes: once at start-up
 * when a stored decision is valid, then after every decision; exactly once per decision however many
 * `<cookie-policy>` elements the page holds; never while no decision exists.
 *
 * @example
 * document.addEventListener('cookie-consent-change', (event) => {
 *   if (event.detail.categories.analytics) startAnalytics();
 * });
 */
export class CookieConsentChangeEvent extends CustomEvent<ConsentDetail> {
  static readonly eventName = 'cookie-consent-change';

  constructor(detail: ConsentDetail) {
    super(CookieConsentChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/**
 * Dispatched on a `<cookie-policy>` element once it has loaded its registry and rendered it, or
 * has failed to and rendered its error (`detail.error`, the message shown; `null` on success).
 * It fires again after each change of `src`.
 *
 * @example
 * element.addEventListener('cookie-policy-load', (event) => {
 *   if (event.detail.error) reportBrokenRegistry(event.detail.error);
 * });
 */
export class CookiePolicyLoadEvent extends CustomEvent<{ readonly error: string | null }> {
  static readonly eventName = 'cookie-policy-load';

  constructor(error: string | null) {
    super(CookiePolicyLoadEvent.eventName, { detail: { error }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cookie-consent-change': CookieConsentChangeEvent;
    'cookie-policy-load': CookiePolicyLoadEvent;
  }
  interface DocumentEventMap {
    'cookie-consent-change': CookieConsentChangeEvent;
  }
}

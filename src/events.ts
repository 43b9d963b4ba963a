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

declare global {
  interface GlobalEventHandlersEventMap {
    'cookie-consent-change': CookieConsentChangeEvent;
  }
  interface DocumentEventMap {
    'cookie-consent-change': CookieConsentChangeEvent;
  }
}

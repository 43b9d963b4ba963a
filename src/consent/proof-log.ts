import type { DecisionSource } from './decision.js';
import type { ConsentListener } from './decision-store.js';

/** The proof-of-consent record posted to `consent-log` after each decision but a stored one. */
export interface ProofRecord {
  id: string;
  decidedAt: string;
  revision: string;
  categories: Record<string, boolean>;
  /** Service id → allowed; `{}` when the registry has no services. */
  services: Record<string, boolean>;
  source: DecisionSource;
  /** The language the UI was shown in. */
  lang: string;
  /** `location.href` of the page where the decision was made. */
  url: string;
}

/**
 * Posts `record` as JSON to `url` with `navigator.sendBeacon`, which survives the page unloading
 * right after a click, else with a `keepalive` fetch. Fire and forget: a failed send is dropped,
 * never thrown, and never delays or undoes the decision.
 *
 * @example
 * sendProof('/consent-log', { ...decision, source: 'banner', lang: 'fr', url: location.href });
 */
export function sendProof(
  url: string,
  record: ProofRecord,
  nav: { sendBeacon?: Navigator['sendBeacon'] } = navigator,
  fetchImpl: typeof fetch = fetch,
): void {
  const body = JSON.stringify(record);
  try {
    if (nav.sendBeacon?.(url, new Blob([body], { type: 'application/json' }))) return;
  } catch {
    // Refused (invalid URL, payload quota, non-safelisted type): try fetch instead.
  }
  try {
    fetchImpl(url, {
      method: 'POST',
      body,
      keepalive: true,
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
    }).catch(() => {});
  } catch {
    // A fetch wrapped or replaced by page scripts may throw synchronously; nothing else to try.
  }
}

/** What the proof-log effect reads from the page; each defaults to the real one. */
export interface ProofLogContext {
  /** The language the UI is shown in, read when a record is sent. */
  readonly lang: () => string;
  readonly location?: () => string;
  readonly nav?: { sendBeacon?: Navigator['sendBeacon'] };
  readonly fetch?: typeof fetch;
}

/**
 * The proof-of-consent effect: one record to `url` per decision but a stored one (restored, or
 * received from another tab, which logged it itself).
 *
 * @example
 * store.subscribe(proofLog('/consent-log', { lang: () => 'fr' }));
 */
export function proofLog(url: string, context: ProofLogContext): ConsentListener {
  return ({ decision, detail: { source, services } }) => {
    if (source === 'stored') return;
    const href = (context.location ?? (() => location.href))();
    try {
      sendProof(url, { ...decision, services, source, lang: context.lang(), url: href }, context.nav, context.fetch);
    } catch (error) {
      console.error(error);
    }
  };
}

import { type Decision, isValidDecision } from './decision.js';

/** How a page starts, once the registry is known: the stored decision, GPC's refusal, or asking. */
export type Opening =
  | { readonly kind: 'restore'; readonly decision: Decision }
  | { readonly kind: 'refuse-by-gpc' }
  | { readonly kind: 'ask' };

/** What the first-visit rule reads. */
export interface VisitFacts {
  /** What the decision storage holds (unvalidated). */
  readonly stored: unknown;
  /** `navigator.globalPrivacyControl === true`. */
  readonly globalPrivacyControl: boolean;
}

/**
 * The first-visit rule, once the registry is known: a stored decision that still holds (right
 * shape, `revision`, no older than `maxAgeDays`) is restored; otherwise Global Privacy Control
 * refuses every optional category without asking; otherwise the visitor is asked (the banner).
 *
 * @example
 * openingOf({ stored: repository.read(), globalPrivacyControl: false }, registry.revision, 180, Date.now());
 */
export function openingOf(facts: VisitFacts, revision: string, maxAgeDays: number, now: number): Opening {
  if (isValidDecision(facts.stored, revision, maxAgeDays, now)) return { kind: 'restore', decision: facts.stored };
  return facts.globalPrivacyControl ? { kind: 'refuse-by-gpc' } : { kind: 'ask' };
}

/**
 * The same rule before the registry has arrived: nothing is stored that could hold and no GPC
 * signal, so the visitor will be asked whatever the registry says. The banner can then be painted
 * at once; gating does not depend on this guess (nothing gated runs before the registry).
 *
 * @example
 * if (isSurelyFirstVisit({ stored: repository.read(), globalPrivacyControl: false })) showEarlyBanner();
 */
export function isSurelyFirstVisit(facts: VisitFacts): boolean {
  return facts.stored === null && !facts.globalPrivacyControl;
}

import type { DecisionRepository } from './cookie-storage.js';
import { remainingDays } from './decision.js';
import type { ConsentListener } from './decision-store.js';

/**
 * The effect that keeps the decision in storage. A decision made on this page is written for the
 * full `maxAgeDays`. A decision restored at start-up is written again, same value, for what
 * remains of its validity (spec 4, "Refresh"): browsers that cap script-written cookies (Safari:
 * 7 days) would otherwise drop a decision that should hold for `maxAgeDays`. A decision from GPC
 * is never written (each tab derives it), nor one received from another tab (already written).
 *
 * @example
 * store.subscribe(cookieWrite(cookieRepository(options), 180));
 */
export function cookieWrite(repository: DecisionRepository, maxAgeDays: number, now: () => number = Date.now): ConsentListener {
  return ({ kind, decision, detail }) => {
    if (kind === 'restored') repository.write(decision, remainingDays(decision, maxAgeDays, now()));
    else if (kind === 'decided' && detail.source !== 'gpc') repository.write(decision, maxAgeDays);
  };
}

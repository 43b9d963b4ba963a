import { ACTIVATED } from './script-gate.js';

/**
 * Whether a gated script of one of the category ids `ids` has run in this page: its executable
 * copy (which keeps `data-cookie-category`) is marked as activated. What ran cannot be unrun: only
 * a reload of the page completes turning it off.
 *
 * @example
 * scriptsRan(['analytics']); // true once the analytics tag has been activated on this page
 */
export function scriptsRan(ids: readonly string[], root: ParentNode = document): boolean {
  if (ids.length === 0) return false;
  for (const script of root.querySelectorAll<HTMLScriptElement>(`script[${ACTIVATED}]`)) {
    if (ids.includes(script.dataset.cookieCategory ?? '')) return true;
  }
  return false;
}

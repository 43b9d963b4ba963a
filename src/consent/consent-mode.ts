import type { Category } from '../registry/types.js';

/** The bits of `window` that Google's tag reads: its `gtag` function or its `dataLayer` queue. */
export interface GtagWindow {
  gtag?: unknown;
  dataLayer?: unknown[];
}

/**
 * Sends a Google Consent Mode v2 command: through the page's `gtag` when it has one, otherwise
 * queued on `dataLayer` as an `arguments` object, exactly as Google's snippet
 * `function gtag(){dataLayer.push(arguments)}` does (its tag ignores plain arrays).
 *
 * @example
 * gtagConsent('default', { analytics_storage: 'denied', wait_for_update: 500 });
 */
export function gtagConsent(
  command: 'default' | 'update',
  params: Record<string, unknown>,
  win: GtagWindow = window as GtagWindow,
): void {
  if (typeof win.gtag === 'function') return void win.gtag('consent', command, params);
  function gtag(..._args: unknown[]) {
    // Google's tag tells commands from events by this very type: a rest array would not do.
    (win.dataLayer ||= []).push(arguments);
  }
  gtag('consent', command, params);
}

/**
 * Every Consent Mode signal the registry maps, `granted` when at least one category mapping it is
 * granted, else `denied`.
 *
 * @example
 * consentSignals(registry.categories, (id) => id === 'analytics'); // { analytics_storage: 'granted', … }
 */
export function consentSignals(
  categories: readonly Category[],
  granted: (id: string) => boolean,
): Record<string, 'granted' | 'denied'> {
  const signals: Record<string, 'granted' | 'denied'> = {};
  for (const category of categories) {
    const state = granted(category.id) ? 'granted' : 'denied';
    for (const signal of category.consentMode ?? []) if (signals[signal] !== 'granted') signals[signal] = state;
  }
  return signals;
}

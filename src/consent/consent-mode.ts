import type { Registry } from '../registry/types.js';
import { isGranted } from './decision.js';
import type { ConsentListener } from './decision-store.js';

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
 * Every Consent Mode signal the registry maps, `granted` when at least one category or service
 * mapping it is granted, else `denied`.
 *
 * @example
 * consentSignals(registry.categories, (id) => id === 'analytics'); // { analytics_storage: 'granted', … }
 */
export function consentSignals(
  categories: readonly { readonly id: string; readonly consentMode?: readonly string[] }[],
  granted: (id: string) => boolean,
): Record<string, 'granted' | 'denied'> {
  const signals: Record<string, 'granted' | 'denied'> = {};
  for (const category of categories) {
    const state = granted(category.id) ? 'granted' : 'denied';
    for (const signal of category.consentMode ?? []) if (signals[signal] !== 'granted') signals[signal] = state;
  }
  return signals;
}

/** What maps Consent Mode signals: the categories, then the services. */
const mapped = ({ categories, services = [] }: Registry) => [...categories, ...services];

/**
 * Google Consent Mode v2 as an effect: `setDefault` sends the default (every mapped signal
 * `denied`, `wait_for_update: 500`), which must come before anything gated runs; `effect` sends
 * an update after every change. A page's broken `gtag` is logged, never thrown.
 *
 * @example
 * const consentMode = consentModeEffect();
 * consentMode.setDefault(registry);
 * store.subscribe(consentMode.effect);
 */
export function consentModeEffect(win?: GtagWindow): {
  setDefault(registry: Registry): void;
  effect: ConsentListener;
} {
  const send = (command: 'default' | 'update', params: Record<string, unknown>) => {
    try {
      gtagConsent(command, params, win);
    } catch (error) {
      console.error(error);
    }
  };
  return {
    setDefault: (registry) => send('default', { ...consentSignals(mapped(registry), () => false), wait_for_update: 500 }),
    effect: ({ registry, decision }) => send('update', consentSignals(mapped(registry), (id) => isGranted(decision, registry, id))),
  };
}

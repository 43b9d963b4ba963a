import { ConsentManager, type ConsentManagerOptions } from './consent/consent-manager.js';
import { CookieConsentChangeEvent } from './events.js';
import { clearCookies } from './gating/clear-cookies.js';
import { ScriptGate } from './gating/script-gate.js';
import type { Registry } from './registry/types.js';

interface PageConsent {
  readonly manager: ConsentManager;
  readonly gate: ScriptGate;
}

let page: PageConsent | undefined;

/**
 * Starts the page's one consent manager and script gate, or returns the running one: every
 * `<cookie-policy>` element on a page shares them, and the first registry to load wins.
 * The gate starts only once the manager knows the registry and the stored decision, so nothing
 * gated can run before both agree (and Consent Mode's default is set before it, in `start`).
 */
export function startPageConsent(registry: Registry, options: ConsentManagerOptions): ConsentManager {
  if (!page) {
    const manager = new ConsentManager(options, { clearCookies: (names) => clearCookies(names) });
    const gate = new ScriptGate(manager);
    manager.subscribe((detail) => {
      gate.update();
      document.dispatchEvent(new CookieConsentChangeEvent(detail));
    });
    page = { manager, gate };
    manager.start(registry);
    gate.start();
  } else if (page.manager.registry && page.manager.registry !== registry) {
    if (page.manager.registry.revision !== registry.revision || page.manager.registry.site !== registry.site) {
      console.warn(
        `<cookie-policy>: this page loads two different registries; the decision follows the first (revision ${page.manager.registry.revision})`,
      );
    }
  }
  return page.manager;
}

/** The running manager, if an element has started one. */
export function pageConsent(): ConsentManager | undefined {
  return page?.manager;
}

/** The running gate, if any (the debug audit reads it). */
export function pageGate(): ScriptGate | undefined {
  return page?.gate;
}

/**
 * Stops the gate and forgets the page's manager, so that the next registry starts afresh.
 * Elements already connected keep the manager they had. Used by tests that need a clean page.
 */
export function stopPageConsent(): void {
  page?.gate.stop();
  page?.manager.stop();
  page = undefined;
}

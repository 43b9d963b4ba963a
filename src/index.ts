import { CookiePolicy } from './cookie-policy.js';

export { CookiePolicy } from './cookie-policy.js';
export { CookieConsentChangeEvent, CookiePolicyLoadEvent } from './events.js';
export { RegistryError, parseRegistry, validateRegistry, type RegistryProblem } from './registry/parse.js';
export type { ConsentDetail, Decision, DecisionSource } from './consent/decision.js';
export type { Category, CookieEntry, LocalizedText, Registry, TextOverrides } from './registry/types.js';
export type { TextKey } from './i18n/text-keys.js';

// Marks every copy of this class (the one-script build, a bundled ES module, another version)
// with one registered symbol, so that a copy finding the tag taken can tell another copy of
// itself (harmless) from a different element of the same name (reported by src/bundle.ts).
Object.defineProperty(CookiePolicy, Symbol.for('cookie-policy.element'), { value: true });

// A page may load the script twice, or bundle this module beside the one-script build:
// the first definition wins and the rest do nothing.
if (!customElements.get('cookie-policy')) customElements.define('cookie-policy', CookiePolicy);

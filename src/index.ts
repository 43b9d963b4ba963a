import { CookiePolicy } from './cookie-policy.js';

export { CookiePolicy } from './cookie-policy.js';
export { CookieConsentChangeEvent } from './events.js';
export { RegistryError, parseRegistry } from './registry/parse.js';
export type { ConsentDetail, Decision, DecisionSource } from './consent/decision.js';
export type { Category, CookieEntry, LocalizedText, Registry, TextOverrides } from './registry/types.js';
export type { TextKey } from './registry/text-keys.js';

// A page may load the script twice, or bundle this module beside the one-script build:
// the first definition wins and the rest do nothing.
if (!customElements.get('cookie-policy')) customElements.define('cookie-policy', CookiePolicy);

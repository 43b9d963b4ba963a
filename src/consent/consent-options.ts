/** The decision cookie's name when `cookie-name` is not given. */
export const DEFAULT_COOKIE_NAME = 'cookies_preferences';
/** How many days a decision holds when `consent-max-age` is not given (or makes no sense). */
export const DEFAULT_MAX_AGE_DAYS = 180;

/** The page-wide consent options, from the element attributes of spec section 2, defaults applied. */
export interface ConsentOptions {
  /** Name of the first-party decision cookie. */
  readonly cookieName: string;
  /** `Domain` of that cookie; host-only when absent. */
  readonly cookieDomain?: string;
  /** Days a decision stays valid. */
  readonly maxAgeDays: number;
  /** Drive Google Consent Mode v2. */
  readonly consentMode: boolean;
  /** URL that receives a proof-of-consent record after each decision but a stored one. */
  readonly consentLog?: string;
}

/** The options as an element holds them: attributes, possibly missing, empty or nonsensical. */
export interface ConsentAttributes {
  readonly cookieName?: string | null;
  readonly cookieDomain?: string | null;
  readonly consentMaxAge?: number | null;
  readonly consentMode?: boolean;
  readonly consentLog?: string | null;
}

/**
 * The options that `attributes` ask for: an empty cookie name or domain counts as none, and a
 * missing, zero, negative or non-numeric max age keeps the documented default rather than voiding
 * every decision.
 *
 * @example
 * resolveConsentOptions({ consentMaxAge: -1 }).maxAgeDays; // 180
 */
export function resolveConsentOptions(attributes: ConsentAttributes): ConsentOptions {
  const { consentMaxAge } = attributes;
  return {
    cookieName: attributes.cookieName || DEFAULT_COOKIE_NAME,
    cookieDomain: attributes.cookieDomain || undefined,
    maxAgeDays:
      typeof consentMaxAge === 'number' && Number.isFinite(consentMaxAge) && consentMaxAge > 0
        ? consentMaxAge
        : DEFAULT_MAX_AGE_DAYS,
    consentMode: attributes.consentMode === true,
    consentLog: attributes.consentLog || undefined,
  };
}

const NAMES: Readonly<Record<keyof ConsentOptions, string>> = {
  cookieName: 'cookie-name',
  cookieDomain: 'cookie-domain',
  maxAgeDays: 'consent-max-age',
  consentMode: 'consent-mode',
  consentLog: 'consent-log',
};

/** One option a later element asks for differently from the page's. */
export interface OptionConflict {
  /** The attribute's name (`cookie-name`, …). */
  readonly attribute: string;
  /** The page's value, which stays. */
  readonly running: unknown;
  /** The element's own, which is ignored. */
  readonly asked: unknown;
}

/**
 * The options whose values differ between `running` (the page's) and `asked` (a later element's):
 * the page keeps one set of options, so a later element is told which of its own are ignored.
 *
 * @example
 * optionConflicts(page.options, resolveConsentOptions({ cookieName: 'other' }))[0].attribute; // 'cookie-name'
 */
export function optionConflicts(running: ConsentOptions, asked: ConsentOptions): OptionConflict[] {
  return (Object.keys(NAMES) as (keyof ConsentOptions)[])
    .filter((key) => running[key] !== asked[key])
    .map((key) => ({ attribute: NAMES[key], running: running[key], asked: asked[key] }));
}

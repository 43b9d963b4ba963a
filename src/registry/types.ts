import type { TextKey } from '../i18n/text-keys.js';

/** A human-readable value: one string for every language, or a string per language tag. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** A kind of cookie the visitor can allow or refuse (or that needs no consent when `required`). */
export interface Category {
  /** Stable identifier, used in gating markup (`data-cookie-category`) and in stored decisions. */
  readonly id: string;
  /** A required category needs no consent: always on, its switch shown on and disabled. */
  readonly required?: boolean;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Google Consent Mode v2 signals granted with this category (`analytics_storage`, …). */
  readonly consentMode?: readonly string[];
}

/**
 * A tool inside a category that the visitor can allow on its own (an analytics suite, a video
 * host). Its id shares one namespace with the category ids.
 */
export interface Service {
  /** Stable identifier, used in gating markup (`data-cookie-service`) and in stored decisions. */
  readonly id: string;
  /** Id of the category it belongs to; a required category's services are required too. */
  readonly category: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** The service's privacy policy; becomes a link only when it resolves to http(s). */
  readonly policyUrl?: string;
  /** Google Consent Mode v2 signals granted with this service. */
  readonly consentMode?: readonly string[];
}

/** One row of a policy table: cookies set by one provider for one function. */
export interface CookieEntry {
  /** Id of the category this cookie belongs to. */
  readonly category: string;
  /** Id of the service that sets it, one of its category's services. */
  readonly service?: string;
  readonly provider: LocalizedText;
  readonly function?: LocalizedText;
  /** Cookie names as written; a trailing `*` is a prefix pattern (used when clearing). */
  readonly names: readonly string[];
  readonly purpose: LocalizedText;
  readonly party?: 'first' | 'third';
  readonly duration?: LocalizedText;
  /** The provider's privacy policy; becomes a link only when it resolves to http(s). */
  readonly policyUrl?: string;
}

/** Per-language overrides of the built-in texts. */
export type TextOverrides = Readonly<Record<string, Readonly<Partial<Record<TextKey, string>>>>>;

/** A portal's cookie registry, as validated by `parseRegistry`. */
export interface Registry {
  /** Any string; a stored decision made under another revision is void. */
  readonly revision: string;
  /** The site the policy is about, shown in the policy text. */
  readonly site?: string;
  /** Where the banner's "cookie policy" link goes. */
  readonly policyUrl?: string;
  /** Languages the registry is written in; the first one is the fallback. */
  readonly languages: readonly string[];
  readonly categories: readonly Category[];
  /** The services a visitor can allow one by one inside their categories. */
  readonly services?: readonly Service[];
  readonly cookies: readonly CookieEntry[];
  readonly texts?: TextOverrides;
}

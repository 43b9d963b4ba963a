/**
 * Every key of the element's built-in texts, in the order the schema lists them.
 * A registry's `texts` may override any of them, per language. `{site}`, `{category}`
 * and `{provider}` are replaced where the key's text says so.
 */
export const TEXT_KEYS = [
  'policyTitle',
  'policyIntro',
  'whatTitle',
  'whatText',
  'kindsTitle',
  'kindNecessary',
  'kindStatistics',
  'kindFirstParty',
  'kindThirdParty',
  'cookiesTitle',
  'tableCaption',
  'colProvider',
  'colFunction',
  'colNames',
  'colPurpose',
  'colDuration',
  'colParty',
  'partyFirst',
  'partyThird',
  'providerPolicy',
  'noCookies',
  'bannerTitle',
  'bannerText',
  'policyLink',
  'acceptAll',
  'rejectAll',
  'customize',
  'save',
  'close',
  'preferencesTitle',
  'preferencesText',
  'alwaysOn',
  'reopen',
  'decisionTitle',
  'decisionNone',
  'decisionDate',
  'decisionId',
  'decisionSaved',
  'withdraw',
  'allowed',
  'refused',
  'errorTitle',
  'loading',
] as const;

/** One key of the built-in texts. */
export type TextKey = (typeof TEXT_KEYS)[number];

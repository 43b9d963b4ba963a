/** The built-in English texts; their keys are the text keys (`TextKey`) every language must have. */
export const en = {
  policyTitle: 'Cookie policy',
  policyIntro:
    '{site} uses cookies so that the platform works properly and, if you agree, to measure how it is used.',
  whatTitle: 'What is a cookie?',
  whatText:
    'A cookie is a small piece of named data that a website asks your browser to keep for a while and to send back on your next visits. Cookies can keep you signed in, remember your language or your choices, or follow your browsing for statistics or advertising.',
  kindsTitle: 'Kinds of cookies',
  kindNecessary:
    'Necessary cookies keep the site working between pages and visits: sign-in, language, security, your cookie choices. They need no consent.',
  kindStatistics:
    'Statistics cookies measure how visitors use the site. They are set only if you allow them, unless the data is fully anonymised.',
  kindFirstParty:
    'First-party cookies are set by the site you visit. Beyond the necessary ones, they can collect personal data or follow your behaviour.',
  kindThirdParty:
    'Third-party cookies are set by another company through the site you visit, often to learn which pages you saw and to profile you.',
  cookiesTitle: 'Cookies used on {site}',
  tableCaption: '{category}: the cookies',
  colProvider: "Service provider's name",
  colFunction: 'Function and location',
  colNames: 'Cookie name(s)',
  colPurpose: 'Purposes',
  colDuration: 'Duration',
  colParty: 'Party',
  partyFirst: 'First party',
  partyThird: 'Third party',
  providerPolicy: 'Privacy policy of {provider}',
  noCookies: 'No cookie is declared in this category.',
  bannerTitle: 'Cookies on {site}',
  bannerText:
    'We use necessary cookies to run this site. With your consent we would also like to measure its use. You can accept, refuse or choose by category, and change your mind at any time.',
  policyLink: 'Read the cookie policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customise',
  save: 'Save my choices',
  close: 'Close',
  preferencesTitle: 'Cookie settings',
  preferencesText: 'Choose which cookies this site may use. Necessary cookies are always on.',
  alwaysOn: 'Always on',
  reopen: 'Cookie settings',
  decisionTitle: 'Your choice',
  decisionNone: 'You have not made a choice yet.',
  decisionDate: 'Decided on',
  decisionId: 'Choice identifier',
  decisionSaved: 'Your choice has been saved.',
  withdraw: 'Withdraw my consent',
  allowed: 'Allowed',
  refused: 'Refused',
  errorTitle: 'The cookie policy could not be loaded',
  loading: 'Loading the cookie policy…',
};

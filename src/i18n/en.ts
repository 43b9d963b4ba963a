/** The built-in English texts; their keys are the text keys (`TextKey`) every language must have. */
export const en = {
  policyTitle: 'Cookie policy',
  policyIntro:
    '{site} uses the cookies it needs to work and, only if you agree, others for the purposes described below.',
  whatTitle: 'What is a cookie?',
  whatText:
    'A cookie is a small piece of named data that a website asks your browser to keep for a while and to send back on your next visits. Cookies can keep you signed in, remember your language or your choices, or follow your browsing for statistics or advertising.',
  kindsTitle: 'Kinds of cookies',
  kindNecessary:
    'Necessary cookies keep the site working between pages and visits: sign-in, language, security, your cookie choices. They need no consent.',
  kindFunctional:
    'Functional cookies remember choices that make the site easier to use, such as display preferences, or let it show content from other services, such as maps. They are set only if you allow them.',
  kindStatistics:
    'Statistics cookies measure how visitors use the site. They are set only if you allow them, unless the data is fully anonymised.',
  kindMarketing:
    'Marketing cookies are set by advertising and social media services, often through embedded videos, to follow your browsing across sites and show you ads. They are set only if you allow them.',
  kindFirstParty:
    'First-party cookies are set by the site you visit. Beyond the necessary ones, they can collect personal data or follow your behaviour.',
  kindThirdParty:
    'Third-party cookies are set by another company through the site you visit, often to learn which pages you saw and to profile you.',
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
    'This site uses the cookies it needs to work. Others are set only with your consent: you can accept them, refuse them or choose by category, and change your mind at any time.',
  policyLink: 'Read the cookie policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customise',
  save: 'Save my choices',
  close: 'Close',
  preferencesTitle: 'Cookie settings',
  preferencesText: 'Choose which cookies this site may use. Necessary cookies are always on.',
  alwaysOn: 'Always on',
  allowed: 'Allowed',
  refused: 'Refused',
  reopen: 'Cookie settings',
  decisionTitle: 'Your choice',
  decisionNone: 'You have not made a choice yet.',
  decisionDate: 'Decided on',
  decisionId: 'Choice identifier',
  decisionSaved: 'Your choice has been saved.',
  withdraw: 'Withdraw my consent',
  reloadText: 'Some of what you turned off has already run on this page: reload the page to finish.',
  reload: 'Reload to finish',
  errorTitle: 'Cookie settings are not available at the moment.',
  loading: 'Loading the cookie policy…',
  servicesOn: '{on} of {total} on',
  placeholderText: '“{embed}” is hosted by {service}. Loading it lets {service} set cookies on your device.',
  placeholderLoad: 'Load this {service} content',
  placeholderAllow: 'Always allow {service}',
};

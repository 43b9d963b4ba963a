// vanilla-cookieconsent configured as its docs say, with the same categories, cookies and English
// texts as demo/registries/twisto.opendatasoft.com.json and our built-in strings.
const necessaryCookies = [
  { name: 'sessionid', function: 'Authentication (front and back office)', purpose: 'To remember the user from one page to another', duration: '2 weeks' },
  { name: 'django_language', function: 'Language selection (front and back office)', purpose: "To remember the visitor's language", duration: 'session' },
  { name: 'csrftoken', function: 'API (CSRF) (front and back office)', purpose: 'To retrieve data via API calls', duration: '1 year' },
  { name: 'cookies_preferences', function: 'Choices related to your cookie preferences', purpose: "To remember the visitor's cookie preferences", duration: '6 months' },
].map((cookie) => ({ ...cookie, provider: 'Opendatasoft' }));

const analyticsCookies = [
  { name: '_pk_id.*', function: 'Audience measurement', purpose: 'To recognise a returning visitor for visit statistics', duration: '13 months' },
  { name: '_pk_ses.*', function: 'Audience measurement', purpose: 'To group the pages seen during one visit', duration: '30 minutes' },
].map((cookie) => ({ ...cookie, provider: 'Matomo' }));

const headers = { name: 'Cookie name(s)', provider: "Service provider's name", function: 'Function and location', purpose: 'Purposes', duration: 'Duration' };

CookieConsent.run({
  // The bench browser is automated (navigator.webdriver is true): without this the plugin does nothing.
  hideFromBots: false,
  guiOptions: { consentModal: { layout: 'bar inline', position: 'bottom', equalWeightButtons: true } },
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: { autoClear: { cookies: [{ name: /^_pk_id\./ }, { name: /^_pk_ses\./ }] } },
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Cookies on twisto.opendatasoft.com',
          description:
            'We use necessary cookies to run this site. With your consent we would also like to measure its use. You can accept, refuse or choose by category, and change your mind at any time.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Customise',
          footer: '<a href="/pages/cookies/">Read the cookie policy</a>',
        },
        preferencesModal: {
          title: 'Cookie settings',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save my choices',
          closeIconLabel: 'Close',
          sections: [
            { description: 'Choose which cookies this site may use. Necessary cookies are always on.' },
            {
              title: 'Cookies necessary for the platform to function properly',
              description: 'Sign-in, language, security and your cookie choices. These cookies cannot be turned off.',
              linkedCategory: 'necessary',
              cookieTable: { headers, body: necessaryCookies },
            },
            {
              title: 'Statistics cookies',
              description: 'Audience measurement with Matomo, to understand which datasets and pages are used.',
              linkedCategory: 'analytics',
              cookieTable: { headers, body: analyticsCookies },
            },
          ],
        },
      },
    },
  },
});

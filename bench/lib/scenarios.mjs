// What is measured: one page per tool, and what "the banner is visible" (or "the table is shown")
// means for each one. A banner `target` is the source of a function run in the page at every
// animation frame; it gets `visible(element)` and returns true once the tool's UI is on screen.
// A table `target` is a pair of such sources (see tableScenarios and probe.mjs).

/** The banner-visible scenarios: the same portal page with each tool. */
export const bannerScenarios = [
  {
    tool: 'cookie-policy',
    page: '/pages/ours.html',
    target: `(visible) => visible(document.querySelector('cookie-policy')?.shadowRoot?.querySelector('[part="banner"]'))`,
  },
  {
    tool: 'vanilla-cookieconsent',
    page: '/pages/cookieconsent.html',
    target: `(visible) => visible(document.querySelector('#cc-main .cm'))`,
  },
  {
    tool: 'orejime',
    page: '/pages/orejime.html',
    target: `(visible) => visible(document.querySelector('.orejime-Banner'))`,
  },
  { tool: 'inline', page: '/pages/inline.html', target: `(visible) => visible(document.getElementById('cookie-banner'))` },
  // Floors: the inline banner shown by a deferred script (what showing anything at DOMContentLoaded
  // costs this page), and as a minimal LitElement (what Lit itself costs).
  { tool: 'deferred', page: '/pages/deferred.html', target: `(visible) => visible(document.getElementById('cookie-banner'))` },
  { tool: 'lit', page: '/pages/lit.html', target: `(visible) => visible(document.querySelector('lit-banner')?.shadowRoot?.querySelector('.banner'))` },
  // No banner: the cost of the portal page alone, for reference.
  { tool: 'none', page: '/pages/none.html', target: null },
];

/** Rows of the 1000-cookie tables. */
const ROWS = 1000;

/**
 * The 1000-cookie policy/cookie-table scenarios. `target.shown(onScreen)`: the first data row of the
 * first table is on screen; `target.complete()`: all 1000 rows are in the DOM (see probe.mjs).
 * Orejime lists purposes, not cookies: no equivalent.
 */
export const tableScenarios = [
  {
    tool: 'cookie-policy',
    page: '/pages/ours-1000.html',
    target: {
      shown: `(onScreen) => onScreen(document.querySelector('cookie-policy')?.shadowRoot?.querySelector('[part="table"] tbody tr'))`,
      complete: `() => [...(document.querySelector('cookie-policy')?.shadowRoot?.querySelectorAll('[part="table"] tbody') ?? [])]
        .reduce((rows, body) => rows + body.rows.length, 0) >= ${ROWS}`,
    },
  },
  {
    tool: 'vanilla-cookieconsent',
    page: '/pages/cookieconsent-1000.html',
    target: {
      shown: `(onScreen) => onScreen(document.querySelector('#cc-main .pm tbody tr'))`,
      complete: `() => document.querySelectorAll('#cc-main .pm tbody tr').length >= ${ROWS}`,
    },
  },
];

/** The peers with no 1000-cookie equivalent, reported as n/a. */
export const tableNotApplicable = ['orejime'];

/** Occurrences of the generated purposes ("Purpose of cookie cN, …") in a subtree's text: one per cookie. */
const purposesIn = (root) => `((${root})?.textContent ?? '').split('Purpose of cookie c').length - 1 >= ${ROWS}`;

/**
 * The preferences dialog with the 1000-cookie registry, on the portal page: once the page has
 * loaded (banner shown, registry fetched) the bench clicks the banner's "Customise" and times the
 * dialog (see probe.mjs clickAndTime). Orejime lists purposes, not cookies: no equivalent.
 */
export const dialogScenarios = [
  {
    tool: 'cookie-policy',
    page: '/pages/ours-dialog-1000.html',
    target: bannerScenarios[0].target,
    interaction: {
      button: `() => document.querySelector('cookie-policy')?.shadowRoot?.querySelector('[part="customize"]')`,
      dialog: `() => document.querySelector('cookie-policy')?.shadowRoot?.querySelector('[part="dialog"]')`,
      complete: `() => ${purposesIn(`document.querySelector('cookie-policy')?.shadowRoot?.querySelector('[part="dialog"]')`)}`,
    },
  },
  {
    tool: 'vanilla-cookieconsent',
    page: '/pages/cookieconsent-dialog-1000.html',
    target: bannerScenarios[1].target,
    interaction: {
      button: `() => [...document.querySelectorAll('#cc-main .cm button')].find((button) => button.textContent.trim() === 'Customise')`,
      dialog: `() => document.querySelector('#cc-main .pm')`,
      complete: `() => ${purposesIn(`document.querySelector('#cc-main .pm')`)}`,
    },
  },
];

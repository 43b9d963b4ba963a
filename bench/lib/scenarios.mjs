// What is measured: one page per tool, and what "the banner is visible" means for each one.
// `target` is the source of a function run in the page at every animation frame; it gets
// `visible(element)` and returns true once the tool's UI is on screen.

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
  // No banner: the cost of the portal page alone, for reference.
  { tool: 'none', page: '/pages/none.html', target: null },
];

/** Rows of the 1000-cookie tables: done when the 1000th row is in the DOM. */
const ROWS = 1000;

/** The 1000-cookie policy/cookie-table scenarios. Orejime lists purposes, not cookies: no equivalent. */
export const tableScenarios = [
  {
    tool: 'cookie-policy',
    page: '/pages/ours-1000.html',
    target: `() => [...(document.querySelector('cookie-policy')?.shadowRoot?.querySelectorAll('[part="table"] tbody') ?? [])]
      .reduce((rows, body) => rows + body.rows.length, 0) >= ${ROWS}`,
  },
  {
    tool: 'vanilla-cookieconsent',
    page: '/pages/cookieconsent-1000.html',
    target: `() => document.querySelectorAll('#cc-main .pm tbody tr').length >= ${ROWS}`,
  },
];

/** The peers with no 1000-cookie equivalent, reported as n/a. */
export const tableNotApplicable = ['orejime'];

import { html, nothing } from 'lit-html';
import type { ConsentDetail } from '../consent/decision.js';
import { resolveHttpUrl } from '../registry/parse.js';
import type { Category, CookieEntry, Registry } from '../registry/types.js';
import { afterNextPaint } from './after-next-paint.js';
import { renderCategorySwitches } from './category-switches.js';
import type { ViewContext } from './view-context.js';

/** What the policy view shows of the decision and what it can do with it. */
export interface PolicyControls {
  readonly consent: ConsentDetail | null;
  readonly choices: Readonly<Record<string, boolean>>;
  /** Whether the last save in this view succeeded (announced politely). */
  readonly saved: boolean;
  readonly onToggle: (id: string, on: boolean) => void;
  readonly onSave: () => void;
  readonly onWithdraw: () => void;
  /** The element's own store for its policy tables between renders. */
  readonly tables: PolicyTables;
}

/**
 * The tables one element shows, with the registry and language they were built for: they are
 * built again only when either changes, so a re-render leaves their rows (and the row work still
 * to come) alone. Each element has its own, because the rows are DOM nodes of its shadow root.
 */
export interface PolicyTables {
  registry?: Registry;
  lang?: string;
  sections?: unknown;
}

/** A table cell holding text and elements; text is only ever a text node. */
function cell(row: HTMLTableRowElement, ...content: (string | Node)[]) {
  row.insertCell().append(...content);
}

/** One row to build: its table body, its cookie, and whether the table has the duration and party columns. */
type RowJob = readonly [HTMLTableSectionElement, CookieEntry, boolean, boolean];

/** Rows built with the view, across its tables: more than a 1080-pixel-tall screen holds (rows are about 38 px). */
const FIRST_ROWS = 30;
/** Rows built per later task: a few milliseconds of work. */
const CHUNK_ROWS = 50;

/** One table row, built with plain DOM calls (several times cheaper than a template per row). */
function buildRow({ t, text }: ViewContext, [, cookie, hasDuration, hasParty]: RowJob) {
  const row = document.createElement('tr');
  const provider = text(cookie.provider);
  const href = cookie.policyUrl === undefined ? null : resolveHttpUrl(cookie.policyUrl, document.baseURI);
  if (href) {
    const link = document.createElement('a');
    link.href = href;
    link.rel = 'noopener noreferrer';
    link.setAttribute('aria-label', t('providerPolicy', { provider }));
    link.textContent = provider;
    cell(row, link);
  } else cell(row, provider);
  cell(row, text(cookie.function));
  cell(
    row,
    ...cookie.names.flatMap((name, index) => {
      const code = document.createElement('code');
      code.textContent = name;
      return index > 0 ? [', ', code] : [code];
    }),
  );
  cell(row, text(cookie.purpose));
  if (hasDuration) cell(row, text(cookie.duration));
  if (hasParty) cell(row, cookie.party ? t(cookie.party === 'first' ? 'partyFirst' : 'partyThird') : '');
  return row;
}

/**
 * Fills the tables in order. The first FIRST_ROWS rows go in with the view, so that its first
 * paint shows a full screen; a larger registry gets its other rows built CHUNK_ROWS per task
 * after that paint, and each table's rows go in at once when built: Chromium lays a table out
 * again in full whenever a row is added, so rows added a chunk at a time would cost a long layout
 * per chunk. The work stops once the tables have been replaced (a new registry or language): their
 * root is then a detached element. An element taken out of the page keeps its shadow root, so its
 * tables are finished and whole when it is put back.
 */
function addRows(context: ViewContext, jobs: readonly RowJob[]) {
  let next = 0;
  let rows: HTMLTableRowElement[] = [];
  const step = (first?: boolean) => {
    for (const end = Math.min(next + (first ? FIRST_ROWS : CHUNK_ROWS), jobs.length); next < end; ) {
      const [body] = jobs[next];
      rows.push(buildRow(context, jobs[next++]));
      if (first || jobs[next]?.[0] !== body) {
        body.append(...rows);
        rows = [];
      }
    }
    if (next < jobs.length) {
      const resume = () => !(jobs[next][0].getRootNode() instanceof Element) && step();
      if (first) void afterNextPaint().then(resume);
      else setTimeout(resume);
    }
  };
  step(true);
}

function renderTable(context: ViewContext, category: Category, cookies: readonly CookieEntry[], jobs: RowJob[]) {
  const { t, text } = context;
  if (cookies.length === 0) return html`<p>${t('noCookies')}</p>`;
  const hasDuration = cookies.some((cookie) => cookie.duration !== undefined);
  const hasParty = cookies.some((cookie) => cookie.party !== undefined);
  const body = document.createElement('tbody');
  for (const cookie of cookies) jobs.push([body, cookie, hasDuration, hasParty]);
  return html`<div class="scroll">
    <table part="table">
      <caption>
        ${t('tableCaption', { category: text(category.title) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('colProvider')}</th>
          <th scope="col">${t('colFunction')}</th>
          <th scope="col">${t('colNames')}</th>
          <th scope="col">${t('colPurpose')}</th>
          ${hasDuration ? html`<th scope="col">${t('colDuration')}</th>` : nothing}
          ${hasParty ? html`<th scope="col">${t('colParty')}</th>` : nothing}
        </tr>
      </thead>
      ${body}
    </table>
  </div>`;
}

/**
 * The policy tables, one section per category, whose rows addRows adds as plain DOM, some of them
 * later: the caller builds them again only for a new registry or language.
 */
function renderSections(context: ViewContext) {
  const { registry, text } = context;
  const jobs: RowJob[] = [];
  const sections = registry.categories.map(
    (category, index) => html`<section part="category" aria-labelledby="policy-c${index}">
      <h4 id="policy-c${index}">${text(category.title)}</h4>
      ${category.description ? html`<p>${text(category.description)}</p>` : nothing}
      ${renderTable(
        context,
        category,
        registry.cookies.filter((cookie) => cookie.category === category.id),
        jobs,
      )}
    </section>`,
  );
  addRows(context, jobs);
  return sections;
}

function renderDecision(context: ViewContext, consent: ConsentDetail | null) {
  const { t, registry, text, lang } = context;
  if (!consent) return html`<p>${t('decisionNone')}</p>`;
  let date = consent.decidedAt;
  try {
    date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(consent.decidedAt));
  } catch {
    // An unknown locale or date keeps the ISO string: still correct, only less friendly.
  }
  return html`<ul class="decision">
      ${registry.categories.map(
        (category) =>
          html`<li>${text(category.title)}: ${t(consent.categories[category.id] ? 'allowed' : 'refused')}</li>`,
      )}
    </ul>
    <p>${t('decisionDate')} <time datetime=${consent.decidedAt}>${date}</time></p>
    <p>${t('decisionId')} <code>${consent.id}</code></p>`;
}

/** The full policy: explanatory text, one table per category, the current decision and its controls. */
export function renderPolicy(context: ViewContext, controls: PolicyControls) {
  const { registry, t, site, lang } = context;
  const { tables } = controls;
  if (tables.registry !== registry || tables.lang !== lang) {
    Object.assign(tables, { registry, lang, sections: renderSections(context) });
  }
  return html`<article part="policy" class="policy" aria-labelledby="policy-title">
    <h2 part="title" id="policy-title">${t('policyTitle')}</h2>
    <p>${t('policyIntro', { site })}</p>
    <h3>${t('whatTitle')}</h3>
    <p>${t('whatText')}</p>
    <h3>${t('kindsTitle')}</h3>
    <ul>
      <li>${t('kindNecessary')}</li>
      <li>${t('kindStatistics')}</li>
      <li>${t('kindFirstParty')}</li>
      <li>${t('kindThirdParty')}</li>
    </ul>
    <h3>${t('cookiesTitle', { site })}</h3>
    ${tables.sections}
    <section class="controls" aria-labelledby="policy-decision">
      <h3 id="policy-decision">${t('decisionTitle')}</h3>
      ${renderDecision(context, controls.consent)}
      ${renderCategorySwitches(context, controls.choices, controls.onToggle, 'policy-s')}
      <div class="actions">
        <button part="save" @click=${controls.onSave}>${t('save')}</button>
        ${controls.consent
          ? html`<button part="reject-all" @click=${controls.onWithdraw}>${t('withdraw')}</button>`
          : nothing}
      </div>
      <p role="status" class="status">${controls.saved ? t('decisionSaved') : ''}</p>
    </section>
  </article>`;
}

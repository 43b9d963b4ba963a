import { html, nothing } from 'lit';
import type { ConsentDetail } from '../consent/decision.js';
import { resolveHttpUrl } from '../http-url.js';
import type { Category, CookieEntry, Service } from '../registry/types.js';
import { renderCategorySwitches } from './category-switches.js';
import { cookiesByService, renderCookieNames } from './cookie-list.js';
import { progressiveRows, type RowSchedule } from './progressive-rows.js';
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
  /** How the tables' rows come in: the first screen with the view, the rest later. */
  readonly rows: RowSchedule;
}

function renderRow({ t, text }: ViewContext, cookie: CookieEntry, hasDuration: boolean, hasParty: boolean) {
  const provider = text(cookie.provider);
  const href = cookie.policyUrl === undefined ? null : resolveHttpUrl(cookie.policyUrl, document.baseURI);
  const link = href
    ? html`<a href=${href} rel="noopener noreferrer" aria-label=${t('providerPolicy', { provider })}>${provider}</a>`
    : provider;
  const party = cookie.party ? t(cookie.party === 'first' ? 'partyFirst' : 'partyThird') : '';
  // Cells without white space around their content: a cell's text is exactly the registry's.
  return html`<tr>
    <td>${link}</td>
    <td>${text(cookie.function)}</td>
    <td>${renderCookieNames(cookie.names)}</td>
    <td>${text(cookie.purpose)}</td>
    ${hasDuration ? html`<td>${text(cookie.duration)}</td>` : nothing}
    ${hasParty ? html`<td>${party}</td>` : nothing}
  </tr>`;
}

/** The row naming a service above its cookies: its title, a link to its policy when it has one. */
function renderServiceHead({ t, text }: ViewContext, service: Service, columns: number) {
  const title = text(service.title);
  const href = service.policyUrl === undefined ? null : resolveHttpUrl(service.policyUrl, document.baseURI);
  return html`<tr class="service">
    <td colspan=${columns}>
      <strong>${href ? html`<a href=${href} rel="noopener noreferrer" aria-label=${t('providerPolicy', { provider: title })}>${title}</a>` : title}</strong>
    </td>
  </tr>`;
}

function renderTable(context: ViewContext, category: Category, rows: RowSchedule) {
  const { t, text, registry } = context;
  const { cookies, heads } = cookiesByService(registry, category.id);
  if (cookies.length === 0) return html`<p>${t('noCookies')}</p>`;
  const hasDuration = cookies.some((cookie) => cookie.duration !== undefined);
  const hasParty = cookies.some((cookie) => cookie.party !== undefined);
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
      <tbody>
        ${progressiveRows(rows, cookies, (cookie) => {
          const service = heads.get(cookie);
          const row = renderRow(context, cookie, hasDuration, hasParty);
          return service ? [renderServiceHead(context, service, 4 + +hasDuration + +hasParty), row] : row;
        })}
      </tbody>
    </table>
  </div>`;
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
  const { registry, t, text, site } = context;
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
    ${registry.categories.map(
      (category, index) => html`<section part="category" aria-labelledby="policy-c${index}">
        <h4 id="policy-c${index}">${text(category.title)}</h4>
        ${category.description ? html`<p>${text(category.description)}</p>` : nothing}
        ${renderTable(context, category, controls.rows)}
      </section>`,
    )}
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

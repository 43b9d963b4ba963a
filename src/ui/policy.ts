import { html, nothing } from 'lit';
import type { ConsentDetail } from '../consent/decision.js';
import { resolveHttpUrl } from '../http-url.js';
import type { Category, CookieEntry, Service } from '../registry/types.js';
import { categoryText } from './category-text.js';
import { categoryState, renderServiceSwitches } from './category-switches.js';
import { cookiesByService, renderCookieNames } from './cookie-list.js';
import { progressiveRows, type RowSchedule } from './progressive-rows.js';
import { renderReloadOffer } from './reload-offer.js';
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
  /** Whether to offer the reload that completes a change (something turned off has run here). */
  readonly reloadOffer: boolean;
  readonly onReload: () => void;
  /** How the tables' rows come in: the first screen with the view, the rest later. */
  readonly rows: RowSchedule;
}

/** The column labels of a category's table; in a narrow view each cell shows its own (a card per cookie). */
interface Columns {
  readonly provider: string;
  readonly function: string;
  readonly names: string;
  readonly purpose: string;
  readonly duration: string | null;
  readonly party: string | null;
}

function renderRow({ t, text }: ViewContext, cookie: CookieEntry, columns: Columns) {
  const provider = text(cookie.provider);
  const href = resolveHttpUrl(cookie.policyUrl);
  const link = href
    ? html`<a href=${href} rel="noopener noreferrer" aria-label=${t('providerPolicy', { provider })}>${provider}</a>`
    : provider;
  const party = cookie.party ? t(cookie.party === 'first' ? 'partyFirst' : 'partyThird') : '';
  // Cells without white space around their content: a cell's text is exactly the registry's.
  return html`<tr>
    <td data-label=${columns.provider}>${link}</td>
    <td data-label=${columns.function}>${text(cookie.function)}</td>
    <td data-label=${columns.names}>${renderCookieNames(cookie.names)}</td>
    <td data-label=${columns.purpose}>${text(cookie.purpose)}</td>
    ${columns.duration === null ? nothing : html`<td data-label=${columns.duration}>${text(cookie.duration)}</td>`}
    ${columns.party === null ? nothing : html`<td data-label=${columns.party}>${party}</td>`}
  </tr>`;
}

/** The row naming a service above its cookies: its title, a link to its policy when it has one. */
function renderServiceHead({ t, text }: ViewContext, service: Service, columns: number) {
  const title = text(service.title);
  const href = resolveHttpUrl(service.policyUrl);
  return html`<tr class="service">
    <td colspan=${columns}>
      <strong>${href ? html`<a href=${href} rel="noopener noreferrer" aria-label=${t('providerPolicy', { provider: title })}>${title}</a>` : title}</strong>
    </td>
  </tr>`;
}

/** A category's cookies: a table named by the category's heading, cookies under their service's title. */
function renderTable(context: ViewContext, category: Category, headingId: string, rows: RowSchedule) {
  const { t, registry } = context;
  const { cookies, heads } = cookiesByService(registry, category.id);
  if (cookies.length === 0) return html`<p>${t('noCookies')}</p>`;
  const columns: Columns = {
    provider: t('colProvider'),
    function: t('colFunction'),
    names: t('colNames'),
    purpose: t('colPurpose'),
    duration: cookies.some((cookie) => cookie.duration !== undefined) ? t('colDuration') : null,
    party: cookies.some((cookie) => cookie.party !== undefined) ? t('colParty') : null,
  };
  return html`<div class="scroll">
    <table part="table" aria-labelledby=${headingId}>
      <thead>
        <tr>
          <th scope="col">${columns.provider}</th>
          <th scope="col">${columns.function}</th>
          <th scope="col">${columns.names}</th>
          <th scope="col">${columns.purpose}</th>
          ${columns.duration === null ? nothing : html`<th scope="col">${columns.duration}</th>`}
          ${columns.party === null ? nothing : html`<th scope="col">${columns.party}</th>`}
        </tr>
      </thead>
      <tbody>
        ${progressiveRows(rows, cookies, (cookie) => {
          const service = heads.get(cookie);
          const row = renderRow(context, cookie, columns);
          return service ? [renderServiceHead(context, service, 4 + +!!columns.duration + +!!columns.party), row] : row;
        })}
      </tbody>
    </table>
  </div>`;
}

/**
 * One category: its title (once, naming its switch and its table), what it is about (once), its
 * switch beside the title, and its cookies.
 */
function renderCategory(context: ViewContext, controls: PolicyControls, category: Category, index: number) {
  const { text } = context;
  const headingId = `policy-c${index}`;
  const about = categoryText(context, category);
  const required = category.required === true;
  const { all, note } = categoryState(context, category, controls.choices);
  return html`<section part="category" aria-labelledby=${headingId}>
    <div class="category-head">
      <h4 id=${headingId}>${text(category.title)}</h4>
      <span class="policy-switch">
        ${note ? html`<span class="note" id="policy-n${index}">${note}</span>` : nothing}
        <input
          type="checkbox"
          role="switch"
          part="toggle"
          data-category=${category.id}
          aria-labelledby=${headingId}
          aria-describedby=${note ? `policy-n${index}` : nothing}
          .checked=${all}
          ?disabled=${required}
          @change=${(event: Event) => controls.onToggle(category.id, (event.target as HTMLInputElement).checked)}
        />
      </span>
    </div>
    ${about ? html`<p>${about}</p>` : nothing}
    ${renderServiceSwitches(context, category, controls.choices, controls.onToggle, `policy-s${index}`)}
    ${renderTable(context, category, headingId, controls.rows)}
  </section>`;
}

/**
 * The stored decision in two short lines, when and its identifier; on paper, where the switches
 * cannot show it, also each category's state (hidden on screen, where the switches say it).
 */
function renderDecision({ t, lang, registry, text }: ViewContext, consent: ConsentDetail | null) {
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

/**
 * The full policy: what cookies are, then each kind of cookie the registry declares (its
 * categories, each with its switch and its cookies), then the decision and its buttons.
 */
export function renderPolicy(context: ViewContext, controls: PolicyControls) {
  const { registry, t, site } = context;
  return html`<article part="policy" class="policy" aria-labelledby="policy-title">
    <h2 part="title" id="policy-title">${t('policyTitle')}</h2>
    <p>${t('policyIntro', { site })}</p>
    <h3>${t('whatTitle')}</h3>
    <p>${t('whatText')}</p>
    <ul>
      <li>${t('kindFirstParty')}</li>
      <li>${t('kindThirdParty')}</li>
    </ul>
    <h3>${t('kindsTitle')}</h3>
    ${registry.categories.map((category, index) => renderCategory(context, controls, category, index))}
    <section class="controls" aria-labelledby="policy-decision">
      <h3 id="policy-decision">${t('decisionTitle')}</h3>
      ${renderDecision(context, controls.consent)}
      <div class="actions">
        <button part="save" @click=${controls.onSave}>${t('save')}</button>
        ${controls.consent
          ? html`<button part="reject-all" @click=${controls.onWithdraw}>${t('withdraw')}</button>`
          : nothing}
      </div>
      <p role="status" class="status">${controls.saved ? t('decisionSaved') : ''}</p>
      ${controls.reloadOffer ? renderReloadOffer(t, controls.onReload, 'policy') : nothing}
    </section>
  </article>`;
}

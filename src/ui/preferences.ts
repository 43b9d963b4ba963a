import { html, nothing } from 'lit';
import type { Category, Service } from '../registry/types.js';
import { renderCategorySwitches } from './category-switches.js';
import { cookiesOf, renderCookieNames } from './cookie-list.js';
import { progressiveRows, type RowSchedule } from './progressive-rows.js';
import { renderReloadOffer } from './reload-offer.js';
import type { ViewContext } from './view-context.js';

/** The preferences dialog's state and actions. */
export interface PreferencesActions {
  readonly choices: Readonly<Record<string, boolean>>;
  /** How the cookie lists come in: the first screen with the dialog, the rest later. */
  readonly rows: RowSchedule;
  /** Whether to offer the reload that completes the change just saved (something turned off has run here). */
  readonly reloadOffer: boolean;
  readonly onReload: () => void;
  readonly onToggle: (id: string, on: boolean) => void;
  readonly onSave: () => void;
  readonly onAcceptAll: () => void;
  readonly onRejectAll: () => void;
  readonly onClose: (event?: Event) => void;
  readonly onCancel: (event: Event) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
}

/** The cookies under a category's switch (those naming no service, when it has services), or a service's. */
function renderCookies(context: ViewContext, category: Category, rows: RowSchedule, service?: Service) {
  const { registry, text } = context;
  const hasServices = registry.services?.some((item) => item.category === category.id);
  const cookies = cookiesOf(registry, category.id, service ? service.id : hasServices ? '' : undefined);
  if (cookies.length === 0) return nothing;
  return html`<ul class="cookies">
    ${progressiveRows(
      rows,
      cookies,
      (cookie) =>
        html`<li>
          <strong>${text(cookie.provider)}</strong>
          ${renderCookieNames(cookie.names)}: ${text(cookie.purpose)}
          ${cookie.duration === undefined ? nothing : html`(${text(cookie.duration)})`}
        </li>`,
    )}
  </ul>`;
}

/**
 * The preferences dialog: a native modal `<dialog>`, opened with `showModal()` by the element.
 * Escape cancels it, which never saves.
 */
export function renderPreferences(context: ViewContext, actions: PreferencesActions) {
  const { t } = context;
  return html`<dialog
    part="dialog"
    class="dialog"
    aria-labelledby="dialog-title"
    @close=${actions.onClose}
    @cancel=${actions.onCancel}
    @keydown=${actions.onKeydown}
  >
    <div class="head">
      <h2 part="title" id="dialog-title">${t('preferencesTitle')}</h2>
      <button part="close" class="close" aria-label=${t('close')} @click=${() => actions.onClose()}>×</button>
    </div>
    <div class="body">
      <p>${t('preferencesText')}</p>
      ${renderCategorySwitches(context, actions.choices, actions.onToggle, 'dialog-s', (category, service) =>
        renderCookies(context, category, actions.rows, service),
      )}
    </div>
    ${actions.reloadOffer ? renderReloadOffer(t, actions.onReload, 'dialog') : nothing}
    <div class="actions">
      <button part="save" @click=${actions.onSave}>${t('save')}</button>
      <button part="accept-all" @click=${actions.onAcceptAll}>${t('acceptAll')}</button>
      <button part="reject-all" @click=${actions.onRejectAll}>${t('rejectAll')}</button>
    </div>
  </dialog>`;
}

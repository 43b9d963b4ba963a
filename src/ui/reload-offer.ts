import { html } from 'lit';
import type { Translate } from '../i18n/texts.js';

/**
 * After a change that turned off something whose scripts already ran on the page: why a reload is
 * needed, and a button that reloads (part `reload`). `idPrefix` keeps ids unique in the shadow root.
 */
export function renderReloadOffer(t: Translate, onReload: () => void, idPrefix: string) {
  return html`<div class="reload-offer">
    <p id="${idPrefix}-reload">${t('reloadText')}</p>
    <button part="reload" aria-describedby="${idPrefix}-reload" @click=${onReload}>${t('reload')}</button>
  </div>`;
}

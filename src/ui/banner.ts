import { html, nothing } from 'lit';
import { resolveHttpUrl } from '../registry/parse.js';
import type { ViewContext } from './view-context.js';

/** What the banner's three equal buttons do. */
export interface BannerActions {
  readonly onAcceptAll: () => void;
  readonly onRejectAll: () => void;
  readonly onCustomize: () => void;
}

/**
 * The consent banner: a labelled region, not a modal, with accept all, reject all and customise
 * given the same weight. Nothing in it is pre-ticked because it holds no switch at all.
 */
export function renderBanner(context: ViewContext, actions: BannerActions) {
  const { t, site, registry } = context;
  const policyHref = registry.policyUrl === undefined ? null : resolveHttpUrl(registry.policyUrl, document.baseURI);
  return html`<section part="banner" class="banner" role="region" aria-labelledby="banner-title">
    <h2 part="title" id="banner-title">${t('bannerTitle', { site })}</h2>
    <p>
      ${t('bannerText')}
      ${policyHref ? html`<a href=${policyHref}>${t('policyLink')}</a>` : nothing}
    </p>
    <div class="actions">
      <button part="accept-all" @click=${actions.onAcceptAll}>${t('acceptAll')}</button>
      <button part="reject-all" @click=${actions.onRejectAll}>${t('rejectAll')}</button>
      <button part="customize" aria-haspopup="dialog" @click=${actions.onCustomize}>${t('customize')}</button>
    </div>
  </section>`;
}

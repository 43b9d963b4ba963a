import { html } from 'lit';
import type { Translate } from '../i18n/texts.js';

/** Where the banner sits: a full-width bar at the bottom, a corner box, or a full-width bar at the top. */
export type BannerLayout = 'bar' | 'box' | 'top';

/** What the banner shows and what its three equal buttons do. */
export interface BannerOptions {
  readonly t: Translate;
  readonly layout: BannerLayout;
  readonly site: string;
  /**
   * Where the policy link goes: a URL, `null` for no link, `undefined` while the registry is
   * still loading (the link's text is laid out already, so nothing moves when the URL arrives).
   */
  readonly policyHref: string | null | undefined;
  readonly onAcceptAll: () => void;
  readonly onRejectAll: () => void;
  readonly onCustomize: () => void;
}

/**
 * The consent banner: a labelled region, not a modal, with accept all, reject all and customise
 * given the same weight. Nothing in it is pre-ticked because it holds no switch at all.
 */
export function renderBanner({ t, layout, site, policyHref, onAcceptAll, onRejectAll, onCustomize }: BannerOptions) {
  return html`<section part="banner" class="banner ${layout}" role="region" aria-labelledby="banner-title">
    <h2 part="title" id="banner-title">${t('bannerTitle', { site })}</h2>
    <p>
      ${t('bannerText')}
      ${policyHref === null ? '' : html`<a href=${policyHref ?? ''}>${t('policyLink')}</a>`}
    </p>
    <div class="actions">
      <button part="accept-all" @click=${onAcceptAll}>${t('acceptAll')}</button>
      <button part="reject-all" @click=${onRejectAll}>${t('rejectAll')}</button>
      <button part="customize" aria-haspopup="dialog" @click=${onCustomize}>${t('customize')}</button>
    </div>
  </section>`;
}

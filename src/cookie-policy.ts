import { html, LitElement, nothing } from 'lit';
import {
  DEFAULT_COOKIE_NAME,
  DEFAULT_MAX_AGE_DAYS,
  resolveConsentOptions,
} from './consent/consent-options.js';
import { type ConsentDetail, type DecisionSource, servicesOf } from './consent/decision.js';
import type { Choices } from './consent/decision-store.js';
import { startPlaceholders } from './consent/setup-consent.js';
import { DialogController } from './controllers/dialog-controller.js';
import { DockingController } from './controllers/docking-controller.js';
import { OPENER, OpenerLinksController } from './controllers/opener-links.js';
import { PageConsentController } from './controllers/page-consent-controller.js';
import { RegistryLoader } from './controllers/registry-loader.js';
import { styles } from './cookie-policy.styles.js';
import { auditPage, logAudit } from './debug/audit.js';
import { scriptsRan } from './gating/ran-scripts.js';
import { resolveHttpUrl } from './http-url.js';
import { localize, pickLanguage, translator } from './i18n/texts.js';
import type { Registry } from './registry/types.js';
import { afterNextPaint } from './ui/after-next-paint.js';
import { renderBanner, type BannerLayout } from './ui/banner.js';
import { renderPolicy } from './ui/policy.js';
import { renderPreferences } from './ui/preferences.js';
import { ProgressiveRowsController } from './ui/progressive-rows.js';
import type { ViewContext } from './ui/view-context.js';

/**
 * The element's outer template, one call site for every state: lit keeps a template's DOM only
 * when the same template literal renders again, so the early banner (before the registry) and the
 * full one must share it, or the banner is rebuilt (and slides in again) when the registry lands.
 */
const layout = (main: unknown, dialog: unknown) => html`${main}${dialog}`;

/**
 * `<cookie-policy>`: renders a portal's cookie policy from a JSON registry, asks for consent with a
 * banner and a preferences dialog, stores the decision and gates the page's marked scripts.
 * Every element on a page shares one decision.
 *
 * @fires cookie-consent-change - On `document`, when the decision is known or changes (see `CookieConsentChangeEvent`).
 * @fires cookie-policy-load - On the element, once its registry is loaded and rendered, or has failed (see `CookiePolicyLoadEvent`).
 * @csspart banner - The consent banner (a labelled region).
 * @csspart dialog - The preferences dialog.
 * @csspart policy - The policy view.
 * @csspart title - The heading of the banner, the dialog or the policy.
 * @csspart accept-all - "Accept all" buttons.
 * @csspart reject-all - "Reject all" buttons (and the policy view's withdrawal).
 * @csspart customize - The banner's "Customise" button.
 * @csspart save - "Save my choices" buttons.
 * @csspart close - The dialog's close button.
 * @csspart category - One category: its switch and description, or its policy section.
 * @csspart toggle - A category or service switch (`input[role=switch]`, with `data-category` or `data-service`).
 * @csspart service - One service under its category: its switch, description and cookies.
 * @csspart table - A policy table of cookies.
 * @csspart error - The message shown when the registry cannot be used.
 * @csspart reload - "Reload to finish": offered by the dialog and the policy view after a change that turned off something whose scripts already ran.
 * @csspart reopen - The small "Cookie settings" button shown after a decision.
 * @attr data-docked - Set by the element in the `banner` view when it is the last thing in `<body>`: the banner then sits
 *   in the flow, sticky to the bottom of the viewport, so that the page can be scrolled clear of it.
 * @cssprop --cookie-policy-color - Text colour of the banner, dialog and reopen button.
 * @cssprop --cookie-policy-background - Background of the banner, dialog and reopen button.
 * @cssprop --cookie-policy-accent - Button background and switch colour.
 * @cssprop --cookie-policy-accent-text - Button text colour (must contrast with the accent).
 * @cssprop --cookie-policy-border - Border colour of the banner, dialog and secondary controls.
 * @cssprop --cookie-policy-focus - Focus outline colour.
 * @cssprop --cookie-policy-font - Font shorthand (inherits the page's by default).
 * @cssprop --cookie-policy-code-font - Font family of cookie names.
 * @cssprop --cookie-policy-radius - Corner radius.
 * @cssprop --cookie-policy-spacing - Base spacing unit.
 * @cssprop --cookie-policy-table-border - Border colour of policy tables.
 * @cssprop --cookie-policy-z-index - Stacking order of the banner and reopen button.
 */
export class CookiePolicy extends LitElement {
  static override styles = styles;

  // Reactive properties without decorators: the decorator helpers cost the one-file bundle bytes.
  static override properties = {
    src: {},
    view: {},
    lang: { reflect: true },
    cookieName: { attribute: 'cookie-name' },
    cookieDomain: { attribute: 'cookie-domain' },
    consentMaxAge: { attribute: 'consent-max-age', type: Number },
    consentMode: { attribute: 'consent-mode', type: Boolean },
    consentLog: { attribute: 'consent-log' },
    bannerLayout: { attribute: 'banner-layout' },
    debug: { type: Boolean },
    choices: { state: true, attribute: false },
    saved: { state: true, attribute: false },
    reloadOffer: { state: true, attribute: false },
  };

  readonly #consent = new PageConsentController(
    this,
    () => resolveConsentOptions(this),
    () => this.#uiLang,
    () => this.#handleConsentChange(),
  );
  readonly #registry = new RegistryLoader(this, {
    requests: () => this.#consent.page.registries,
    // A first visit paints its banner without the registry: the request (whose start alone costs
    // the main thread several ms) and the parsing wait for that paint instead of delaying it.
    beforeFirstRequest: () => (this.renderRoot.querySelector('[part="banner"]') ? afterNextPaint() : undefined),
    onLoad: (registry) => this.#handleRegistry(registry),
  });
  readonly #dialog = new DialogController(
    this,
    () => !!this.#registry.registry,
    () => this.renderRoot.querySelector<HTMLElement>('[part="reopen"]'),
  );
  readonly #rows = new ProgressiveRowsController(this);

  /** URL of the JSON registry; without it, the inline `<script type="application/json">` child. */
  src?: string;
  /** `banner` (consent banner and preferences dialog) or `policy` (the full policy in place). */
  view: 'banner' | 'policy' = 'banner';
  /** UI and registry language; defaults to the closest `lang`, then the registry's first language. */
  override lang!: string;
  /** Name of the first-party cookie that stores the decision. */
  cookieName = DEFAULT_COOKIE_NAME;
  /** `Domain` of the decision cookie, to share one decision across subdomains. */
  cookieDomain?: string;
  /** Days a decision stays valid before the banner asks again. */
  consentMaxAge = DEFAULT_MAX_AGE_DAYS;
  /** Drive Google Consent Mode v2 through `gtag` / `dataLayer`. */
  consentMode = false;
  /** URL that receives a proof-of-consent record after each decision. */
  consentLog?: string;
  /** Where the banner sits: `bar` (full width at the bottom), `box` (a corner box) or `top` (full width at the top). */
  bannerLayout: BannerLayout = 'bar';
  /** Log the decision, the gated elements and undeclared cookies to the console. */
  debug = false;

  /** The switches' positions in the dialog or policy view, before they are saved. */
  private choices: Record<string, boolean> = {};
  /** Whether the policy view's last save succeeded. */
  private saved = false;
  /** Whether the dialog and the policy view offer a reload: something turned off here has run. */
  private reloadOffer = false;
  /** Categories turned off in this element whose scripts may have run on the page. */
  readonly #turnedOff = new Set<string>();

  constructor() {
    super();
    new DockingController(this);
    new OpenerLinksController(
      this,
      () => !this.#registry.error,
      () => void this.showPreferences(),
    );
  }

  #handleRegistry(registry: Registry) {
    this.#consent.start(registry);
    this.choices = this.#currentChoices();
    const lang = this.#uiLang;
    const page = this.#consent.page;
    // The page's first element with a registry puts placeholders in the place of blocked embeds.
    page.placeholders ??= startPlaceholders(page, {
      t: translator(registry, lang),
      lang,
      titleOf: (id) =>
        localize(
          [...registry.categories, ...(registry.services ?? [])].find((item) => item.id === id)?.title,
          lang,
          registry.languages[0],
        ),
      policyUrl: resolveHttpUrl(registry.policyUrl),
      allow: (id) => this.#consent.decide({ [id]: true }, 'embed'),
      load: (embed) => page.gate.release(embed),
    });
    this.#audit();
  }

  /** A decision from this element, another one, a script or another tab: the switches follow it. */
  #handleConsentChange() {
    this.choices = this.#currentChoices();
    this.#audit();
  }

  #handleReload = () => location.reload();

  /** A switch moved: a category's carries its services along, so that the view shows them at once. */
  #handleToggle = (id: string, on: boolean) => {
    const choices = { ...this.choices, [id]: on };
    for (const service of servicesOf(this.#registry.registry!, id)) choices[service.id] = on;
    this.choices = choices;
    this.saved = false;
  };

  async #handleDialogDecision(choices: Choices) {
    this.#decideInView(choices, 'preferences');
    if (!this.reloadOffer) return this.#dialog.close();
    // The dialog stays open to say that a reload completes the change, its button focused.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="reload"]')?.focus();
  }

  /**
   * A decision made in the dialog or the policy view. When it turns off a category whose gated
   * scripts already ran on this page, the view offers the reload that completes it (SPEC §5).
   */
  #decideInView(choices: Choices, source: 'preferences' | 'policy') {
    const before = this.consent?.categories ?? {};
    this.#decide(choices, source);
    const after = this.consent?.categories ?? {};
    for (const id of Object.keys(before)) if (before[id] && !after[id]) this.#turnedOff.add(id);
    this.reloadOffer = scriptsRan([...this.#turnedOff].filter((id) => !after[id]));
  }

  /** The current decision (the `cookie-consent-change` detail), or `null` before one. */
  get consent(): ConsentDetail | null {
    return this.#consent.consent;
  }

  /** Allows every category. */
  acceptAll() {
    this.#decide(true, 'api');
  }

  /** Refuses every category that is not required. */
  rejectAll() {
    this.#decide(false, 'api');
  }

  /**
   * Stores a decision from an object of category or service id → boolean: a category sets all its
   * services, a service only itself; ids not named keep their value (refused on a first visit);
   * required categories stay on.
   */
  save(choices: Readonly<Record<string, boolean>>) {
    this.#decide({ ...choices }, 'api');
  }

  /** Opens the preferences dialog (once the registry has loaded, if it has not yet). */
  async showPreferences() {
    if (!this.#dialog.open) this.choices = this.#currentChoices();
    await this.#dialog.show();
  }

  /** Records a decision; with a failed registry, none (nothing is granted on an error). */
  #decide(choices: Choices, source: DecisionSource) {
    if (this.#registry.error) return;
    this.#consent.decide(choices, source);
  }

  /** With `debug`: once the gate has settled, logs the decision, gated elements and undeclared cookies. */
  #audit() {
    const registry = this.#registry.registry;
    if (!this.debug || !registry) return;
    void this.#consent.page.gate.idle().then(() => logAudit(auditPage({ registry, consent: this.consent })));
  }

  #currentChoices(): Record<string, boolean> {
    return { ...this.consent?.categories, ...this.consent?.services };
  }

  get #uiLang(): string {
    // The property first: while an update renders, a new `lang` is not reflected to the attribute yet.
    const requested = this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    const registry = this.#registry.registry;
    return registry ? pickLanguage(requested, registry.languages) : requested || 'en';
  }

  #context(registry: Registry): ViewContext {
    const lang = this.#uiLang;
    return {
      registry,
      lang,
      t: translator(registry, lang),
      text: (value) => localize(value, lang, registry.languages[0]),
      site: registry.site ?? location.hostname,
    };
  }

  #renderBanner(context: Pick<ViewContext, 't' | 'site'>, policyHref: string | null | undefined) {
    const chosen = this.bannerLayout;
    return renderBanner({
      t: context.t,
      layout: chosen === 'box' || chosen === 'top' ? chosen : 'bar',
      site: context.site,
      policyHref,
      onAcceptAll: () => this.#decide(true, 'banner'),
      onRejectAll: () => this.#decide(false, 'banner'),
      onCustomize: () => this.showPreferences(),
    });
  }

  #renderMain(context: ViewContext) {
    const { registry, t } = context;
    if (this.view === 'policy') {
      return renderPolicy(context, {
        consent: this.consent,
        choices: this.choices,
        saved: this.saved,
        reloadOffer: this.reloadOffer,
        onReload: this.#handleReload,
        rows: this.#rows.schedule('policy', registry, context.lang),
        onToggle: this.#handleToggle,
        onSave: () => {
          this.#decideInView(this.choices, 'policy');
          this.saved = true;
        },
        onWithdraw: () => {
          this.#decideInView(false, 'policy');
          this.saved = true;
        },
      });
    }
    if (this.#consent.decided) {
      if (document.querySelector(OPENER)) return nothing;
      return html`<button part="reopen" aria-haspopup="dialog" @click=${() => this.showPreferences()}>
        ${t('reopen')}
      </button>`;
    }
    return this.#renderBanner(context, resolveHttpUrl(registry.policyUrl));
  }

  override render() {
    const registry = this.#registry.registry;
    if (!registry) {
      const t = translator(null, this.#uiLang);
      const { error } = this.#registry;
      // For visitors a short notice; the problem stays named, in small print, for the site's team.
      if (error) {
        // The banner view's notice draws the banner's surface; the policy view's, the page's.
        return html`<div part="error" class=${this.view === 'policy' ? 'error' : 'error surface'} role="status">
          <p>${t('errorTitle')}</p>
          <p><small>${error}</small></p>
        </div>`;
      }
      if (this.view === 'policy') return html`<p role="status">${t('loading')}</p>`;
      // The outer template of the full render too, so that the early banner's DOM is kept, not replaced, when the registry lands.
      const early = this.#consent.surelyFirstVisit;
      return layout(early ? this.#renderBanner({ t, site: location.hostname }, undefined) : nothing, nothing);
    }
    const context = this.#context(registry);
    const dialog = this.#dialog;
    return layout(
      this.#renderMain(context),
      dialog.open
        ? renderPreferences(context, {
            choices: this.choices,
            rows: this.#rows.schedule('dialog', registry, context.lang, dialog.openings),
            reloadOffer: this.reloadOffer,
            onReload: this.#handleReload,
            onToggle: this.#handleToggle,
            onSave: () => this.#handleDialogDecision(this.choices),
            onAcceptAll: () => this.#handleDialogDecision(true),
            onRejectAll: () => this.#handleDialogDecision(false),
            onClose: dialog.close,
            onCancel: dialog.handleCancel,
            onKeydown: dialog.handleKeydown,
          })
        : nothing,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-policy': CookiePolicy;
  }
}

import { html, nothing } from 'lit-html';
import { ElementBase, type PropertyValues } from './element-base.js';
import type { ConsentManager } from './consent/consent-manager.js';
import type { ConsentDetail, DecisionSource } from './consent/decision.js';
import { readDecisionCookie } from './consent/cookie-storage.js';
import { styles } from './cookie-policy.styles.js';
import { auditPage, logAudit } from './debug/audit.js';
import { localize, pickLanguage, translator, type Translate } from './i18n/texts.js';
import { pageConsent, pageGate, startPageConsent } from './page-consent.js';
import { loadRegistry } from './registry/load.js';
import { resolveHttpUrl } from './registry/parse.js';
import type { Registry } from './registry/types.js';
import { afterNextPaint } from './ui/after-next-paint.js';
import { renderBanner } from './ui/banner.js';
import { renderPolicy, type PolicyTables } from './ui/policy.js';
import { renderPreferences } from './ui/preferences.js';
import type { ViewContext } from './ui/view-context.js';

/** Registry requests by absolute URL: several elements pointing at one file fetch it once. */
const registryRequests = new Map<string, Promise<Registry>>();

/** Connected elements, in connection order: `[data-cookie-policy-open]` clicks go to one of them. */
const connected = new Set<CookiePolicy>();

const OPENER = '[data-cookie-policy-open]';

function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * Whether nothing visible follows the element in `<body>`: then the banner can be sticky in the
 * flow (the page scrolls clear of it) instead of fixed over the page's last lines.
 */
function isAtEndOfBody(element: Element): boolean {
  if (element.parentElement !== document.body) return false;
  for (let next = element.nextElementSibling; next; next = next.nextElementSibling) {
    if (!/^(SCRIPT|TEMPLATE|STYLE|LINK|NOSCRIPT)$/.test(next.tagName)) return false;
  }
  return true;
}

function handleOpenerClick(event: MouseEvent) {
  const opener = event.composedPath().find((node) => node instanceof Element && node.matches(OPENER));
  if (!opener) return;
  const elements = [...connected];
  const target = elements.find((element) => element.view !== 'policy') ?? elements[0];
  if (!target) return;
  event.preventDefault();
  target.showPreferences();
}

/**
 * `<cookie-policy>`: renders a portal's cookie policy from a JSON registry, asks for consent with a
 * banner and a preferences dialog, stores the decision and gates the page's marked scripts.
 * Every element on a page shares one decision.
 *
 * @fires cookie-consent-change - On `document`, when the decision is known or changes (see `CookieConsentChangeEvent`).
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
 * @csspart toggle - A category switch (`input[role=switch]`, with `data-category`).
 * @csspart table - A policy table of cookies.
 * @csspart error - The message shown when the registry cannot be used.
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
export class CookiePolicy extends ElementBase {
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
    debug: { type: Boolean },
    registry: { state: true, attribute: false },
    error: { state: true, attribute: false },
    dialogOpen: { state: true, attribute: false },
    choices: { state: true, attribute: false },
    saved: { state: true, attribute: false },
    pending: { state: true, attribute: false },
  };

  /** URL of the JSON registry; without it, the inline `<script type="application/json">` child. */
  src?: string;
  /** `banner` (consent banner and preferences dialog) or `policy` (the full policy in place). */
  view: 'banner' | 'policy' = 'banner';
  /** UI and registry language; defaults to the closest `lang`, then the registry's first language. */
  override lang!: string;
  /** Name of the first-party cookie that stores the decision. */
  cookieName = 'cookies_preferences';
  /** `Domain` of the decision cookie, to share one decision across subdomains. */
  cookieDomain?: string;
  /** Days a decision stays valid before the banner asks again. */
  consentMaxAge = 180;
  /** Drive Google Consent Mode v2 through `gtag` / `dataLayer`. */
  consentMode = false;
  /** URL that receives a proof-of-consent record after each decision. */
  consentLog?: string;
  /** Log the decision, the gated elements and undeclared cookies to the console. */
  debug = false;

  private registry: Registry | null = null;
  private error: string | null = null;
  private dialogOpen = false;
  private choices: Record<string, boolean> = {};
  private saved = false;
  /** A decision made before the registry arrived (early banner, or a page script): applied once it does. */
  private pending: { choices: Readonly<Record<string, boolean>> | boolean; source: DecisionSource } | null = null;

  #manager?: ConsentManager;
  #unsubscribe?: () => void;
  #loadedSrc?: string | null;
  #opener: HTMLElement | null = null;
  #preferencesPending = false;
  #policyTables: PolicyTables = {};

  override connectedCallback() {
    super.connectedCallback();
    if (connected.size === 0) document.addEventListener('click', handleOpenerClick);
    connected.add(this);
    if (this.#manager && !this.#unsubscribe) this.#subscribe();
    this.#dock();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    connected.delete(this);
    if (connected.size === 0) document.removeEventListener('click', handleOpenerClick);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues) {
    if (this.#loadedSrc !== (this.src ?? null)) void this.#load();
    if (changed.has('view')) {
      this.#dock();
      // Tables left mid-build stop filling once out of the page: a return to the policy builds them anew.
      this.#policyTables = {};
    }
  }

  /** Only the banner view docks: a policy is page content, never a sticky overlay. */
  #dock() {
    this.toggleAttribute('data-docked', this.view !== 'policy' && isAtEndOfBody(this));
  }

  /** The current decision (the `cookie-consent-change` detail), or `null` before one. */
  get consent(): ConsentDetail | null {
    return (this.#manager ?? pageConsent())?.consent ?? null;
  }

  /** Allows every category. */
  acceptAll() {
    this.#decide(true, 'api');
  }

  /** Refuses every category that is not required. */
  rejectAll() {
    this.#decide(false, 'api');
  }

  /** Stores a decision from an object of category id → boolean; required categories stay on. */
  save(categories: Readonly<Record<string, boolean>>) {
    this.#decide(categories, 'api');
  }

  /** Opens the preferences dialog (once the registry has loaded, if it has not yet). */
  async showPreferences() {
    if (!this.registry) {
      this.#preferencesPending = true;
      return;
    }
    this.#preferencesPending = false;
    if (this.dialogOpen) return;
    this.#opener = deepActiveElement();
    this.choices = this.#currentChoices();
    this.dialogOpen = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  async #load() {
    const src = this.src ?? null;
    this.#loadedSrc = src;
    this.error = null;
    try {
      if (!src && document.readyState === 'loading' && !this.#inlineRegistry()) {
        // A parser-created element is upgraded before its children exist: wait for them.
        await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      }
      // A first visit paints its banner without the registry: the request (whose start alone costs
      // the main thread several ms) and the parsing wait for that paint instead of delaying it.
      // An inline registry costs no request and is applied at once, so its texts show from the start.
      if (src && !this.hasUpdated) {
        await this.updateComplete;
        if (this.renderRoot.querySelector('[part="banner"]')) await afterNextPaint();
        if (this.#loadedSrc !== src) return;
      }
      const registry = await this.#fetchRegistry(src);
      if (this.#loadedSrc !== src) return;
      this.registry = registry;
      this.#startConsent(registry);
    } catch (error) {
      if (this.#loadedSrc !== src) return;
      this.registry = null;
      this.error = error instanceof Error ? error.message : String(error);
      console.error(`<cookie-policy>: ${this.error}`);
    }
  }

  #fetchRegistry(src: string | null): Promise<Registry> {
    if (!src) return loadRegistry({ inline: this.#inlineRegistry() });
    const url = new URL(src, document.baseURI).href;
    const request = registryRequests.get(url) ?? loadRegistry({ src: url });
    registryRequests.set(url, request);
    return request;
  }

  #inlineRegistry(): string | null {
    return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
  }

  #startConsent(registry: Registry) {
    this.#manager = startPageConsent(registry, {
      cookie: {
        name: this.#decisionCookie,
        domain: this.cookieDomain || undefined,
        // A missing or nonsensical value keeps the documented default rather than voiding every decision.
        maxAgeDays: Number.isFinite(this.consentMaxAge) && this.consentMaxAge > 0 ? this.consentMaxAge : 180,
      },
      consentMode: this.consentMode,
      consentLog: this.consentLog,
      lang: () => this.#uiLang,
    });
    this.#unsubscribe?.();
    this.#subscribe();
    this.choices = this.#currentChoices();
    const { pending } = this;
    this.pending = null;
    if (pending) this.#decide(pending.choices, pending.source);
    else this.#audit();
    if (this.#preferencesPending) void this.showPreferences();
  }

  /**
   * A first visit (no decision cookie that could be valid, no GPC signal) shows the same banner
   * whatever the registry says, so it is painted without waiting for the registry request.
   * Gating does not depend on it: nothing gated runs before the registry and the decision agree.
   */
  get #isFirstVisit(): boolean {
    return (
      readDecisionCookie(this.#decisionCookie) === null &&
      (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl !== true
    );
  }

  get #decisionCookie(): string {
    return this.cookieName || 'cookies_preferences';
  }

  #subscribe() {
    this.#unsubscribe = this.#manager?.subscribe(() => {
      this.choices = this.#currentChoices();
      this.requestUpdate();
      this.#audit();
    });
  }

  /** With `debug`: once the gate has settled, logs the decision, gated elements and undeclared cookies. */
  #audit() {
    const { registry } = this;
    if (!this.debug || !registry) return;
    void (pageGate()?.idle() ?? Promise.resolve()).then(() => logAudit(auditPage({ registry, consent: this.consent })));
  }

  #currentChoices(): Record<string, boolean> {
    return { ...this.consent?.categories };
  }

  get #uiLang(): string {
    // The property first: while an update renders, a new `lang` is not reflected to the attribute yet.
    const requested = this.lang || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    return this.registry ? pickLanguage(requested, this.registry.languages) : requested || 'en';
  }

  /** Records a decision: an object of category → boolean, or `true`/`false` for all categories. */
  #decide(choices: Readonly<Record<string, boolean>> | boolean, source: DecisionSource) {
    const manager = this.#manager ?? pageConsent();
    if (!manager) {
      // Too early to know the categories: keep it for when the registry arrives. A registry
      // that fails never applies it, so nothing is granted on an error.
      if (!this.error) this.pending = { choices, source };
      return;
    }
    if (choices === true) manager.acceptAll(source);
    else if (choices === false) manager.rejectAll(source);
    else manager.decide({ ...choices }, source);
  }

  #handleToggle = (id: string, on: boolean) => {
    this.choices = { ...this.choices, [id]: on };
    this.saved = false;
  };

  #handleDialogDecision(choices: Record<string, boolean> | boolean) {
    this.#decide(choices, 'preferences');
    this.#handleDialogClose();
  }

  #handleDialogClose = (event?: Event) => {
    const dialog = this.renderRoot.querySelector('dialog');
    // A `close` event arrives a task after close(): by then the dialog may have been reopened
    // (the same element, shown again) or replaced. Neither must be closed by the stale event.
    if (!this.dialogOpen || (event?.type === 'close' && (event.target !== dialog || dialog?.open))) return;
    if (dialog?.open) dialog.close();
    this.dialogOpen = false;
    const opener = this.#opener;
    this.#opener = null;
    void this.updateComplete.then(() => {
      const target = opener?.isConnected
        ? opener
        : this.renderRoot.querySelector<HTMLElement>('[part="reopen"]');
      target?.focus();
    });
  };

  // Chromium lets Tab leave a modal <dialog> for the browser UI after its last control;
  // keeping focus inside is what a modal promises (WAI-ARIA dialog pattern).
  #handleDialogKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const dialog = event.currentTarget as HTMLDialogElement;
    const controls = [...dialog.querySelectorAll<HTMLElement>('button, input:not(:disabled), a[href]')];
    const active = this.shadowRoot?.activeElement;
    const edge = event.shiftKey ? controls[0] : controls[controls.length - 1];
    if (active === edge || !controls.includes(active as HTMLElement)) {
      event.preventDefault();
      (event.shiftKey ? controls[controls.length - 1] : controls[0])?.focus();
    }
  };

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

  #renderReopen(context: ViewContext) {
    if (document.querySelector(OPENER)) return nothing;
    return html`<button part="reopen" aria-haspopup="dialog" @click=${() => this.showPreferences()}>
      ${context.t('reopen')}
    </button>`;
  }

  #renderBanner(t: Translate, site: string, policyHref: string | null | undefined) {
    return renderBanner({
      t,
      site,
      policyHref,
      onAcceptAll: () => this.#decide(true, 'banner'),
      onRejectAll: () => this.#decide(false, 'banner'),
      onCustomize: () => this.showPreferences(),
    });
  }

  override render() {
    const { registry } = this;
    if (!registry) {
      const t = translator(null, this.#uiLang);
      if (this.error) return html`<p part="error" role="alert">${t('errorTitle')}: ${this.error}</p>`;
      if (this.view === 'policy') return html`<p role="status">${t('loading')}</p>`;
      // Same outer template as below, so that the early banner's DOM is kept, not replaced, when the registry lands.
      const early = !this.pending && this.#isFirstVisit;
      return html`${early ? this.#renderBanner(t, location.hostname, undefined) : nothing}${nothing}`;
    }
    const context = this.#context(registry);
    const consent = this.consent;
    let main;
    if (this.view === 'policy') {
      main = renderPolicy(context, {
        consent,
        choices: this.choices,
        saved: this.saved,
        onToggle: this.#handleToggle,
        tables: this.#policyTables,
        onSave: () => {
          this.#decide(this.choices, 'policy');
          this.saved = true;
        },
        onWithdraw: () => {
          this.#decide(false, 'policy');
          this.saved = true;
        },
      });
    } else if (this.#manager?.decided) {
      main = this.#renderReopen(context);
    } else {
      const { policyUrl } = registry;
      main = this.#renderBanner(
        context.t,
        context.site,
        policyUrl === undefined ? null : resolveHttpUrl(policyUrl, document.baseURI),
      );
    }
    return html`${main}${this.dialogOpen
      ? renderPreferences(context, {
          choices: this.choices,
          onToggle: this.#handleToggle,
          onSave: () => this.#handleDialogDecision(this.choices),
          onAcceptAll: () => this.#handleDialogDecision(true),
          onRejectAll: () => this.#handleDialogDecision(false),
          onClose: this.#handleDialogClose,
          onKeydown: this.#handleDialogKeydown,
        })
      : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-policy': CookiePolicy;
  }
}

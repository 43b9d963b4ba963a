import type { Translate } from '../i18n/texts.js';
import { type GateConsent, MARKS, readGateMark } from './script-gate.js';

/** What placeholders need from the page: its consent, its texts and what the two buttons do. */
export interface PlaceholderHost {
  readonly consent: GateConsent;
  /** The UI texts (the registry's overrides over the built-in ones), in the registry's language. */
  readonly t: Translate;
  /** The language of those texts, set on each placeholder. */
  readonly lang: string;
  /** The title of a service or category id, in that language. */
  titleOf(id: string): string;
  /** The policy page when it is an http(s) URL, else `null` (no link). */
  readonly policyUrl: string | null;
  /** "Always allow": stores a decision granting `id` (source `embed`). */
  allow(id: string): void;
  /** "Load": loads this one embed now, for this page view only. */
  load(embed: Element): void;
}

const FOR = 'data-cookie-placeholder-for';
const OPT_OUT = 'data-cookie-placeholder';
const EMBEDS = MARKS.flatMap((mark) => [
  `iframe[${mark}][data-src]:not([data-cookie-policy-activated]):not([${OPT_OUT}=none])`,
  `template[${mark}][${OPT_OUT}]:not([${OPT_OUT}=none])`,
]).join();

// The look: the page's --cookie-policy-* tokens, else system colours, which follow the colour
// scheme (light or dark) with contrast the browser guarantees. The content sits centred in the
// box (`safe`: when it is taller than the box, it starts at the top and scrolls, none cut off);
// the buttons wrap, each line of them centred.
const STYLES = `:host{display:block;max-width:100%;color-scheme:light dark}
[part=placeholder]{box-sizing:border-box;height:100%;overflow:auto;display:grid;place-content:safe center;text-align:center;padding:var(--cookie-policy-spacing,1rem);font:var(--cookie-policy-font,inherit);line-height:1.5;color:var(--cookie-policy-color,CanvasText);background:var(--cookie-policy-background,Canvas);border:1px solid var(--cookie-policy-border,GrayText);border-radius:var(--cookie-policy-radius,6px)}
p{margin:0 0 .5rem}a{color:inherit}
button{font:inherit;margin:.25rem;padding:.5rem 1rem;border-radius:var(--cookie-policy-radius,6px)}
[part=placeholder-allow]{color:var(--cookie-policy-accent-text,#fff);background:var(--cookie-policy-accent,#0b57d0);border:1px solid}
:focus-visible{outline:3px solid var(--cookie-policy-focus,Highlight);outline-offset:2px}`;

/** A CSS length from a `width`/`height` attribute: a number of pixels, else the value as written. */
const length = (value: string | null) => (value && /^\d+$/.test(value.trim()) ? `${value.trim()}px` : value);

/**
 * Shows a placeholder in the place of each gated embed that is not allowed: every gated
 * `<iframe data-src>` (but `data-cookie-placeholder="none"`) and every gated `<template>` with
 * `data-cookie-placeholder`, once the registry is known. The placeholder is a `<div>` carrying
 * `data-cookie-placeholder-for="<id>"` right before the embed, sized like it (its `width` and
 * `height`, else 16:9 of the available width) through CSSOM, with an open shadow root: part
 * `placeholder` names the embed and the service, says that loading it lets the service set
 * cookies and links to the policy; part `placeholder-load` loads it for this page view, part
 * `placeholder-allow` stores a decision that allows the service. Focus then moves to the embed.
 * Nothing of the embed's provider is requested before a click.
 *
 * An embed that the registry does not know, written `!id`, or whose category is not its
 * service's own, gets no placeholder (it never loads). Call `update()` after each decision.
 *
 * @example
 * const placeholders = new EmbedPlaceholders(host);
 * placeholders.start();
 * store.subscribe(() => placeholders.update());
 */
export class EmbedPlaceholders {
  /** Each embed shown as a placeholder → its placeholder. */
  readonly #shown = new Map<Element, HTMLElement>();
  readonly #host: PlaceholderHost;
  readonly #root: Document;
  #sheet?: CSSStyleSheet;
  #observer?: MutationObserver;

  constructor(host: PlaceholderHost, root: Document = document) {
    this.#host = host;
    this.#root = root;
  }

  /** Shows the placeholders due now and watches the page for embeds added later. Idempotent. */
  start(): void {
    if (this.#observer) return;
    this.#observer = new MutationObserver(() => this.update());
    this.#observer.observe(this.#root, { childList: true, subtree: true });
    this.update();
  }

  /** Stops watching and takes every placeholder away. */
  stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    for (const embed of [...this.#shown.keys()]) this.#hide(embed);
  }

  /** Adds the placeholders that are due and removes those whose embed is loaded, allowed or gone. */
  update(): void {
    if (!this.#observer) return;
    const due = new Set<Element>();
    for (const embed of this.#root.querySelectorAll(EMBEDS)) {
      const { id, refusal, problem } = readGateMark(embed, (id) => this.#host.consent.categoryOf(id));
      if (!problem && !refusal && !this.#host.consent.isGranted(id)) {
        due.add(embed);
        if (!this.#shown.has(embed)) this.#show(embed, id);
      }
    }
    for (const embed of [...this.#shown.keys()]) if (!due.has(embed)) this.#hide(embed);
    // Work done here must not wake the observer again (it would loop).
    this.#observer.takeRecords();
  }

  #show(embed: Element, id: string): void {
    const { t, lang, policyUrl } = this.#host;
    const doc = this.#root;
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', part?: string) => {
      const element = doc.createElement(tag);
      element.textContent = text;
      if (part) element.setAttribute('part', part);
      return element;
    };
    const service = this.#host.titleOf(id);
    const placeholder = make('div');
    placeholder.setAttribute(FOR, id);
    const width = length(embed.getAttribute('width'));
    const height = length(embed.getAttribute('height'));
    // CSSOM, not a style attribute: strict CSP allows it.
    placeholder.style.width = width ?? '100%';
    if (width && height) placeholder.style.height = height;
    else placeholder.style.aspectRatio = '16 / 9';
    const shadow = placeholder.attachShadow({ mode: 'open' });
    this.#sheet ??= new CSSStyleSheet();
    if (!this.#sheet.cssRules.length) this.#sheet.replaceSync(STYLES);
    shadow.adoptedStyleSheets = [this.#sheet];
    const box = make('section', '', 'placeholder');
    box.lang = lang;
    box.setAttribute('aria-label', service);
    box.append(make('p', t('placeholderText', { service, embed: embed.getAttribute('title') || service })));
    if (policyUrl) {
      const link = make('a', t('policyLink'));
      link.href = policyUrl;
      box.append(link);
    }
    const buttons = make('p');
    const load = make('button', t('placeholderLoad', { service }), 'placeholder-load');
    const allow = make('button', t('placeholderAllow', { service }), 'placeholder-allow');
    load.addEventListener('click', () => this.#release(embed, () => this.#host.load(embed)));
    allow.addEventListener('click', () => this.#release(embed, () => this.#host.allow(id)));
    buttons.append(load, allow);
    box.append(buttons);
    shadow.append(box);
    if (embed instanceof HTMLElement) embed.style.display = 'none';
    embed.before(placeholder);
    this.#shown.set(embed, placeholder);
  }

  #hide(embed: Element): void {
    const placeholder = this.#shown.get(embed)!;
    this.#shown.delete(embed);
    if (embed instanceof HTMLElement) embed.style.removeProperty('display');
    placeholder.remove();
  }

  /** Runs a button's action, then moves focus from the placeholder to what took the embed's place. */
  #release(embed: Element, action: () => void): void {
    // A loaded iframe stays where it is; a template's content takes its place, after this marker.
    const marker = this.#root.createTextNode('');
    embed.before(marker);
    action();
    this.update();
    const target = (embed.isConnected ? embed : marker.nextElementSibling) as HTMLElement | null;
    marker.remove();
    if (target) {
      if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus();
    }
  }
}

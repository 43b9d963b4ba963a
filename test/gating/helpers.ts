import { fixture } from '@open-wc/testing';
import { type Catalog, type Decision, categoryOf, isGranted, isRefused } from '../../src/consent/decision.js';
import type { GateConsent } from '../../src/gating/script-gate.js';

declare global {
  interface Window {
    /** Names pushed by the test server's `/e2e/hit/…` scripts and by inline test scripts, in run order. */
    __ran?: string[];
  }
}

/** A key no other test uses, so that the server's hit counts belong to one test. */
export function uniqueKey(): string {
  return `gate-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** URL of a test script that records `name` in `window.__ran`, optionally served after `delay` ms. */
export function hitUrl(key: string, name: string, delay = 0): string {
  return `/e2e/hit/${key}/${name}${delay ? `?delay=${delay}` : ''}`;
}

/** How many times the server was asked for each script of `key`. */
export async function hits(key: string): Promise<Record<string, number>> {
  return (await fetch(`/e2e/hits/${key}`, { cache: 'no-store' })).json();
}

/** What ran so far, in order. */
export function ran(): string[] {
  return window.__ran ?? [];
}

/** The code of an inline script that records `name` like the server's scripts do. */
export function recordInline(name: string): string {
  return `(window.__ran = window.__ran || []).push(${JSON.stringify(name)});`;
}

/** A gated `<script type="text/plain">`: external with `src`, else inline with `text`. */
export function gatedScript(
  category: string,
  { src, text, attributes = {} }: { src?: string; text?: string; attributes?: Record<string, string> },
): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.cookieCategory = category;
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  if (src) script.setAttribute('src', src);
  if (text) script.text = text;
  return script;
}

/** A gated `<iframe data-src>`. */
export function gatedIframe(category: string, src: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.dataset.cookieCategory = category;
  iframe.dataset.src = src;
  return iframe;
}

/** A fresh container in the document holding `children` (removed after the test by open-wc). */
export async function page(...children: Element[]): Promise<HTMLDivElement> {
  const container = await fixture<HTMLDivElement>(document.createElement('div'));
  container.append(...children);
  return container;
}

/** The executable copies the gate put in `container`. */
export function activated(container: ParentNode): HTMLScriptElement[] {
  return [...container.querySelectorAll<HTMLScriptElement>('script[data-cookie-policy-activated]')];
}

/**
 * Waits a little for something that must NOT happen (a request, a script run). Nothing signals
 * an absence, so a short real delay is the only honest check.
 */
export function quietPeriod(ms = 150): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Consent over a set of granted category ids: every id counts as a category, nothing is refused. */
export function grantedSet(granted: ReadonlySet<string>): GateConsent {
  return { isGranted: (id) => granted.has(id), isRefused: () => false, categoryOf: (id) => id };
}

/** Consent as the page's store gives it: the decision rules over `catalog` and whatever `decision()` returns now. */
export function decisionConsent(catalog: Catalog, decision: () => Decision | null): GateConsent {
  return {
    isGranted: (id) => isGranted(decision(), catalog, id),
    isRefused: (id) => isRefused(decision(), catalog, id),
    categoryOf: (id) => categoryOf(catalog, id),
  };
}

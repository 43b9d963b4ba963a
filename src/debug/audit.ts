import { parseCookieString } from '../consent/cookie-string.js';
import { type ConsentDetail, isGranted } from '../consent/decision.js';
import { matchCookieNames } from '../gating/clear-cookies.js';
import { ACTIVATED } from '../gating/script-gate.js';
import type { Registry } from '../registry/types.js';


/**
 * Where a marked element stands: `waiting` for consent (a `text/plain` script, an iframe with no
 * `src` yet), `activated` by the gate, or `ungated`: marked with a category but written so that
 * it runs or loads anyway (an executable script type, an iframe with a plain `src`, another tag).
 */
export type GatedState = 'waiting' | 'activated' | 'ungated';

/** One element of the page carrying `data-cookie-category`. */
export interface GatedElementReport {
  readonly element: Element;
  /** `script`, `iframe`, … */
  readonly tag: string;
  readonly category: string;
  readonly state: GatedState;
  /** Whether the current decision (or `required`) allows the category. */
  readonly granted: boolean;
  /** Whether the registry declares the category (an unknown one never runs). */
  readonly known: boolean;
  /** The script or frame URL, or `null` for an inline script. */
  readonly url: string | null;
}

/** One registry category and whether it is allowed now. */
export interface CategoryReport {
  readonly id: string;
  readonly required: boolean;
  readonly granted: boolean;
}

/** What `auditPage` found: the decision, each category, each gated element and stray cookies. */
export interface AuditReport {
  readonly revision: string;
  readonly consent: ConsentDetail | null;
  readonly categories: readonly CategoryReport[];
  readonly elements: readonly GatedElementReport[];
  /** Names in `document.cookie` that no registry name or `*` prefix covers. */
  readonly undeclaredCookies: readonly string[];
  /** `false` when `document.cookie` could not be read (a sandboxed frame, cookies blocked). */
  readonly cookiesReadable: boolean;
}

/** What an audit reads: the registry, the current decision (`null` before one) and the page. */
export interface AuditInput {
  readonly registry: Registry;
  readonly consent: ConsentDetail | null;
  /** The page to inspect; `document` by default. */
  readonly doc?: Document;
}

function stateOf(element: Element): GatedState {
  if (element.hasAttribute(ACTIVATED)) return 'activated';
  if (element.localName === 'script') {
    return (element.getAttribute('type') ?? '').trim().toLowerCase() === 'text/plain' ? 'waiting' : 'ungated';
  }
  if (element.localName === 'iframe') {
    return element.hasAttribute('data-src') && !element.hasAttribute('src') ? 'waiting' : 'ungated';
  }
  return 'ungated';
}

function urlOf(element: Element): string | null {
  return element.getAttribute('src') ?? element.getAttribute('data-src');
}

function cookieNames(doc: Document): string[] | null {
  try {
    return parseCookieString(doc.cookie).map(([name]) => name);
  } catch {
    return null;
  }
}

/**
 * Inspects the page for the `debug` attribute: the decision, every element marked with
 * `data-cookie-category` and its state, and the cookies present that the registry does not declare
 * (exact names, or `*` prefixes). It changes nothing; it only reads `doc`.
 *
 * @example
 * logAudit(auditPage({ registry, consent: element.consent }));
 */
export function auditPage({ registry, consent, doc = document }: AuditInput): AuditReport {
  const granted = (id: string) => isGranted(consent, registry.categories, id);
  const known = new Set(registry.categories.map(({ id }) => id));
  const elements = [...doc.querySelectorAll('[data-cookie-category]')].map((element) => {
    const category = element.getAttribute('data-cookie-category') ?? '';
    return {
      element,
      tag: element.localName,
      category,
      state: stateOf(element),
      granted: granted(category),
      known: known.has(category),
      url: urlOf(element),
    };
  });
  const present = cookieNames(doc);
  const declared = new Set(matchCookieNames(present ?? [], registry.cookies.flatMap(({ names }) => names)));
  return {
    revision: registry.revision,
    consent,
    categories: registry.categories.map(({ id, required }) => ({ id, required: !!required, granted: granted(id) })),
    elements,
    undeclaredCookies: [...new Set((present ?? []).filter((name) => !declared.has(name)))],
    cookiesReadable: present !== null,
  };
}

/** The console methods `logAudit` uses. */
export type AuditConsole = Pick<Console, 'groupCollapsed' | 'groupEnd' | 'log' | 'table' | 'warn'>;

/** Problems worth a warning: an element that should have run and did not, or the reverse. */
function problemOf({ state, granted, known }: GatedElementReport): string {
  if (!known) return 'unknown category: never runs';
  if (state === 'ungated') return 'runs without consent: use type="text/plain" or data-src';
  if (state === 'waiting' && granted) return 'granted but not activated yet';
  if (state === 'activated' && !granted) return 'ran before consent was withdrawn';
  return '';
}

/**
 * Prints `report` as one collapsed console group: the decision, a table of categories, a table of
 * gated elements (with a note on each one whose state contradicts the decision) and the
 * undeclared cookies.
 *
 * @example
 * logAudit(auditPage({ registry, consent }));
 */
export function logAudit(report: AuditReport, console: AuditConsole = globalThis.console): void {
  const { consent } = report;
  const decision = consent ? `decision ${consent.id} (${consent.source}, ${consent.decidedAt})` : 'no decision yet';
  console.groupCollapsed(`<cookie-policy> debug: revision ${report.revision}, ${decision}`);
  try {
    console.table(report.categories.map(({ id, required, granted }) => ({ category: id, required, granted })));
    if (report.elements.length) {
      console.table(
        report.elements.map((entry) => ({
          element: entry.tag,
          category: entry.category,
          state: entry.state,
          granted: entry.granted,
          url: entry.url ?? '(inline)',
          problem: problemOf(entry),
        })),
      );
    } else console.log('no element with data-cookie-category on this page');
    if (!report.cookiesReadable) console.log('document.cookie cannot be read here');
    else if (report.undeclaredCookies.length) {
      console.warn(`cookies not declared in the registry: ${report.undeclaredCookies.join(', ')}`);
    } else console.log('every cookie present is declared in the registry');
  } finally {
    console.groupEnd();
  }
}

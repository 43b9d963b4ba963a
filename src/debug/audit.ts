import { parseCookieString } from '../consent/cookie-string.js';
import { type ConsentDetail, categoryOf, isGranted, isRefused } from '../consent/decision.js';
import { matchCookieNames } from '../gating/clear-cookies.js';
import { ACTIVATED, readGateMark } from '../gating/script-gate.js';
import type { Registry } from '../registry/types.js';


/**
 * Where a marked element stands: `waiting` for consent (a `text/plain` script, an iframe with no
 * `src` yet), `activated` by the gate, or `ungated`: marked with a category but written so that
 * it runs or loads anyway (an executable script type, an iframe with a plain `src`, another tag).
 */
export type GatedState = 'waiting' | 'activated' | 'ungated';

/** One element of the page carrying `data-cookie-category` or `data-cookie-service`. */
export interface GatedElementReport {
  readonly element: Element;
  /** `script`, `iframe`, `template`, … */
  readonly tag: string;
  /** `data-cookie-category` as written (`!` included), `''` when absent. */
  readonly category: string;
  /** `data-cookie-service` as written, `null` when absent. */
  readonly service: string | null;
  readonly state: GatedState;
  /** Whether the gate allows it now: its id granted, or for a `!id` gate, refused by a decision. */
  readonly granted: boolean;
  /** Whether the registry declares its ids (an unknown one never runs). */
  readonly known: boolean;
  /** Why the markup can never run (unknown id, category not the service's own), `''` when it can. */
  readonly markup: string;
  /** The script or frame URL, or `null` for an inline script. */
  readonly url: string | null;
}

/** One registry category and whether it is allowed now. */
export interface CategoryReport {
  readonly id: string;
  readonly required: boolean;
  readonly granted: boolean;
}

/** One registry service and whether it is allowed now. */
export interface ServiceReport {
  readonly id: string;
  readonly category: string;
  readonly granted: boolean;
}

/** What `auditPage` found: the decision, each category and service, each gated element and stray cookies. */
export interface AuditReport {
  readonly revision: string;
  readonly consent: ConsentDetail | null;
  readonly categories: readonly CategoryReport[];
  readonly services: readonly ServiceReport[];
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
  // A template's content is inert until the gate puts it in the template's place.
  return element.localName === 'template' ? 'waiting' : 'ungated';
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
 * `data-cookie-category` or `data-cookie-service` and its state (with the reason it can never run,
 * for an unknown id or a category that is not its service's own), and the cookies present that the registry does not declare
 * (exact names, or `*` prefixes). It changes nothing; it only reads `doc`.
 *
 * @example
 * logAudit(auditPage({ registry, consent: element.consent }));
 */
export function auditPage({ registry, consent, doc = document }: AuditInput): AuditReport {
  const granted = (id: string) => isGranted(consent, registry, id);
  const elements = [...doc.querySelectorAll('[data-cookie-category],[data-cookie-service]')].map((element) => {
    const { id, refusal, problem } = readGateMark(element, (id) => categoryOf(registry, id));
    return {
      element,
      tag: element.localName,
      category: element.getAttribute('data-cookie-category') ?? '',
      service: element.getAttribute('data-cookie-service'),
      state: stateOf(element),
      granted: !problem && (refusal ? isRefused(consent, registry, id) : granted(id)),
      known: !problem.startsWith('unknown'),
      markup: problem,
      url: urlOf(element),
    };
  });
  const present = cookieNames(doc);
  const declared = new Set(matchCookieNames(present ?? [], registry.cookies.flatMap(({ names }) => names)));
  return {
    revision: registry.revision,
    consent,
    categories: registry.categories.map(({ id, required }) => ({ id, required: !!required, granted: granted(id) })),
    services: (registry.services ?? []).map(({ id, category }) => ({ id, category, granted: granted(id) })),
    elements,
    undeclaredCookies: [...new Set((present ?? []).filter((name) => !declared.has(name)))],
    cookiesReadable: present !== null,
  };
}

/** The console methods `logAudit` uses. */
export type AuditConsole = Pick<Console, 'groupCollapsed' | 'groupEnd' | 'log' | 'table' | 'warn'>;

/** Problems worth a warning: markup that never runs, an element that should have run and did not, or the reverse. */
function problemOf({ state, granted, markup }: GatedElementReport): string {
  if (markup) return `${markup}: never runs`;
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
    if (report.services.length) {
      console.table(report.services.map(({ id, category, granted }) => ({ service: id, category, granted })));
    }
    if (report.elements.length) {
      console.table(
        report.elements.map((entry) => ({
          element: entry.tag,
          category: entry.category,
          service: entry.service ?? '',
          state: entry.state,
          granted: entry.granted,
          url: entry.url ?? '(inline)',
          problem: problemOf(entry),
        })),
      );
    } else console.log('no element with data-cookie-category or data-cookie-service on this page');
    if (!report.cookiesReadable) console.log('document.cookie cannot be read here');
    else if (report.undeclaredCookies.length) {
      console.warn(`cookies not declared in the registry: ${report.undeclaredCookies.join(', ')}`);
    } else console.log('every cookie present is declared in the registry');
  } finally {
    console.groupEnd();
  }
}

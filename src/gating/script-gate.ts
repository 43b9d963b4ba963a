/** Marks the executable copies (and activated iframes) for the debug audit, and keeps them out of later scans. */
export const ACTIVATED = 'data-cookie-policy-activated';

/** The two gating attributes. */
export const MARKS = ['data-cookie-category', 'data-cookie-service'];

/** Elements that carry a gate, by tag; `null` for any tag (the debug audit lists them all). */
const marked = (tags: string[]) =>
  tags.flatMap((tag) => MARKS.map((mark) => `${tag}[${mark}]:not([${ACTIVATED}])`)).join();

const GATED = marked(['script[type="text/plain"]', 'iframe[data-src]']);
const TEMPLATES = marked(['template']);

/**
 * What the gate asks about consent. The page's decision store answers it; ids are category or
 * service ids, written without `!`.
 */
export interface GateConsent {
  /** Whether `id` may run now; `false` for an id the registry does not know. */
  isGranted(id: string): boolean;
  /** Whether a decision exists and refuses `id` (what a `!id` gate waits for). */
  isRefused(id: string): boolean;
  /** The category of a service id, the id itself for a category id, `undefined` for an unknown id. */
  categoryOf(id: string): string | undefined;
}

/** How one element is gated, read from its `data-cookie-category` and `data-cookie-service`. */
export interface GateMark {
  /** The id that decides, without `!`: the service when one is named, else the category. */
  readonly id: string;
  /** Written `!id`: the element waits for a decision that refuses `id`. */
  readonly refusal: boolean;
  /** Why the element can never run (a markup error `debug` reports), `''` when it can. */
  readonly problem: string;
}

/**
 * Reads how `element` is gated. The service decides when one is named; a category written beside
 * it must be the service's own (with the same `!`), an id must be known and of the kind its
 * attribute says, and a refusal gate is for scripts and templates only: otherwise `problem` says
 * why the element never runs.
 *
 * @example
 * readGateMark(iframe, (id) => categoryOf(registry, id)); // { id: 'youtube', refusal: false, problem: '' }
 */
export function readGateMark(element: Element, categoryOf: (id: string) => string | undefined): GateMark {
  const category = element.getAttribute(MARKS[0]);
  const service = element.getAttribute(MARKS[1]);
  const written = service ?? category ?? '';
  const refusal = written[0] === '!';
  const id = refusal ? written.slice(1) : written;
  const owner = categoryOf(id);
  const own = (refusal ? '!' : '') + owner;
  const problem =
    owner === undefined || (service === null) !== (owner === id)
      ? `unknown ${service === null ? 'category' : 'service'} "${id}"`
      : service !== null && category !== null && category !== own
        ? `service "${id}" is of category "${own}"`
        : refusal && element.localName === 'iframe'
          ? '"!" gates scripts and templates only'
          : '';
  return { id, refusal, problem };
}
/**
 * The `type` values a browser runs as a classic script: only these (and `module`) ever fire
 * `load` or `error`, so waiting on any other type would stall the queue for good.
 */
const CLASSIC = /^((text|application)\/(x-)?(java|ecma|j|live)script(1\.[0-5])?)?$/;

/** The two Trusted Types factories the gate needs (the DOM typings do not know Trusted Types yet). */
interface ScriptPolicy {
  createScript(text: string): unknown;
  createScriptURL(url: string): unknown;
}

/** `undefined` until the first script activation, then the policy, or `null` when the page refused it. */
let policy: ScriptPolicy | null | undefined;

/**
 * The page's `cookie-policy` Trusted Types policy, created on first use only, so that a page
 * without gated scripts never needs to allow the name. Without Trusted Types, strings pass as is.
 */
function scriptPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const identity = { createScript: (text: string) => text, createScriptURL: (url: string) => url };
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } })
      .trustedTypes;
    try {
      policy = factory ? factory.createPolicy('cookie-policy', identity) : identity;
    } catch (error) {
      policy = null;
      console.error(
        '<cookie-policy>: gated scripts stay blocked: add the Trusted Types policy "cookie-policy" to the page\'s trusted-types directive',
        error,
      );
    }
  }
  return policy;
}

/**
 * Activates gated scripts, iframes and templates once allowed. Fail closed: nothing runs unless
 * `consent` allows it at the moment of activation; an unknown id or inconsistent markup never runs.
 *
 * Gated markup is `<script type="text/plain">` (external or inline), `<iframe data-src>` and
 * `<template>`, each with `data-cookie-category` and/or `data-cookie-service`. An element is
 * allowed when its id is granted, or, written `!id`, when a decision refuses it. Scripts run
 * serially in document order (an external one finishes loading before the next starts), each
 * once per page load; iframes get their `src` (out of the document for a moment, so that a
 * reload never brings their page back without consent), and lose it again when what allowed them is
 * turned off; a template is replaced by its content, whose scripts join the queue in document
 * order, gated like their template. Activated scripts and iframes carry
 * `data-cookie-policy-activated`.
 *
 * @example
 * const gate = new ScriptGate(store);
 * gate.start();
 * store.subscribe(() => gate.update());
 */
export class ScriptGate {
  /** Elements queued or activated: never queued twice, never run twice, even when moved. */
  #claimed = new WeakSet<Element>();
  /** Iframes the gate gave their `src`, to take it back when consent is withdrawn. */
  #loaded = new WeakSet<Element>();
  /** Elements loaded for this page view whatever consent says (a placeholder's "Load"), and their scripts. */
  #released = new WeakSet<Element>();
  #queue: HTMLScriptElement[] = [];
  #draining?: Promise<void>;
  #observer?: MutationObserver;

  readonly #consent: GateConsent;
  readonly #root: Document;

  constructor(consent: GateConsent, root: Document = document) {
    this.#consent = consent;
    this.#root = root;
  }
  /** Starts watching the document (MutationObserver, subtree) for gated elements added later and runs a first scan. Idempotent. */
  start(): void {
    if (this.#observer) return;
    this.#observer = new MutationObserver((records) => {
      if (records.some((record) => record.addedNodes.length)) this.#scan();
    });
    this.#observer.observe(this.#root, { childList: true, subtree: true });
    this.#scan();
  }

  /** Re-scans: call after every decision change. Does nothing while the gate is stopped. */
  update(): void {
    if (this.#observer) this.#scan();
  }

  /** Stops watching and drops the queue; a script already loading still finishes. */
  stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    for (const script of this.#queue.splice(0)) this.#claimed.delete(script);
  }

  /** Resolves when the activation queue is idle (for tests and for the debug audit). */
  idle(): Promise<void> {
    // Elements inserted just before this call have not reached the observer's callback yet.
    if (this.#observer?.takeRecords().length) this.#scan();
    return this.#draining ?? Promise.resolve();
  }

  /**
   * Loads one gated iframe or template now, whatever consent says, for this page view only (a
   * placeholder's "Load"): nothing is stored, and a later withdrawal does not unload it. The
   * template's scripts run in turn in the queue.
   */
  release(element: Element): void {
    this.#released.add(element);
    if (element.localName === 'template') this.#expand(element as HTMLTemplateElement);
    else if (element.localName === 'iframe' && !this.#claimed.has(element)) this.#loadFrame(element as HTMLIFrameElement);
    this.update();
  }

  /** Whether `element` may run or load now, by its gate mark; a consent that throws allows nothing. */
  #allowed(element: Element): boolean {
    if (this.#released.has(element)) return true;
    try {
      const consent = this.#consent;
      const { id, refusal, problem } = readGateMark(element, (id) => consent.categoryOf(id));
      return !problem && (refusal ? consent.isRefused(id) : consent.isGranted(id)) === true;
    } catch {
      return false;
    }
  }

  #scan(): void {
    const root = this.#root;
    // Templates first: their content takes their place, so that the scripts inside join the
    // queue below in document order. Content may hold templates of its own, hence the loop.
    for (let found = true; found; ) {
      found = false;
      for (const template of root.querySelectorAll<HTMLTemplateElement>(TEMPLATES)) {
        if (this.#allowed(template)) {
          this.#expand(template);
          found = true;
        }
      }
    }
    for (const element of root.querySelectorAll<HTMLElement>(GATED)) {
      if (this.#claimed.has(element) || !this.#allowed(element)) continue;
      this.#claimed.add(element);
      // An iframe has no order to keep: it loads now, while the grant is checked.
      if (element.localName === 'iframe') {
        this.#loaded.add(element);
        this.#loadFrame(element as HTMLIFrameElement);
      } else this.#queue.push(element as HTMLScriptElement);
    }
    for (const frame of root.querySelectorAll<HTMLIFrameElement>(`iframe[${ACTIVATED}]`)) {
      if (!this.#loaded.has(frame) || this.#allowed(frame)) continue;
      // Withdrawn: the third-party page goes (a removed `src` alone leaves it loaded), and the
      // frame waits for consent again.
      this.#loaded.delete(frame);
      this.#claimed.delete(frame);
      frame.removeAttribute(ACTIVATED);
      frame.src = 'about:blank';
      frame.removeAttribute('src');
    }
    if (this.#queue.length && !this.#draining) this.#draining = this.#drain();
  }

  /**
   * Gives a gated iframe its `src` while it is out of the document, then puts it back where it was:
   * on a reload, browsers bring back the last page of a frame the parser inserted (Firefox does,
   * whatever the markup says), which would load the embed again before any consent is read; a
   * frame inserted by script is not brought back. The element stays the same one.
   */
  #loadFrame(frame: HTMLIFrameElement): void {
    this.#claimed.add(frame);
    frame.setAttribute(ACTIVATED, '');
    const { parentNode, nextSibling } = frame;
    frame.remove();
    frame.src = frame.dataset.src!;
    parentNode?.insertBefore(frame, nextSibling);
  }

  /**
   * Puts the template's content in its place. Its scripts (but data blocks, which never run, and
   * scripts gated on their own) become gated scripts with the template's marks, so that they run in
   * turn, and only while the template's consent holds.
   */
  #expand(template: HTMLTemplateElement): void {
    const content = this.#root.importNode(template.content, true);
    for (const script of content.querySelectorAll('script')) {
      const type = script.getAttribute('type');
      const kind = (type ?? '').trim().toLowerCase();
      if ((kind !== 'module' && !CLASSIC.test(kind)) || script.matches(`[${MARKS[0]}],[${MARKS[1]}]`)) continue;
      if (type !== null) script.setAttribute('data-type', type);
      script.type = 'text/plain';
      for (const mark of MARKS) {
        const value = template.getAttribute(mark);
        if (value !== null) script.setAttribute(mark, value);
      }
      if (this.#released.has(template)) this.#released.add(script);
    }
    template.replaceWith(content);
  }

  async #drain(): Promise<void> {
    // The queue is not empty here, so the first await comes before `draining` is read again.
    while (this.#queue.length) {
      try {
        await this.#activate(this.#queue.shift()!);
      } catch (error) {
        console.error('<cookie-policy>: a gated script could not be activated', error);
      }
    }
    this.#draining = undefined;
  }

  /** Replaces `original` by a runnable copy and resolves once an external copy has loaded or failed. */
  async #activate(original: HTMLScriptElement): Promise<void> {
    const policy = original.isConnected && this.#allowed(original) && scriptPolicy();
    if (!policy) {
      // Revoked, removed or blocked by Trusted Types: left as it is, eligible again on a later scan.
      this.#claimed.delete(original);
      return;
    }
    const copy = this.#root.createElement('script');
    // Created scripts are async unless told otherwise; a copied `async` attribute still makes it so.
    copy.async = false;
    for (const { name, value } of original.attributes) {
      // `src` is a Trusted Types sink when set as an attribute; `nonce` reads empty once connected.
      if (!['type', 'data-type', 'src', 'nonce'].includes(name)) copy.setAttribute(name, value);
    }
    copy.setAttribute(ACTIVATED, '');
    const type = original.dataset.type;
    if (type) copy.type = type;
    copy.nonce = original.nonce;
    const src = original.getAttribute('src');
    if (src != null) copy.src = policy.createScriptURL(src) as string;
    if (original.text) copy.text = policy.createScript(original.text) as string;
    // Only an external script of a runnable type settles later; an inline one has run on insertion
    // (a module keeps its own deferred order, as it would in the page's markup).
    const kind = copy.type.trim().toLowerCase();
    const settled =
      src != null && (kind === 'module' || (!copy.noModule && CLASSIC.test(kind)))
        ? new Promise((resolve) => {
            copy.addEventListener('load', resolve);
            copy.addEventListener('error', resolve);
          })
        : null;
    original.replaceWith(copy);
    await settled;
  }
}

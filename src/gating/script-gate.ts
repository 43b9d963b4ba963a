/** Marks the executable copies (and activated iframes) for the debug audit, and keeps them out of later scans. */
export const ACTIVATED = 'data-cookie-policy-activated';

const GATED =
  `script[type="text/plain"][data-cookie-category]:not([${ACTIVATED}]),` +
  `iframe[data-cookie-category][data-src]:not([${ACTIVATED}])`;

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
        '<cookie-policy>: gated scripts stay blocked: the page\'s Content-Security-Policy refuses the Trusted Types policy "cookie-policy" (add it to the trusted-types directive).',
        error,
      );
    }
  }
  return policy;
}

/**
 * Activates gated scripts and iframes for granted categories. Fail closed: nothing runs unless
 * `isGranted(category)` is true at the moment of activation.
 *
 * Gated markup is `<script type="text/plain" data-cookie-category="…">` (external or inline) and
 * `<iframe data-cookie-category="…" data-src="…">`. Scripts run serially in document order (an
 * external one finishes loading before the next starts), each once per page load; iframes get their
 * `src`. Both then carry `data-cookie-policy-activated`.
 *
 * @example
 * const gate = new ScriptGate((category) => manager.isGranted(category));
 * gate.start();
 * manager.subscribe(() => gate.update());
 */
export class ScriptGate {
  /** Elements queued or activated: never queued twice, never run twice, even when moved. */
  #claimed = new WeakSet<Element>();
  #queue: HTMLScriptElement[] = [];
  #draining?: Promise<void>;
  #observer?: MutationObserver;

  readonly #isGranted: (category: string) => boolean;
  readonly #root: Document;

  constructor(isGranted: (category: string) => boolean, root: Document = document) {
    this.#isGranted = isGranted;
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

  #granted(element: HTMLElement): boolean {
    try {
      return this.#isGranted(element.dataset.cookieCategory!) === true;
    } catch {
      return false;
    }
  }

  #scan(): void {
    for (const element of this.#root.querySelectorAll<HTMLElement>(GATED)) {
      if (this.#claimed.has(element) || !this.#granted(element)) continue;
      this.#claimed.add(element);
      // An iframe has no order to keep: it loads now, while the grant is checked.
      if (element.localName === 'iframe') {
        element.setAttribute(ACTIVATED, '');
        (element as HTMLIFrameElement).src = element.dataset.src!;
      } else this.#queue.push(element as HTMLScriptElement);
    }
    if (this.#queue.length && !this.#draining) this.#draining = this.#drain();
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
    const policy = original.isConnected && this.#granted(original) && scriptPolicy();
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

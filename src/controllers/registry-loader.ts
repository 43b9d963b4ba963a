import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CookiePolicyLoadEvent } from '../events.js';
import { loadRegistry } from '../registry/load.js';
import type { RegistryRequests } from '../registry/registry-requests.js';
import type { Registry } from '../registry/types.js';

/** The element as the loader sees it. */
export type RegistryHost = ReactiveControllerHost & HTMLElement & { readonly src?: string; readonly hasUpdated: boolean };

/** What the loader asks of the element. */
export interface RegistryLoaderOptions {
  /** The page's shared requests (one per URL). */
  readonly requests: () => RegistryRequests;
  /** Awaited before the first request of a `src`, once the element has rendered (the early banner's paint). */
  readonly beforeFirstRequest: () => Promise<void> | void;
  /** Called with each registry applied. */
  readonly onLoad: (registry: Registry) => void;
}

/**
 * Loads the element's registry, from `src` or its inline `<script type="application/json">` child:
 * one request per URL for the whole page (a failed one is tried again by the next asker), a new
 * load whenever `src` changes, which abandons the one under way, so that an older answer is never
 * applied over a newer one. When a registry is applied or has failed and the element has rendered
 * it, the element fires `cookie-policy-load`.
 */
export class RegistryLoader implements ReactiveController {
  /** The registry in use, `null` while loading or after a failure. */
  registry: Registry | null = null;
  /** Why the registry cannot be used, `null` unless it failed. */
  error: string | null = null;

  readonly #host: RegistryHost;
  readonly #options: RegistryLoaderOptions;
  /** The `src` of the load under way or done; `undefined` before the first. */
  #src: string | null | undefined;
  #load = 0;

  constructor(host: RegistryHost, options: RegistryLoaderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const src = this.#host.src || null;
    if (src !== this.#src) void this.#start(src);
  }

  /** The inline registry's text, or `null` without one. */
  inline(): string | null {
    return this.#host.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
  }

  async #start(src: string | null): Promise<void> {
    const load = ++this.#load;
    const current = () => load === this.#load;
    this.#src = src;
    this.error = null;
    try {
      if (!src && document.readyState === 'loading' && this.inline() === null) {
        // A parser-created element is upgraded before its children exist: wait for them.
        await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      }
      if (src && !this.#host.hasUpdated) {
        await this.#host.updateComplete;
        await this.#options.beforeFirstRequest();
        if (!current()) return;
      }
      const registry = src
        ? await this.#options.requests().get(new URL(src, document.baseURI).href)
        : await loadRegistry({ inline: this.inline() });
      if (!current()) return;
      this.registry = registry;
      this.#options.onLoad(registry);
    } catch (error) {
      if (!current()) return;
      this.registry = null;
      this.error = error instanceof Error ? error.message : String(error);
      console.error(`<cookie-policy>: ${this.error}`);
    }
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (current()) this.#host.dispatchEvent(new CookiePolicyLoadEvent(this.error));
  }
}

import { loadRegistry } from './load.js';
import type { Registry } from './types.js';

/**
 * Registry requests by absolute URL, shared by the elements of a page: several elements pointing
 * at one file fetch it once. A request that fails is forgotten, so the next asker tries again.
 *
 * @example
 * const registry = await requests.get(new URL(src, document.baseURI).href);
 */
export class RegistryRequests {
  readonly #requests = new Map<string, Promise<Registry>>();
  readonly #fetch: typeof fetch | undefined;

  constructor(fetchImpl?: typeof fetch) {
    this.#fetch = fetchImpl;
  }

  /** The registry at `url` (absolute): the request under way or done, else a new one. */
  get(url: string): Promise<Registry> {
    let request = this.#requests.get(url);
    if (!request) {
      request = loadRegistry({ src: url }, this.#fetch);
      this.#requests.set(url, request);
      request.catch(() => {
        if (this.#requests.get(url) === request) this.#requests.delete(url);
      });
    }
    return request;
  }
}

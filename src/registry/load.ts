import { parseRegistry, RegistryError } from './parse.js';
import type { Registry } from './types.js';

/** Where a registry comes from: a URL, else the text of an inline `<script type="application/json">`. */
export interface RegistrySource {
  /** URL of the JSON registry, resolved like `fetch` resolves it. Wins over `inline`. */
  readonly src?: string | null;
  /** JSON text given in the page. */
  readonly inline?: string | null;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RegistryError(`${what} is not JSON: ${messageOf(error)}`);
  }
}

/**
 * Fetches (or reads inline) and validates a registry. Every failure is a {@link RegistryError}
 * whose message names the problem as the element shows it: `could not fetch …`, `HTTP 404 fetching …`
 * (with `status` set), `… is not JSON: …`, or the JSON Pointer of the first invalid field.
 *
 * `fetchImpl` exists for tests and for hosts that wrap `fetch`.
 *
 * @example
 * const registry = await loadRegistry({ src: '/cookie-registry.json' });
 */
export async function loadRegistry(source: RegistrySource, fetchImpl: typeof fetch = fetch): Promise<Registry> {
  const { src, inline } = source;
  if (src) {
    let text: string;
    try {
      // Same-origin credentials: a portal may serve its registry behind its own session.
      const response = await fetchImpl(src, { credentials: 'same-origin' });
      if (!response.ok) throw new RegistryError(`HTTP ${response.status} fetching ${src}`, '', response.status);
      text = await response.text();
    } catch (error) {
      throw error instanceof RegistryError ? error : new RegistryError(`could not fetch ${src}: ${messageOf(error)}`);
    }
    return parseRegistry(parseJson(text, src));
  }
  // An empty inline script is still an attempt at an inline registry: say it is not JSON.
  if (inline != null) return parseRegistry(parseJson(inline, 'inline registry'));
  throw new RegistryError('no registry: set the src attribute or add a <script type="application/json"> child');
}

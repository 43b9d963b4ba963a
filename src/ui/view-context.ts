import type { Translate } from '../i18n/texts.js';
import type { LocalizedText, Registry } from '../registry/types.js';

/** What every view template needs: the registry and the texts of the chosen language. */
export interface ViewContext {
  readonly registry: Registry;
  /** The chosen language tag (one of the registry's languages). */
  readonly lang: string;
  readonly t: Translate;
  /** Reads a registry value in the chosen language. */
  readonly text: (value: LocalizedText | undefined) => string;
  /** The site's name for the texts: the registry's `site`, else the page's host. */
  readonly site: string;
}

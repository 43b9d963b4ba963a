import { en } from './en.js';

/** One key of the built-in texts. */
export type TextKey = keyof typeof en;

/**
 * Every key of the element's built-in texts, in the order of the English texts, which the schema
 * lists in the same order. A registry's `texts` may override any of them, per language. `{site}`,
 * `{category}` and `{provider}` are replaced where the key's text says so.
 */
export const TEXT_KEYS = Object.keys(en) as readonly TextKey[];

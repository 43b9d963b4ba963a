import type { LocalizedText, Registry } from '../registry/types.js';
import type { TextKey } from './text-keys.js';
import { en } from './en.js';
import { fr } from './fr.js';

const builtIn: Readonly<Record<string, Record<TextKey, string>>> = { en, fr };

/** The texts of one language, with `{name}` placeholders filled from `values`. */
export type Translate = (key: TextKey, values?: Readonly<Record<string, string>>) => string;

/**
 * Picks the language to show: the requested tag if the registry lists it, else its primary
 * subtag (`fr-CA` → `fr`), else the registry's first language.
 */
export function pickLanguage(requested: string | null | undefined, languages: readonly string[]): string {
  const wanted = (requested ?? '').trim().toLowerCase();
  const listed = languages.map((tag) => tag.toLowerCase());
  const exact = listed.indexOf(wanted);
  if (exact >= 0) return languages[exact];
  const primary = listed.indexOf(wanted.split('-')[0]);
  return primary >= 0 ? languages[primary] : languages[0];
}

/**
 * Reads a registry value in `lang`: a plain string as is, else the language's entry,
 * its primary subtag's, the fallback language's, or the first one given.
 */
export function localize(text: LocalizedText | undefined, lang: string, fallback: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text[lang.split('-')[0]] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

/**
 * The UI texts for `lang`: the registry's overrides for that language, over the built-in
 * texts of that language (English when there are none).
 */
export function translator(registry: Registry | null, lang: string): Translate {
  const primary = lang.split('-')[0].toLowerCase();
  const texts = { ...(builtIn[primary] ?? en), ...registry?.texts?.[lang] };
  // Own keys only: a text holding `{constructor}` stays as written.
  return (key, values = {}) =>
    texts[key].replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? values[name] : match));
}

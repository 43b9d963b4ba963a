import type { TextKey } from '../i18n/text-keys.js';
import type { Category } from '../registry/types.js';
import type { ViewContext } from './view-context.js';

/** The built-in text of each kind of cookie, by the category ids that name it. */
const KINDS: Readonly<Record<string, TextKey>> = {
  necessary: 'kindNecessary',
  functional: 'kindFunctional',
  statistics: 'kindStatistics',
  analytics: 'kindStatistics',
  marketing: 'kindMarketing',
};

/**
 * What a category is about: the registry's description when it has one, else the built-in text
 * of its kind (known by its id, or a required category for necessary cookies), else nothing.
 *
 * @example
 * categoryText(context, { id: 'marketing', title: 'Videos' }); // the built-in kindMarketing text
 */
export function categoryText({ t, text }: ViewContext, category: Category): string {
  if (category.description !== undefined) return text(category.description);
  const kind = Object.hasOwn(KINDS, category.id) ? KINDS[category.id] : category.required ? 'kindNecessary' : null;
  return kind ? t(kind) : '';
}

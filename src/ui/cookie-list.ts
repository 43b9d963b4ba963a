import { html } from 'lit';
import type { CookieEntry, Registry } from '../registry/types.js';

const byCategory = new WeakMap<Registry, Map<string, readonly CookieEntry[]>>();

/**
 * The registry's cookies of one category, in registry order: the category filter of every view.
 * The same array for the same registry, so that a view rendered again keeps its rows.
 *
 * @example
 * cookiesOf(registry, 'analytics').length;
 */
export function cookiesOf(registry: Registry, categoryId: string): readonly CookieEntry[] {
  let lists = byCategory.get(registry);
  if (!lists) {
    lists = new Map(registry.categories.map(({ id }) => [id, [] as CookieEntry[]]));
    for (const cookie of registry.cookies) (lists.get(cookie.category) as CookieEntry[] | undefined)?.push(cookie);
    byCategory.set(registry, lists);
  }
  return lists.get(categoryId) ?? [];
}

/**
 * A cookie's names as written (a `*` pattern included), each in its own `<code>`, comma-separated.
 *
 * @example
 * html`<td>${renderCookieNames(cookie.names)}</td>`
 */
export function renderCookieNames(names: readonly string[]) {
  return names.map((name, index) => html`${index > 0 ? ', ' : ''}<code>${name}</code>`);
}

import { html } from 'lit';
import type { CookieEntry, Registry, Service } from '../registry/types.js';

const byCategory = new WeakMap<Registry, Map<string, CookieEntry[]>>();

/**
 * The registry's cookies of one category, in registry order: the category filter of every view.
 * With `service`, only those naming that service (`''`: those naming none). The same array for
 * the same registry, so that a view rendered again keeps its rows.
 *
 * @example
 * cookiesOf(registry, 'analytics').length;
 * cookiesOf(registry, 'analytics', 'matomo');
 */
export function cookiesOf(registry: Registry, categoryId: string, service?: string): readonly CookieEntry[] {
  let lists = byCategory.get(registry);
  if (!lists) {
    lists = new Map();
    for (const cookie of registry.cookies) {
      for (const key of [cookie.category, `${cookie.category} ${cookie.service ?? ''}`]) {
        if (!lists.has(key)) lists.set(key, []);
        lists.get(key)!.push(cookie);
      }
    }
    byCategory.set(registry, lists);
  }
  return lists.get(service === undefined ? categoryId : `${categoryId} ${service}`) ?? [];
}

/**
 * A name's pieces, each ending after its separators (`_`, `.`, `-`): `_pk_id.*` → `_pk_`, `id.`, `*`.
 * Separators that lead the name stay with its first piece.
 */
const piecesOf = (name: string) => name.match(/[_.-]*[^_.-]+[_.-]*|[_.-]+/g) ?? [name];

/**
 * A cookie's names as written (a `*` pattern included), each in its own `<code>`, comma-separated.
 * A name may wrap only after its own separators (a `<wbr>` there), never inside a word.
 *
 * @example
 * html`<td>${renderCookieNames(cookie.names)}</td>`
 */
export function renderCookieNames(names: readonly string[]) {
  return names.map(
    (name, index) =>
      html`${index > 0 ? ', ' : ''}<code>${piecesOf(name).map((piece, at) => (at > 0 ? html`<wbr />${piece}` : piece))}</code>`,
  );
}

const grouped = new WeakMap<Registry, Map<string, { cookies: CookieEntry[]; heads: Map<CookieEntry, Service> }>>();

/**
 * A category's cookies for its policy table: those of each of its services, in service order,
 * then those naming none; `heads` maps the first cookie of each service to the service, where the
 * table shows the service's title. The same arrays for the same registry.
 *
 * @example
 * const { cookies, heads } = cookiesByService(registry, 'analytics');
 */
export function cookiesByService(registry: Registry, categoryId: string) {
  let lists = grouped.get(registry);
  if (!lists) grouped.set(registry, (lists = new Map()));
  let entry = lists.get(categoryId);
  if (!entry) {
    const services = (registry.services ?? []).filter((service) => service.category === categoryId);
    const heads = new Map<CookieEntry, Service>();
    const cookies = services.length ? [] : [...cookiesOf(registry, categoryId)];
    for (const service of services) {
      const own = cookiesOf(registry, categoryId, service.id);
      if (own.length) heads.set(own[0], service);
      cookies.push(...own);
    }
    if (services.length) cookies.push(...cookiesOf(registry, categoryId, ''));
    lists.set(categoryId, (entry = { cookies, heads }));
  }
  return entry;
}

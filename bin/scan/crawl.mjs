// One pass of the scan: a fresh profile, an optional click in the widget's banner on the first
// page, then a breadth-first crawl of same-origin links, recording every cookie in the browser's
// store and every storage key of the site's origin, with the first page each was seen on.
import { ScanSetupError } from './errors.mjs';

// readPage, findWidget and decide's predicate run inside the scanned page.
/* global window, document, location, customElements */

/** The three passes, in order, and the banner button each clicks. */
export const PASSES = [
  { name: 'before', button: null },
  { name: 'reject', button: 'reject-all' },
  { name: 'accept', button: 'accept-all' },
];

/** Links to files a browser would download rather than show: not pages. */
const NOT_A_PAGE = /\.(pdf|zip|gz|tgz|rar|7z|csv|tsv|xlsx?|ods|docx?|odt|pptx?|json|geojson|xml|rss|kml|shp|png|jpe?g|gif|svg|webp|ico|mp[34]|webm|avi|mov)$/i;

/** The page URL without its fragment, or null when it is not a same-origin http(s) page. */
export function pageUrl(href, origin) {
  let url;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.origin !== origin || !/^https?:$/.test(url.protocol) || NOT_A_PAGE.test(url.pathname)) return null;
  url.hash = '';
  return url.href;
}

/** Days from now to a cookie's expiry (seconds since the epoch), to the hundredth; null for a session cookie. */
const lifetimeDays = (expires, now) => (expires < 0 ? null : Math.round(((expires - now / 1000) / 86400) * 100) / 100);

/**
 * What the page holds and where it links: storage keys of the page's origin (when it is the
 * site's) and same-origin links. Runs inside the page.
 */
function readPage() {
  const keys = (storage) => {
    try {
      return Object.keys(storage);
    } catch {
      return [];
    }
  };
  return {
    origin: location.origin,
    localStorage: keys(window.localStorage),
    sessionStorage: keys(window.sessionStorage),
    links: [...document.querySelectorAll('a[href], area[href]')].map((link) => link.href),
  };
}

/** Whether the page holds a working `<cookie-policy>`, and where its registry comes from. Runs inside the page. */
function findWidget() {
  const element = document.querySelector('cookie-policy');
  const tag = document.querySelector('script[data-registry]');
  const src = element?.getAttribute('src') || tag?.dataset.registry || null;
  const inline = element?.querySelector(':scope > script[type="application/json"]')?.textContent ?? null;
  return {
    widget: Boolean(customElements.get('cookie-policy') && element),
    registryUrl: src ? new URL(src, document.baseURI).href : null,
    inlineRegistry: src ? null : inline,
  };
}

/**
 * Opens `url` and waits until the page is quiet: loaded, then no request for half a second
 * (gated scripts that a decision released have run by then), or `timeoutMs` at most.
 */
async function open(page, url, timeoutMs) {
  const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => {});
  return response;
}

/** Clicks a button of the widget's banner and waits until the element holds the decision. */
async function decide(page, part, timeoutMs) {
  const button = page.locator(`cookie-policy [part~="banner"] [part~="${part}"]`).first();
  try {
    await button.click({ timeout: timeoutMs });
  } catch {
    throw new ScanSetupError(
      `the widget's banner shows no "${part}" button on ${page.url()} within ${timeoutMs} ms: ` +
        'is a decision already stored, or did the registry fail to load?',
    );
  }
  await page.waitForFunction(() => [...document.querySelectorAll('cookie-policy')].some((element) => element.consent), null, {
    timeout: timeoutMs,
  });
  await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => {});
}

/**
 * Runs one pass. Returns `{ name, pages, failed, seen, widget }` where `seen` maps a key to
 * `{ name, storage, domain, path, lifetimeDays, firstPage, order }`.
 *
 * The first page is visited alone (the banner click happens there); then `pool` workers share the
 * crawl, each in its own context started from the first page's cookies and storage, so a cookie
 * is credited to the page that set it rather than to one loading at the same time. Pages are
 * taken level by level, links in document order, so the page list does not depend on timing.
 */
export async function runPass(browser, { name, button }, { startUrl, maxPages, timeoutMs, pool = 3, onPage = () => {} }) {
  // The site is where the start URL lands (http to https, or to www.): its origin bounds the crawl.
  let origin = new URL(startUrl).origin;
  const seen = new Map();
  const pages = [];
  const failed = [];
  const contexts = [];

  const record = async (context, page, url, order) => {
    const now = Date.now();
    const held = await context.cookies();
    const found = await page.evaluate(readPage);
    const items = held.map((cookie) => ({
      key: `cookie\n${cookie.name}\n${cookie.domain}\n${cookie.path}`,
      name: cookie.name,
      storage: 'cookie',
      domain: cookie.domain,
      path: cookie.path,
      lifetimeDays: lifetimeDays(cookie.expires, now),
    }));
    if (found.origin === origin) {
      const host = new URL(origin).hostname;
      for (const storage of ['localStorage', 'sessionStorage']) {
        for (const key of found[storage]) {
          items.push({ key: `${storage}\n${key}\n${origin}`, name: key, storage, domain: host, path: null, lifetimeDays: null });
        }
      }
    }
    for (const { key, ...item } of items) {
      const known = seen.get(key);
      if (!known) seen.set(key, { ...item, firstPage: url, order });
      else {
        if (order < known.order) Object.assign(known, { firstPage: url, order });
        if (item.lifetimeDays !== null && (known.lifetimeDays === null || item.lifetimeDays > known.lifetimeDays)) {
          known.lifetimeDays = item.lifetimeDays;
        }
      }
    }
    return found.links.map((href) => pageUrl(href, origin)).filter(Boolean);
  };

  try {
    const first = await browser.newContext();
    contexts.push(first);
    const firstPage = await first.newPage();
    let response;
    try {
      response = await open(firstPage, startUrl, timeoutMs);
    } catch (error) {
      throw new ScanSetupError(`cannot load ${startUrl}: ${String(error.message).split('\n')[0]}`);
    }
    if (response && !response.ok()) throw new ScanSetupError(`cannot scan ${startUrl}: HTTP ${response.status()}`);
    origin = new URL(firstPage.url()).origin;
    const widget = name === 'before' ? await firstPage.evaluate(findWidget) : null;
    if (button) await decide(firstPage, button, timeoutMs);
    const startPage = pageUrl(firstPage.url(), origin) ?? startUrl;
    const visited = new Set([startUrl, startPage]);
    pages.push(startPage);
    onPage({ pass: name, index: pages.length, url: startPage });
    let frontier = await record(first, firstPage, startPage, 0);

    const workers = [{ context: first, page: firstPage }];
    while (frontier.length && pages.length + failed.length < maxPages) {
      const level = [];
      for (const url of frontier) {
        if (visited.has(url) || pages.length + failed.length + level.length >= maxPages) continue;
        visited.add(url);
        level.push(url);
      }
      if (!level.length) break;
      if (workers.length < Math.min(pool, level.length)) {
        const state = await first.storageState();
        while (workers.length < Math.min(pool, level.length)) {
          const context = await browser.newContext({ storageState: state });
          contexts.push(context);
          workers.push({ context, page: await context.newPage() });
        }
      }
      const results = new Array(level.length);
      let next = 0;
      const base = pages.length + failed.length;
      await Promise.all(
        workers.slice(0, level.length).map(async ({ context, page }) => {
          while (next < level.length) {
            const index = next++;
            const url = level[index];
            try {
              const reply = await open(page, url, timeoutMs);
              const type = reply?.headers()['content-type'] ?? 'text/html';
              const landed = pageUrl(page.url(), origin);
              if (!landed || (reply && !reply.ok()) || !/html/i.test(type)) {
                results[index] = { url, error: reply ? `HTTP ${reply.status()} ${type}` : 'not a page' };
                continue;
              }
              const links = await record(context, page, landed, base + index);
              results[index] = { url: landed, links };
              onPage({ pass: name, index: base + index + 1, url: landed });
            } catch (error) {
              results[index] = { url, error: String(error.message).split('\n')[0] };
            }
          }
        }),
      );
      frontier = [];
      for (const result of results) {
        if (result.error) {
          failed.push({ url: result.url, error: result.error });
          continue;
        }
        if (!pages.includes(result.url)) pages.push(result.url);
        visited.add(result.url);
        frontier.push(...result.links);
      }
    }
    return { name, pages, failed, seen, widget };
  } finally {
    await Promise.all(contexts.map((context) => context.close().catch(() => {})));
  }
}

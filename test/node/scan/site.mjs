// A small portal made for the scan's tests, served on loopback by the test itself: the built
// widget, a registry, gated and leaky scripts, and a third-party embed on a second loopback host.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const WIDGET = readFileSync(new URL('../../../dist/cookie-policy.js', import.meta.url));
const DAY = 86400;

const text = (en) => ({ en, fr: en });

/**
 * The registry the portal's widget loads: what the clean portal sets; the leaky one's also lists a
 * name never set and files a Matomo cookie as necessary.
 */
export function siteRegistry({ leaky = true } = {}) {
  return {
    revision: 'scan-test-1',
    site: 'portal.test',
    policyUrl: '/cookies/',
    languages: ['en'],
    categories: [
      { id: 'necessary', required: true, title: 'Necessary cookies', description: 'Needed for the portal to work.' },
      { id: 'analytics', title: 'Statistics', description: 'Audience measurement.', consentMode: ['analytics_storage'] },
      { id: 'marketing', title: 'Marketing', description: 'Advertising.' },
    ],
    cookies: [
      { category: 'necessary', provider: 'Portal', function: 'Session', names: ['sessionid'], purpose: 'Keeps the visitor signed in', party: 'first', duration: 'session' },
      { category: 'necessary', provider: 'Portal', function: 'Consent', names: ['cookies_preferences'], purpose: 'Remembers the cookie choice', party: 'first', duration: '6 months' },
      { category: 'necessary', provider: 'Portal', function: 'Language', names: ['portal_lang'], purpose: 'Remembers the language', party: 'first', duration: '1 month' },
      ...(leaky ? [{ category: 'necessary', provider: 'Portal', function: 'Visitor id', names: ['_pk_id.*'], purpose: 'Tells visitors apart', party: 'first', duration: '1 month' }] : []),
      { category: 'analytics', provider: 'Google Analytics', function: 'Audience measurement', names: ['_ga', ...(leaky ? ['_hjSessionUser_*'] : [])], purpose: 'Counts visits', party: 'first', duration: '13 months' },
      { category: 'marketing', provider: 'Google Ads', function: 'Conversion tracking', names: ['_gcl_au'], purpose: 'Measures ad clicks', party: 'first', duration: '3 months' },
    ].map((entry) => ({ ...entry, purpose: text(entry.purpose) })),
  };
}

const page = ({ title, body, head = '', widget = true }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
${widget ? '<script src="/cookie-policy.js" data-registry="/cookie-registry.json" defer></script>' : ''}
${head}</head><body><main><h1>${title}</h1>${body}</main></body></html>`;

/**
 * Starts the portal on 127.0.0.1 and its embed host on 127.0.0.2 (both on free ports).
 * `variant`: `leaky` (everything the scan must find), `clean` (nothing to find) or `plain` (no widget).
 * `registry` replaces the registry the widget loads; `datasets` adds a catalogue page linking to
 * that many dataset pages (for the benchmark).
 */
export async function startSite({ variant = 'leaky', registry, datasets = 0 } = {}) {
  const embed = createServer((request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    // SameSite=None; Secure: the only cookie a browser keeps from a cross-site frame (127.0.0.0/8 counts as secure).
    response.setHeader('set-cookie', `tp_visitor=1; Max-Age=${30 * DAY}; Path=/; SameSite=None; Secure`);
    response.end('<!doctype html><html lang="en"><title>Map</title><p>An embedded map.</p></html>');
  });
  await new Promise((resolve) => embed.listen(0, '127.0.0.2', resolve));
  const embedUrl = `http://127.0.0.2:${embed.address().port}/map`;

  const leaky = variant === 'leaky';
  const registryJson = JSON.stringify(registry ?? siteRegistry({ leaky }));
  const routes = {
    '/': () =>
      page({
        title: 'Portal',
        widget: variant !== 'plain',
        head: `<script type="text/plain" data-cookie-category="analytics" src="/tag.js"></script>
<script type="text/plain" data-cookie-category="marketing">document.cookie = '_gcl_au=1.1.2; Max-Age=${60 * DAY}; Path=/';</script>
${leaky ? '<script src="/leak.js"></script>' : ''}`,
        body: `<p><a href="/about/">About</a> <a href="/cookies/">Cookies</a> <a href="#top">Top</a> <a href="/data.csv">Export</a>
${datasets ? '<a href="/datasets/">Datasets</a>' : ''}</p>
${leaky ? `<iframe src="${embedUrl}" title="Map of the stations" width="300" height="150"></iframe>` : ''}`,
      }),
    '/about/': () => page({ title: 'About', body: '<p><a href="/about/team/">Our team</a> <a href="/">Home</a></p>' }),
    '/about/team/': () => page({ title: 'Team', body: '<p>Two levels down.</p>' }),
    '/cookies/': () => page({ title: 'Cookie policy', body: '<cookie-policy src="/cookie-registry.json" view="policy"></cookie-policy>' }),
  };
  if (datasets) {
    const list = Array.from({ length: datasets }, (_, index) => `<li><a href="/datasets/${index + 1}/">Dataset ${index + 1}</a></li>`);
    routes['/datasets/'] = () => page({ title: 'Datasets', body: `<ul>${list.join('')}</ul>` });
    for (let index = 1; index <= datasets; index++) {
      routes[`/datasets/${index}/`] = () =>
        page({
          title: `Dataset ${index}`,
          head: '<script type="text/plain" data-cookie-category="analytics" src="/tag.js"></script>',
          body: '<p><a href="/datasets/">All datasets</a></p>',
        });
    }
  }
  // Cookies the server sets, by page: an HttpOnly one two levels deep (invisible to document.cookie).
  const serverCookies = {
    '/': [`portal_lang=en; Max-Age=${(leaky ? 90 : 28) * DAY}; Path=/`],
    '/about/team/': ['sessionid=abc; Path=/; HttpOnly; SameSite=Lax'],
  };
  const scripts = {
    // The analytics tag: sets _ga (and, on the leaky portal, _gid, which the registry does not declare) once it runs.
    '/tag.js': `document.cookie = '_ga=GA1.1.1.1; Max-Age=${395 * DAY}; Path=/';${leaky ? ` document.cookie = '_gid=GA1.1.2; Max-Age=${DAY}; Path=/';` : ''}`,
    // Runs before any consent: a marketing cookie, a Matomo cookie filed as necessary, a storage key.
    '/leak.js': `document.cookie = '_gcl_au=1.1.1; Max-Age=${90 * DAY}; Path=/';
document.cookie = '_pk_id.1.abcd=x; Max-Age=${30 * DAY}; Path=/';
localStorage.setItem('portal_last_search', 'stations');`,
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/cookie-policy.js' || scripts[path]) {
      response.setHeader('content-type', 'text/javascript');
      response.end(scripts[path] ?? WIDGET);
    } else if (path === '/cookie-registry.json') {
      response.setHeader('content-type', 'application/json');
      response.end(registryJson);
    } else if (routes[path]) {
      if (serverCookies[path]) response.setHeader('set-cookie', serverCookies[path]);
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(routes[path]());
    } else {
      response.statusCode = 404;
      response.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    embedUrl,
    close: () => Promise.all([server, embed].map((one) => new Promise((resolve) => one.close(resolve)))),
  };
}

// Test-only server routes, mounted in @web/test-runner's dev server.
//
//   /e2e/hit/<key>/<name>.js[?delay=ms]  a script that records it ran; the server counts requests per path
//   /e2e/hits/<key>                      JSON { "<name>.js": count } of requests for that key
//   /e2e/status/<code>                   an empty response with that HTTP status
//   /e2e/delay/<ms>/<path>               redirects to /<path> after <ms> (a slow registry)
//   any page under /test/ with ?csp=<name>  served with that Content-Security-Policy header
//
// Keys keep concurrently running test files apart.

const hits = new Map();

export const cspPolicies = {
  strict: "default-src 'self'; script-src 'self' 'nonce-e2e'; object-src 'none'; base-uri 'none'",
  'strict-tt':
    "default-src 'self'; script-src 'self' 'nonce-e2e'; object-src 'none'; base-uri 'none'; " +
    "require-trusted-types-for 'script'; trusted-types cookie-policy lit-html",
};

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Koa middleware serving the routes above. */
export async function e2eMiddleware(context, next) {
  const url = new URL(context.url, 'http://localhost');
  const hit = url.pathname.match(/^\/e2e\/hit\/([\w-]+)\/([\w.-]+\.js)$/);
  if (hit) {
    const [, key, name] = hit;
    const counts = hits.get(key) ?? {};
    counts[name] = (counts[name] ?? 0) + 1;
    hits.set(key, counts);
    const ms = Math.min(Number(url.searchParams.get('delay') ?? 0) || 0, 5000);
    if (ms > 0) await delay(ms);
    context.set('Cache-Control', 'no-store');
    // The test runner's own middleware later marks every path with an extension as cacheable for
    // a year; counting requests across reloads needs the browser to ask every time.
    const set = context.response.set.bind(context.response);
    context.response.set = (name, value) => (String(name).toLowerCase() === 'cache-control' ? undefined : set(name, value));
    context.type = 'text/javascript';
    context.body = `(window.__ran = window.__ran || []).push(${JSON.stringify(name)});`;
    return;
  }
  const count = url.pathname.match(/^\/e2e\/hits\/([\w-]+)$/);
  if (count) {
    context.set('Cache-Control', 'no-store');
    context.type = 'application/json';
    context.body = JSON.stringify(hits.get(count[1]) ?? {});
    return;
  }
  const slow = url.pathname.match(/^\/e2e\/delay\/(\d+)\/(.+)$/);
  if (slow) {
    await delay(Math.min(Number(slow[1]), 10000));
    context.set('Cache-Control', 'no-store');
    context.redirect(`/${slow[2]}`);
    return;
  }
  const status = url.pathname.match(/^\/e2e\/status\/(\d{3})$/);
  if (status) {
    context.status = Number(status[1]);
    context.type = 'text/plain';
    context.body = `status ${status[1]}`;
    return;
  }
  await next();
  const csp = url.searchParams.get('csp');
  if (csp && cspPolicies[csp] && url.pathname.endsWith('.html')) {
    context.set('Content-Security-Policy', cspPolicies[csp]);
  }
}

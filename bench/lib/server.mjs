// A static server for the bench: bench/pages/*, the tools' files and generated registries, on
// 127.0.0.1 and a random port. Every response is compressed the same way for every tool (brotli 11
// when the browser accepts it, else gzip -9, precomputed once), so transfer sizes are honest.
import http from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assets } from './tools.mjs';
import { brotli, gzip } from './compress.mjs';
import { portalBody, portalStyle } from './portal.mjs';
import { cookieconsentConfig1000, cookieconsentDialogConfig1000, registry1000 } from './generated.mjs';
import { buildLitFloor, litFloorFile } from './floors.mjs';

const pagesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../pages');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Bench pages hold two placeholders for the shared portal markup, so that every page is the same portal. */
function renderPage(file) {
  return readFileSync(file, 'utf8')
    .replace('<!-- portal:style -->', portalStyle)
    .replace('<!-- portal:body -->', portalBody());
}

/**
 * Other builds of ours, for the A/B mode (`run.mjs --compare --ours-a FILE --ours-b FILE`): build
 * `name` is served at `/name/cookie-policy.js`, and `/name/pages/X.html` is page X loading it.
 * Each file is read once when the server starts, so a rebuild during a run cannot mix builds.
 */
let builds = {};

/** The body of a URL path, or undefined. Generated content is built once per server. */
function source(urlPath) {
  const build = /^\/([\w-]+)(\/.*)$/.exec(urlPath);
  if (build && builds[build[1]]) {
    const [, name, rest] = build;
    if (rest === '/cookie-policy.js') return readFileSync(builds[name]);
    const page = source(rest);
    if (page === undefined || !rest.endsWith('.html')) return undefined;
    return String(page).replaceAll('src="/cookie-policy.js"', `src="/${name}/cookie-policy.js"`);
  }
  if (urlPath === '/floors/lit-banner.js') return readFileSync(litFloorFile);
  if (urlPath === '/generated/registry-1000.json') return JSON.stringify(registry1000());
  if (urlPath === '/generated/cookieconsent-config-1000.js') return cookieconsentConfig1000();
  if (urlPath === '/generated/cookieconsent-dialog-config-1000.js') return cookieconsentDialogConfig1000();
  if (assets[urlPath]) return readFileSync(assets[urlPath]);
  const match = /^\/pages\/([\w.-]+)$/.exec(urlPath);
  if (!match) return undefined;
  const file = path.join(pagesDir, match[1]);
  try {
    return file.endsWith('.html') ? renderPage(file) : readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Precompressed variants of one body, cached: compressing at quality 11 per request would skew timings. */
const cache = new Map();
function variants(urlPath) {
  if (!cache.has(urlPath)) {
    const body = source(urlPath);
    if (body === undefined) cache.set(urlPath, null);
    else {
      const raw = Buffer.from(body);
      cache.set(urlPath, { raw, br: brotli(raw), gzip: gzip(raw) });
    }
  }
  return cache.get(urlPath);
}

function pickEncoding(acceptEncoding = '') {
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return 'raw';
}

/** Every servable path, compressed up front so that no request pays for compression. */
function precompressAll() {
  const pages = readdirSync(pagesDir).map((name) => `/pages/${name}`);
  const generated = ['/floors/lit-banner.js', '/generated/registry-1000.json', '/generated/cookieconsent-config-1000.js', '/generated/cookieconsent-dialog-config-1000.js'];
  const built = Object.keys(builds).flatMap((name) => [`/${name}/cookie-policy.js`, ...pages.map((page) => `/${name}${page}`)]);
  for (const urlPath of [...Object.keys(assets), ...pages, ...generated, ...built]) variants(urlPath);
}

/**
 * Starts the server; resolves to { origin, close, encodings } (encodings: what was actually sent).
 * `options.builds`: { name: file } of extra builds of ours (see `builds`).
 */
export async function startServer(options = {}) {
  builds = options.builds ?? {};
  await buildLitFloor();
  cache.clear();
  precompressAll();
  const encodings = new Set();
  const server = http.createServer((request, response) => {
    const urlPath = new URL(request.url, 'http://x').pathname;
    const body = variants(urlPath);
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const encoding = pickEncoding(request.headers['accept-encoding']);
    encodings.add(encoding);
    const headers = {
      'content-type': types[path.extname(urlPath)] ?? 'application/octet-stream',
      // Every run must pay for every byte: no HTTP cache (each run also has a fresh browser context).
      'cache-control': 'no-store',
      vary: 'accept-encoding',
    };
    if (encoding !== 'raw') headers['content-encoding'] = encoding;
    response.writeHead(200, headers).end(body[encoding]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    encodings,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

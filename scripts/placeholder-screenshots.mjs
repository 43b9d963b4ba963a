// The README's placeholder screenshots: a YouTube embed's placeholder in English and French, in
// the light and dark schemes, from the built dist/cookie-policy.js with tne34's registry inline.
// Usage: npm run build && node scripts/placeholder-screenshots.mjs [--chromium PATH]
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath as debianChromium } from './chromium.mjs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const dir = mkdtempSync(`${tmpdir()}/placeholder-`);
const flag = process.argv.indexOf('--chromium');
const executablePath = flag > 0 ? process.argv[flag + 1] : debianChromium;
const registry = readFileSync(`${root}/demo/registries/tne34.opendatasoft.com.json`, 'utf8').replace('"policyUrl": "policy.html"', '"policyUrl": "https://tne34.opendatasoft.com/pages/cookies/"');
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
for (const lang of ['en', 'fr']) for (const scheme of ['light', 'dark']) {
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>body{font:16px system-ui,sans-serif;margin:24px;background:${scheme === 'dark' ? '#121214' : '#fff'};color:${scheme === 'dark' ? '#eee' : '#111'}}</style></head><body>
<iframe data-cookie-service="youtube" data-src="https://www.youtube-nocookie.com/embed/x" title="${lang === 'fr' ? 'Vidéo : l’open data en deux minutes' : 'Video: open data in two minutes'}" width="560" height="315"></iframe>
<cookie-policy view="policy" hidden><script type="application/json">${registry}</script></cookie-policy>
<script src="file://${root}/dist/cookie-policy.js"></script></body></html>`;
  writeFileSync(`${dir}/page-${lang}-${scheme}.html`, html);
  const page = await browser.newPage({ colorScheme: scheme, viewport: { width: 608, height: 363 } });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${dir}/page-${lang}-${scheme}.html`);
  await page.waitForSelector('[data-cookie-placeholder-for]');
  await page.screenshot({ path: `${root}/docs/screenshots/placeholder-${lang}-${scheme}.png` });
  // No request but the page's own files: no third-party thumbnail or frame before a click.
  const remote = requests.filter((url) => !url.startsWith('file:'));
  if (remote.length) throw new Error(`requested before a click: ${remote.join(', ')}`);
  console.log(`docs/screenshots/placeholder-${lang}-${scheme}.png`);
  await page.close();
}
await browser.close();

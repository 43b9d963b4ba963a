// Takes the README's screenshots of the demo in headless Chromium: banner, preferences dialog and
// policy view at 1280, 768 and 320 px in English and French; the box and top banner layouts; the
// notice shown when the registry cannot be loaded.
// Usage: npm run build && node scripts/screenshots.mjs [--out DIR]   (writes docs/screenshots/*.png)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { parseArgs } from 'node:util';
import { chromiumArgs, executablePath } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const { values: options } = parseArgs({ options: { out: { type: 'string', default: 'docs/screenshots' } } });

const root = process.cwd();

const server = await serveStatic(root);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
mkdirSync(options.out, { recursive: true });

const shots = [];
const widths = [
  [1280, 800],
  [768, 1024],
  [320, 640],
];
for (const lang of ['en', 'fr']) {
  for (const [width, height] of widths) {
    const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const query = `?portal=twisto.opendatasoft.com&lang=${lang}`;

    await page.goto(`${base}/demo/index.html${query}`);
    await page.locator('cookie-policy [part="banner"]').waitFor();
    shots.push(await shot(page, `banner-${width}-${lang}`));

    await page.locator('cookie-policy [part="customize"]').click();
    await page.locator('cookie-policy dialog[open]').waitFor();
    shots.push(await shot(page, `dialog-${width}-${lang}`));

    await page.goto(`${base}/demo/policy.html${query}`);
    await page.locator('cookie-policy [part="policy"] [part="table"]').first().waitFor();
    shots.push(await shot(page, `policy-${width}-${lang}`, true));
    await context.close();
  }
}

// The other banner layouts (banner-layout="box" and "top"), on a desktop and a phone.
for (const layout of ['box', 'top']) {
  for (const [width, height] of [widths[0], widths[2]]) {
    const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${base}/demo/index.html?portal=twisto.opendatasoft.com&lang=en&layout=${layout}`);
    await page.locator('cookie-policy [part="banner"]').waitFor();
    shots.push(await shot(page, `banner-${layout}-${width}-en`));
    await context.close();
  }
}

// A registry that cannot be loaded: what visitors see on the policy page instead.
for (const lang of ['en', 'fr']) {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.route('**/registries/*.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`${base}/demo/policy.html?portal=twisto.opendatasoft.com&lang=${lang}`);
  await page.locator('cookie-policy [part="error"]').waitFor();
  shots.push(await shot(page, `error-320-${lang}`));
  await context.close();
}

async function shot(page, name, fullPage = false) {
  const path = join(options.out, `${name}.png`);
  if (fullPage) {
    // A viewport as tall as the page: sections with content-visibility: auto are painted only on screen.
    const viewport = page.viewportSize();
    await page.setViewportSize({ ...viewport, height: await page.evaluate(() => document.documentElement.scrollHeight) });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path, fullPage: true });
    await page.setViewportSize(viewport);
  } else await page.screenshot({ path });
  return path;
}

await browser.close();
server.close();
console.log(shots.join('\n'));

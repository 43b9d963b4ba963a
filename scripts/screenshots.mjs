// Takes the README's screenshots of the demo in headless Chromium:
// banner, preferences dialog and policy view, at 1280 px and 320 px, in English and French.
// Usage: npm run build && node scripts/screenshots.mjs   (writes docs/screenshots/*.png)
import { createReadStream, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from './chromium.mjs';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const root = process.cwd();

function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
mkdirSync('docs/screenshots', { recursive: true });

const shots = [];
for (const lang of ['en', 'fr']) {
  for (const [width, height] of [
    [1280, 800],
    [320, 640],
  ]) {
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
    await page.locator('cookie-policy [part="policy"] table').first().waitFor();
    shots.push(await shot(page, `policy-${width}-${lang}`, true));
    await context.close();
  }
}

async function shot(page, name, fullPage = false) {
  const path = `docs/screenshots/${name}.png`;
  await page.screenshot({ path, fullPage });
  return path;
}

await browser.close();
server.close();
console.log(shots.join('\n'));

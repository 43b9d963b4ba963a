// Screenshots of the demo's three views (banner, preferences dialog, policy) at 1280 and 320 px
// in each engine, side by side in .cache/screenshots/<engine>/, to compare how they render ours.
// Usage: npm run build && node scripts/engine-screenshots.mjs   (ENGINES=… selects engines)
// Each view is shown in a frame of the exact width (MiniBrowser's window cannot be narrower than
// 447 px), so every engine lays out the same viewport.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { chromiumArgs } from './chromium.mjs';
import { engines, missingEngines, missingMessage, selectEngines } from './engines.mjs';
import { serveStatic } from './static-server.mjs';

const root = process.cwd();
const sizes = [
  [1280, 800],
  [320, 640],
];

/** The static server, plus `/__frame?src&width&height`: a page framing `src` at that exact size. */
function serve() {
  return serveStatic(root, (url, response) => {
    if (url.pathname !== '/__frame') return false;
    const { src, width, height } = Object.fromEntries(url.searchParams);
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      `<!DOCTYPE html><html><body style="margin:0"><iframe id="view" src="${src}" width="${width}" height="${height}" style="border:0;display:block"></iframe></body></html>`,
    );
    return true;
  });
}

/** Runs in the page: resolves true once the framed view shows `selector` inside the element. */
function framedShows(selector) {
  const frame = document.getElementById('view');
  const element = frame?.contentDocument?.querySelector('cookie-policy');
  return Boolean(element?.shadowRoot?.querySelector(selector));
}
function framedClick(selector) {
  document.getElementById('view').contentDocument.querySelector('cookie-policy').shadowRoot.querySelector(selector).click();
}
function framedHeight() {
  return document.getElementById('view').contentDocument.documentElement.scrollHeight;
}
function framedResize(height) {
  document.getElementById('view').height = String(height);
}

/** A uniform driver over puppeteer and webdriverio: goto, evaluate, screenshot, size. */
async function openEngine(name) {
  const binaries = engines[name].binaries();
  if (name === 'webkit') {
    const xvfb = spawn(binaries.Xvfb, [':77', '-screen', '0', '1400x4000x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const driver = spawn(binaries.WebKitWebDriver, ['--port=4777'], { stdio: 'ignore', env: { ...process.env, DISPLAY: ':77' } });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const browser = await remote({
      logLevel: 'error',
      hostname: '127.0.0.1',
      port: 4777,
      path: '/',
      capabilities: {
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: binaries.MiniBrowser, args: ['--automation', '--full-screen'] },
      },
    });
    return {
      goto: (url) => browser.navigateTo(url),
      evaluate: (fn, arg) => browser.execute(fn, arg),
      size: (width, height) => browser.setWindowRect(null, null, width, height),
      screenshot: async (path) => writeFileSync(path, Buffer.from(await browser.takeScreenshot(), 'base64')),
      close: async () => {
        await browser.deleteSession().catch(() => undefined);
        for (const child of [driver, xvfb]) process.kill(child.pid, 'SIGTERM');
      },
    };
  }
  const browser = await puppeteer.launch(
    name === 'firefox'
      ? { browser: 'firefox', executablePath: binaries['firefox-esr'], headless: true }
      : { executablePath: binaries.chromium, args: chromiumArgs, headless: true },
  );
  const page = await browser.newPage();
  return {
    goto: (url) => page.goto(url),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    size: (width, height) => page.setViewport({ width, height }),
    screenshot: (path) => page.screenshot({ path }),
    close: () => browser.close(),
  };
}

async function until(engine, fn, arg, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await engine.evaluate(fn, arg)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${fn.name}(${arg}) not true within ${ms} ms`);
}

const selected = selectEngines();
const missing = missingEngines(selected);
if (missing.length > 0) {
  console.error(missingMessage(missing, selected));
  process.exit(1);
}
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const shots = [];
try {
  for (const name of selected) {
    const engine = await openEngine(name);
    const dir = `.cache/screenshots/${name}`;
    mkdirSync(dir, { recursive: true });
    try {
      for (const [width, height] of sizes) {
        const frame = (page) =>
          `${base}/__frame?width=${width}&height=${height}&src=${encodeURIComponent(`/demo/${page}?portal=twisto.opendatasoft.com&lang=en`)}`;
        await engine.size(Math.max(width, 480), height);
        await engine.goto(frame('index.html'));
        await until(engine, framedShows, '[part="banner"]');
        await new Promise((resolve) => setTimeout(resolve, 500));
        await engine.screenshot(`${dir}/banner-${width}.png`);
        await engine.evaluate(framedClick, '[part="customize"]');
        await until(engine, framedShows, 'dialog[open]');
        await engine.screenshot(`${dir}/dialog-${width}.png`);
        await engine.goto(frame('policy.html'));
        await until(engine, framedShows, '[part="policy"] table');
        const full = Math.min(await engine.evaluate(framedHeight), 3800);
        await engine.evaluate(framedResize, full);
        await engine.size(Math.max(width, 480), full);
        await engine.screenshot(`${dir}/policy-${width}.png`);
        shots.push(`${dir}/banner-${width}.png`, `${dir}/dialog-${width}.png`, `${dir}/policy-${width}.png`);
      }
    } finally {
      await engine.close();
    }
  }
} finally {
  server.close();
}
console.log(shots.join('\n'));

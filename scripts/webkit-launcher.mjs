// A @web/test-runner launcher for WebKitGTK's MiniBrowser, driven by WebKitWebDriver under a
// private Xvfb display (the recipe in TOOLCHAIN.md), or the one WEBKIT_DISPLAY names. It starts
// what it needs for the run and stops each process by its id; nothing is left running, even when
// the run is interrupted.
//
// Why not @web/test-runner-webdriver: its WebDriver launcher cannot set the viewport, emulate
// media or hold a modifier key, which our tests need. This one runs one test file at a time in
// MiniBrowser's one window and hands @web/test-runner-commands a page object of the shape that
// its puppeteer branch calls (`keyboard`, `mouse`, `setViewport`, `emulateMedia*`), implemented
// with WebDriver actions, window sizing and the in-page media emulation of webkit-media.mjs.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { remote } from 'webdriverio';
import { applyMedia } from './webkit-media.mjs';

/** WebDriver's code points for the named keys our tests press (W3C WebDriver, "Keyboard actions"). */
const keys = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  Delete: '\uE017',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
};
const keyValue = (key) => keys[key] ?? key;
const buttons = { left: 0, middle: 1, right: 2 };

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts Xvfb on a display it picks itself (`-displayfd`) and resolves with the process and `:N`. */
function startXvfb(binary) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${stderr.trim()}`)));
    let out = '';
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ child, display: `:${out.trim()}` });
    });
  });
}

async function waitForDriver(port, child, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms} ms`);
}

/** The puppeteer-shaped page that @web/test-runner-commands drives (only what it calls). */
class WebDriverPage {
  #driver;
  #media = { type: null, features: {} };

  constructor(driver) {
    this.#driver = driver;
    const act = (actions) => driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
    const point = (actions) =>
      driver.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
    this.keyboard = {
      down: (key) => act([{ type: 'keyDown', value: keyValue(key) }]),
      up: (key) => act([{ type: 'keyUp', value: keyValue(key) }]),
      press: (key) =>
        act([
          { type: 'keyDown', value: keyValue(key) },
          { type: 'keyUp', value: keyValue(key) },
        ]),
      type: (text) => act([...text].flatMap((char) => [{ type: 'keyDown', value: char }, { type: 'keyUp', value: char }])),
    };
    this.mouse = {
      move: (x, y) => point([{ type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 }]),
      down: ({ button = 'left' } = {}) => point([{ type: 'pointerDown', button: buttons[button] }]),
      up: ({ button = 'left' } = {}) => point([{ type: 'pointerUp', button: buttons[button] }]),
      click: (x, y, { button = 'left' } = {}) =>
        point([
          { type: 'pointerMove', origin: 'viewport', x: Math.round(x), y: Math.round(y), duration: 0 },
          { type: 'pointerDown', button: buttons[button] },
          { type: 'pointerUp', button: buttons[button] },
        ]),
      reset: () => driver.releaseActions(),
    };
  }

  /** Sizes the window so that the page's viewport is `width` × `height` CSS pixels. */
  async setViewport({ width, height }) {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const [innerWidth, innerHeight, outerWidth, outerHeight] = await this.#driver.execute(() => [
        window.innerWidth,
        window.innerHeight,
        window.outerWidth,
        window.outerHeight,
      ]);
      if (innerWidth === width && innerHeight === height) return;
      await this.#driver.setWindowRect(null, null, width + outerWidth - innerWidth, height + outerHeight - innerHeight);
    }
    const [innerWidth, innerHeight] = await this.#driver.execute(() => [window.innerWidth, window.innerHeight]);
    if (innerWidth !== width || innerHeight !== height) {
      throw new Error(`MiniBrowser's viewport is ${innerWidth}×${innerHeight}, not the ${width}×${height} asked for`);
    }
  }

  async emulateMediaFeatures(features = []) {
    for (const { name, value } of features) this.#media.features[name] = value;
    await this.#applyMedia();
  }

  async emulateMediaType(type) {
    this.#media.type = type || null;
    await this.#applyMedia();
  }

  async #applyMedia() {
    const applied = await this.#driver.execute(applyMedia, this.#media);
    if (!applied) throw new Error('media emulation needs the test page tracker (webkit-media.mjs trackerScript)');
  }
}

class WebKitLauncher {
  name = 'WebKit';
  // The commands plugins' puppeteer branch calls our WebDriverPage (see the file's comment).
  type = 'puppeteer';
  // One window: one test file at a time.
  concurrency = 1;
  #options;
  #xvfb = null;
  #driverProcess = null;
  #driver = null;
  #starting = null;
  #session = null;
  #killOnExit = () => this.#killProcesses();

  constructor(options) {
    this.#options = options;
  }

  async initialize(config) {
    this.config = config;
  }

  async #start() {
    const { xvfb: xvfbBinary, driver: driverBinary, minibrowser } = this.#options;
    process.once('exit', this.#killOnExit);
    // .ci/run starts one Xvfb for the whole run and names its display; otherwise start our own.
    let display = process.env.WEBKIT_DISPLAY;
    if (!display) {
      const xvfb = await startXvfb(xvfbBinary);
      this.#xvfb = xvfb.child;
      display = xvfb.display;
    }
    const port = await freePort();
    this.#driverProcess = spawn(driverBinary, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display },
    });
    await waitForDriver(port, this.#driverProcess);
    this.#driver = await remote({
      logLevel: 'error',
      hostname: '127.0.0.1',
      port,
      path: '/',
      capabilities: {
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: minibrowser,
          // As Safari by default ("Press Tab to highlight each item" off), Tab skips links: the
          // dialog's own focus cycle must not depend on the browser's tab order.
          args: ['--automation', '--enable-tabs-to-links=false'],
        },
      },
    });
    const { browserVersion } = this.#driver.capabilities;
    if (browserVersion) this.name = `WebKit ${browserVersion}`;
    this.page = new WebDriverPage(this.#driver);
  }

  async #ready() {
    this.#starting ??= this.#start();
    await this.#starting;
  }

  async startSession(id, url) {
    await this.#ready();
    this.#session = { id, url };
    // A fresh page per test file, as the Chromium launcher gives: 800×600, no emulated media.
    this.page = new WebDriverPage(this.#driver);
    await this.#driver.navigateTo('about:blank');
    await this.page.setViewport({ width: 800, height: 600 });
    await this.#driver.navigateTo(url);
  }

  isActive(id) {
    return this.#session?.id === id;
  }

  getBrowserUrl() {
    return this.#session?.url ?? '';
  }

  getPage(id) {
    if (!this.isActive(id)) throw new Error(`no WebKit page for session ${id}`);
    return this.page;
  }

  async startDebugSession() {
    throw new Error('the WebKit launcher has no debug mode: use ENGINES=chromium with --manual');
  }

  async stopSession(id) {
    if (!this.isActive(id)) throw new Error(`no WebKit page for session ${id}`);
    await this.#driver.releaseActions().catch(() => undefined);
    // Test files running one after another must not inherit each other's cookies.
    await this.#driver.deleteAllCookies().catch(() => undefined);
    await this.#driver.navigateTo('about:blank');
    this.#session = null;
    return {};
  }

  async stop() {
    try {
      await this.#driver?.deleteSession();
    } catch {
      // the driver is already gone
    }
    this.#driver = null;
    this.#killProcesses();
    process.removeListener('exit', this.#killOnExit);
  }

  #killProcesses() {
    for (const child of [this.#driverProcess, this.#xvfb]) {
      if (child && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(child.pid, 'SIGTERM');
        } catch {
          // already exited
        }
      }
    }
    this.#driverProcess = null;
    this.#xvfb = null;
  }
}

/**
 * A launcher for WebKitGTK's MiniBrowser. `xvfb`, `driver` and `minibrowser` are the paths of
 * Xvfb, WebKitWebDriver and MiniBrowser (see engines.mjs).
 */
export function webkitLauncher(options) {
  return new WebKitLauncher(options);
}

// Starting the system Chromium through playwright-core, an optional peer dependency: installing
// the package for its script never downloads a browser driver, and `scan` says what to install.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanSetupError } from './errors.mjs';

/** Where Debian and the usual Linux packages put Chromium (or Chrome), tried in this order. */
export const SYSTEM_CHROMIUMS = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Flags for a headless run on a server: as root Chromium refuses to start without
 * `--no-sandbox`, and the background services would otherwise try to reach Google's servers
 * (and add their requests and cookies to what is measured).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

const HOW_TO_POINT =
  'Install Chromium (Debian: apt-get install chromium) or point the scan at a Chromium or Chrome binary with --chromium PATH or the CHROME_PATH environment variable.';

/** Imports playwright-core, or explains that `scan` needs it. */
export async function loadChromium() {
  try {
    const { chromium } = await import('playwright-core');
    return chromium;
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new ScanSetupError(
      'scan needs playwright-core, which is not installed. Install it next to this package: ' +
        'npm install --save-dev playwright-core (it downloads no browser: the scan drives your Chromium).',
    );
  }
}

/** The binaries to try: the one given with --chromium, else CHROME_PATH, then the system's. */
export function chromiumCandidates(explicit, env = process.env) {
  if (explicit) return [explicit];
  return [...new Set([env.CHROME_PATH, ...SYSTEM_CHROMIUMS].filter(Boolean))];
}

/**
 * Starts a headless Chromium and returns `{ browser, version, executablePath, close }`. Each pass
 * then opens its own context in it, a fresh profile with nothing stored.
 *
 * Why a persistent launch with a prepared profile: a browser context is an incognito-like profile,
 * and Chromium blocks third-party cookies there (and, headless, in a default profile too), where a
 * visitor's Chrome in its default settings accepts them. Profile preferences that allow them are
 * inherited by the contexts, so a third-party iframe's cookies are seen as a visitor's browser
 * would store them.
 */
export async function startChromium({ explicit, env = process.env } = {}) {
  const chromium = await loadChromium();
  const tried = [];
  for (const executablePath of chromiumCandidates(explicit, env)) {
    if (!existsSync(executablePath)) {
      tried.push(`${executablePath} (not found)`);
      continue;
    }
    const profile = mkdtempSync(join(tmpdir(), 'cookie-scan-'));
    mkdirSync(join(profile, 'Default'));
    writeFileSync(
      join(profile, 'Default', 'Preferences'),
      JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }),
    );
    try {
      const launched = await chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, headless: true });
      const browser = launched.browser();
      return {
        browser,
        version: browser.version(),
        executablePath,
        async close() {
          await launched.close().catch(() => {});
          rmSync(profile, { recursive: true, force: true });
        },
      };
    } catch (error) {
      rmSync(profile, { recursive: true, force: true });
      tried.push(`${executablePath} (${String(error.message).split('\n')[0]})`);
    }
  }
  throw new ScanSetupError(`cannot start Chromium; tried ${tried.join(', ')}. ${HOW_TO_POINT}`);
}

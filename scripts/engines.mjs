// The three browser engines the suite runs in, where Debian puts each one, and which Debian
// packages provide them. `ENGINES=chromium,firefox npm test` selects some; the default is all.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Finds `name` on PATH (or returns an absolute path as given when it exists). */
export function which(name, path = process.env.PATH ?? '') {
  if (name.startsWith('/')) return existsSync(name) ? name : null;
  for (const dir of path.split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

const firstExisting = (...paths) => paths.find((path) => path && existsSync(path)) ?? null;

/**
 * Each engine: the binaries it needs (name → path, or null when missing) and the Debian
 * packages that install them.
 */
export const engines = {
  chromium: {
    label: 'Chromium',
    packages: ['chromium'],
    binaries: () => ({
      chromium: firstExisting(process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'),
    }),
  },
  firefox: {
    label: 'Firefox',
    packages: ['firefox-esr'],
    binaries: () => ({ 'firefox-esr': firstExisting(process.env.FIREFOX_PATH, which('firefox-esr')) }),
  },
  webkit: {
    label: 'WebKit',
    packages: ['webkit2gtk-driver', 'xvfb'],
    binaries: () => ({
      WebKitWebDriver: which('WebKitWebDriver'),
      MiniBrowser: firstExisting(
        process.env.MINIBROWSER_PATH,
        '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      ),
      Xvfb: which('Xvfb'),
    }),
  },
};

/** The engines named in `value` (commas or spaces), in the suite's order; all three when empty. */
export function selectEngines(value = process.env.ENGINES) {
  const names = (value ?? '')
    .split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0) return Object.keys(engines);
  const unknown = names.filter((name) => !(name in engines));
  if (unknown.length > 0) {
    throw new Error(`unknown engine ${unknown.join(', ')} in ENGINES: use ${Object.keys(engines).join(', ')}`);
  }
  return Object.keys(engines).filter((name) => names.includes(name));
}

/**
 * What the selected engines lack on this machine: one entry per engine with the missing binaries
 * and the Debian packages that provide it. `binariesOf` is for tests.
 */
export function missingEngines(names, binariesOf = (name) => engines[name].binaries()) {
  const missing = [];
  for (const name of names) {
    const binaries = binariesOf(name);
    const absent = Object.entries(binaries)
      .filter(([, path]) => !path)
      .map(([binary]) => binary);
    if (absent.length > 0) missing.push({ engine: name, binaries: absent, packages: engines[name].packages });
  }
  return missing;
}

/** The message `npm test` prints when engines are missing: what to install, and how to run without them. */
export function missingMessage(missing, selected) {
  const packages = [...new Set(missing.flatMap((entry) => entry.packages))];
  const lines = missing.map(
    (entry) => `  ${entry.engine}: ${entry.binaries.join(', ')} not found (Debian: ${entry.packages.join(' ')})`,
  );
  const present = selected.filter((name) => !missing.some((entry) => entry.engine === name));
  return [
    'Browser engines missing on this machine:',
    ...lines,
    `Install them: sudo apt-get install -y ${packages.join(' ')}`,
    present.length > 0
      ? `Or, while developing, run the others only: ENGINES=${present.join(',')} npm test`
      : 'Every engine is needed to run the browser tests.',
  ].join('\n');
}

// Where Debian's Chromium lives, and the flags it needs on these machines (see TOOLCHAIN.md).
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];

/** Path of the Chromium binary to drive. */
export const executablePath = candidates.find((path) => path && existsSync(path)) ?? '/usr/bin/chromium';

/** Flags for a headless run as root on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

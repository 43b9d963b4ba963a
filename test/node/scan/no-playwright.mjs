// `node --import ./test/node/scan/no-playwright.mjs …`: runs as if playwright-core were not installed.
import { register } from 'node:module';

register('./no-playwright-hooks.mjs', import.meta.url);

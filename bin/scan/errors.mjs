/**
 * A problem that stops the scan before it can say anything about the site: a bad command line,
 * no browser, no playwright-core, an unreadable registry, a start page that does not load.
 * The command prints its message and exits 2.
 */
export class ScanSetupError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ScanSetupError';
  }
}

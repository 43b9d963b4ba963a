// Tests that check how the widget handles a missing registry or script ask the test server for
// a 404 on purpose (test/e2e/server-middleware.mjs: /e2e/status/404). @web/test-runner lists
// every 404 under "404 network requests", which then reads like a broken test; this drops the
// ones asked for and keeps every other 404 listed.

/** Whether a 404 was asked for: a request to the test server's `/e2e/status/<code>` route. */
export const isExpected404 = (url) => /^\/?e2e\/status\/\d{3}(?:[?#]|$)/.test(url);

/** `reporter`, reporting each test file without the 404s that `isExpected` says were asked for. */
export function withoutExpected404s(reporter, isExpected = isExpected404) {
  if (!reporter.reportTestFileResults) return reporter;
  return {
    ...reporter,
    reportTestFileResults(args) {
      const sessionsForTestFile = args.sessionsForTestFile.map((session) => ({
        ...session,
        request404s: session.request404s.filter((url) => !isExpected(url)),
      }));
      return reporter.reportTestFileResults({ ...args, sessionsForTestFile });
    },
  };
}

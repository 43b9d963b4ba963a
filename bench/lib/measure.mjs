// One measured page load: a fresh browser context (no cookies, no cache), CPU and network
// emulation through CDP, then every metric read from the page and from CDP.
import { interactionScript, probeScript } from './probe.mjs';

/** Conditions: CPU slowdown and an optional added round-trip latency (CDP network emulation). */
export const conditions = {
  '1x': { cpu: 1, latency: 0 },
  '4x': { cpu: 4, latency: 0 },
  '1x rtt150': { cpu: 1, latency: 150 },
  '4x rtt150': { cpu: 4, latency: 150 },
};

// Generous throughput so that the profile isolates latency: 50 Mbit/s down, 20 Mbit/s up.
const DOWN = (50 * 1e6) / 8;
const UP = (20 * 1e6) / 8;
const TIMEOUT = 20_000;
const SETTLE_MS = 200;

async function emulate(cdp, { cpu, latency }) {
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (latency > 0) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency,
      downloadThroughput: DOWN,
      uploadThroughput: UP,
    });
  }
}

/** Read in the page once it is done: the probe's state and the bytes of every response. */
function pageMetrics() {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
  return {
    ...window.__bench,
    requests: entries.length,
    // encodedBodySize: the bytes on the wire after content-encoding, without headers.
    transferBytes: entries.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    decodedBytes: entries.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
  };
}

/** CDP's cumulative renderer counters, in ms. */
async function durations(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const byName = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  return {
    scriptMs: byName.ScriptDuration * 1000,
    taskMs: byName.TaskDuration * 1000,
    // CPU time of the renderer's main thread: unlike the durations above (wall time), it does not
    // count the time the thread waits for a core that other work on the machine holds.
    threadMs: byName.ThreadTime * 1000,
    layoutMs: byName.LayoutDuration * 1000,
    styleMs: byName.RecalcStyleDuration * 1000,
  };
}

async function heapBytes(cdp) {
  // Collect garbage first: the heap left is what the page keeps, not what it has not freed yet.
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Loads `scenario.page` once under `condition` and returns its metrics (visibleAt null if never shown). */
export async function measureOnce(browser, origin, scenario, condition) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: probeScript(scenario.target) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // An empty page of the same origin first, so that the renderer process exists: its start-up
    // (noisy, the same for every tool) is not counted, as for a visitor moving within a portal.
    await page.goto(origin + '/pages/blank.html');
    await emulate(cdp, condition);
    const before = await durations(cdp);
    // networkidle: no request for 500 ms, so late requests (our registry) are counted.
    await page.goto(origin + scenario.page, { waitUntil: 'networkidle', timeout: TIMEOUT });
    await page.waitForFunction(() => window.__bench.done, null, { timeout: TIMEOUT, polling: 50 }).catch(() => {});
    await page.waitForTimeout(SETTLE_MS);
    // A dialog scenario: once the page has loaded and settled, the click and the dialog it opens.
    const interaction = scenario.interaction ? await page.evaluate(interactionScript(scenario.interaction)) : {};
    // Stop throttling before reading, so the reads themselves do not count.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const after = await durations(cdp);
    return {
      ...(await page.evaluate(pageMetrics)),
      interaction,
      scriptMs: after.scriptMs - before.scriptMs,
      taskMs: after.taskMs - before.taskMs,
      threadMs: after.threadMs - before.threadMs,
      layoutMs: after.layoutMs - before.layoutMs,
      styleMs: after.styleMs - before.styleMs,
      heapBytes: await heapBytes(cdp),
    };
  } finally {
    await context.close();
  }
}

// The in-page probe, installed before any page script runs (page.addInitScript). It records long
// tasks, layout shifts and the moment the target UI is first visible, polled at every frame.

/** Runs in the page. `target` is a function (visible) => boolean, or null for "nothing to wait for". */
function installProbe(target) {
  const state = { longTasks: 0, longTaskMs: 0, cls: 0, visibleAt: null, done: target === null };
  window.__bench = state;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.longTasks += 1;
      state.longTaskMs += entry.duration;
    }
  }).observe({ type: 'longtask', buffered: true });

  new PerformanceObserver((list) => {
    // Shifts right after input do not count towards CLS (there is no input here anyway).
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });

  if (target === null) return;

  /** Rendered, with a box, not hidden by visibility or opacity on it or an ancestor. */
  const visible = (element) =>
    Boolean(element) &&
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    element.getBoundingClientRect().height > 0;

  // rAF callbacks run just before the frame is painted: the first frame where the check holds
  // is the frame that shows the UI.
  const poll = () => {
    if (target(visible)) {
      state.visibleAt = performance.now();
      state.done = true;
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** The init-script source for one scenario. */
export const probeScript = (target) => `(${installProbe})(${target ?? 'null'});`;

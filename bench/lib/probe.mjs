// The in-page probe, installed before any page script runs (page.addInitScript). It records long
// tasks, layout shifts and, polled at every animation frame, when the target UI is on screen.

/**
 * Runs in the page. `target` is one of:
 * - null: nothing to wait for (the page without a consent tool);
 * - a function (visible) => boolean (the banner scenarios): `visibleAt` is the time of the first
 *   animation frame where it holds, read in that frame's rAF callback (before its layout and paint);
 * - { shown, complete } (the 1000-cookie tables): `shown(onScreen)` returns the table's first data
 *   row, `complete()` whether every row is in the DOM. `shownAt` and `completeAt` are read in a
 *   task posted from the rAF callback of the first frame where each holds, so they include that
 *   frame's style, layout and paint (the main-thread part of showing it).
 */
function installProbe(target) {
  const state = {
    longTasks: 0,
    longTaskMs: 0,
    longestTaskMs: 0,
    cls: 0,
    visibleAt: null,
    shownAt: null,
    completeAt: null,
    // Banner scenarios: the end of the frame that shows the banner (its style, layout and paint done).
    frameEndAt: null,
    // Every long task as [startTime, duration], so that a later interaction can count its own.
    longTaskList: [],
    done: target === null,
  };
  window.__bench = state;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.longTasks += 1;
      state.longTaskMs += entry.duration;
      state.longestTaskMs = Math.max(state.longestTaskMs, entry.duration);
      state.longTaskList.push([entry.startTime, entry.duration]);
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

  if (typeof target === 'function') {
    // rAF callbacks run just before the frame is painted: the first frame where the check holds
    // is the frame that shows the UI.
    const poll = () => {
      if (target(visible)) {
        state.visibleAt = performance.now();
        // Read by bench/trace.mjs: a task posted now runs once this frame's layout and paint are done.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          state.frameEndAt = performance.now();
          state.done = true;
        };
        channel.port2.postMessage(null);
      } else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    return;
  }

  /** Visible and inside the viewport, not scrolled out of any clipping ancestor (across shadow roots). */
  const onScreen = (element) => {
    if (!visible(element)) return false;
    const box = element.getBoundingClientRect();
    let top = 0;
    let left = 0;
    let bottom = innerHeight;
    let right = innerWidth;
    for (let node = element.parentElement ?? element.getRootNode().host; node; node = node.parentElement ?? node.getRootNode().host) {
      if (getComputedStyle(node).overflow === 'visible') continue;
      const clip = node.getBoundingClientRect();
      top = Math.max(top, clip.top);
      left = Math.max(left, clip.left);
      bottom = Math.min(bottom, clip.bottom);
      right = Math.min(right, clip.right);
    }
    return box.top < bottom && box.bottom > top && box.left < right && box.right > left;
  };

  /** A task queued now runs once the current frame (its rAF callbacks, style, layout, paint) is done. */
  const afterFrame = (record) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      record(performance.now());
      state.done = state.shownAt !== null && state.completeAt !== null;
    };
    channel.port2.postMessage(null);
  };
  let shown = false;
  let complete = false;
  const poll = () => {
    if (!shown && target.shown(onScreen)) {
      shown = true;
      // Kept for bench/trace.mjs, which prints it: the rAF time of the frame that shows the table.
      state.visibleAt = performance.now();
      afterFrame((now) => (state.shownAt = now));
    }
    if (!complete && target.complete()) {
      complete = true;
      afterFrame((now) => (state.completeAt = now));
    }
    if (!shown || !complete) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** The init-script source for one scenario's `target` (see installProbe). */
export const probeScript = (target) => {
  const source =
    target === null || target === undefined
      ? 'null'
      : typeof target === 'string'
        ? target
        : `{ shown: ${target.shown}, complete: ${target.complete} }`;
  return `(${installProbe})(${source});`;
};

/**
 * Runs in the page, once it has loaded (page.evaluate): clicks `spec.button()` and resolves to the
 * ms from just before the click to the end of the first frame where `spec.dialog()` is visible
 * (`openMs`), and where `spec.complete()` holds (`completeMs`, every cookie in the DOM), with the
 * longest task that started after the click. The same frame timing as the tables' "shown ms".
 */
function clickAndTime(spec) {
  const visible = (element) =>
    Boolean(element) &&
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    element.getBoundingClientRect().height > 0;
  return new Promise((resolve) => {
    const result = { openMs: null, completeMs: null, longestTaskMs: 0 };
    const button = spec.button();
    if (!button) {
      resolve(result);
      return;
    }
    let start = 0;
    const finish = () => {
      for (const [startTime, duration] of window.__bench.longTaskList)
        if (startTime >= start) result.longestTaskMs = Math.max(result.longestTaskMs, duration);
      resolve(result);
    };
    const timeout = setTimeout(finish, 15_000);
    const afterFrame = (key) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        result[key] = performance.now() - start;
        if (result.openMs !== null && result.completeMs !== null) {
          clearTimeout(timeout);
          // Long tasks are reported a little after they end: give the observer a moment.
          setTimeout(finish, 100);
        }
      };
      channel.port2.postMessage(null);
    };
    let open = false;
    let complete = false;
    const poll = () => {
      if (!open && visible(spec.dialog())) {
        open = true;
        afterFrame('openMs');
      }
      if (!complete && spec.complete()) {
        complete = true;
        afterFrame('completeMs');
      }
      if (!open || !complete) requestAnimationFrame(poll);
    };
    start = performance.now();
    button.click();
    requestAnimationFrame(poll);
  });
}

/** The page.evaluate source for one dialog scenario's `interaction` (see clickAndTime). */
export const interactionScript = ({ button, dialog, complete }) =>
  `(${clickAndTime})({ button: ${button}, dialog: ${dialog}, complete: ${complete} })`;

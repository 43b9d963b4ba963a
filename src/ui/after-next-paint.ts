/**
 * Resolves in a task after the next frame has been painted: for work that must not delay what the
 * visitor is about to see. A hidden tab paints no frames, so there it resolves at once; a visible
 * page that paints none within a second (a stalled renderer) is not waited for longer.
 *
 * @example
 * await afterNextPaint(); // the banner rendered just before is on screen now
 */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    if (document.visibilityState === 'hidden') return resolve();
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 1000);
  });

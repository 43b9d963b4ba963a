/**
 * Resolves in a task after the next frame has been painted, or after 100 ms at most (a background
 * tab paints no frames): for work that must not delay what the visitor is about to see.
 *
 * @example
 * await afterNextPaint(); // the banner rendered just before is on screen now
 */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });

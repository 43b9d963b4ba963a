import { expect } from '@open-wc/testing';
import { afterNextPaint } from '../../src/ui/after-next-paint.js';

describe('afterNextPaint', () => {
  it('resolves once a frame has been painted on a visible page', async () => {
    expect(document.visibilityState).to.equal('visible');
    let painted = false;
    requestAnimationFrame(() => {
      painted = true;
    });
    await afterNextPaint();
    expect(painted).to.equal(true);
  });

  it('resolves at once in a hidden tab, which paints no frames', async () => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      let painted = false;
      requestAnimationFrame(() => {
        painted = true;
      });
      await afterNextPaint();
      expect(painted).to.equal(false);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });
});

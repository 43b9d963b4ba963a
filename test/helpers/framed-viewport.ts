import type { CookiePolicy } from '../../src/cookie-policy.js';
import { rendered } from './mount.js';

/** A same-origin frame whose document has the element defined (its own copy of the module graph). */
export interface FramedViewport {
  readonly frame: HTMLIFrameElement;
  readonly document: Document;
  /** Mounts a `<cookie-policy>` with `registry` inline and the given attributes, once rendered. */
  mount(registry: unknown, attributes?: Readonly<Record<string, string>>): Promise<CookiePolicy>;
}

/**
 * A viewport of exactly `width` × `height` CSS pixels: a frame of that size is a real viewport for
 * its document (media queries, `vw`, fixed positioning, the page's own scroll width), whatever
 * the size of the browser window. The small-screen tests use it because WebKitGTK's MiniBrowser
 * cannot make its window narrower than 334 px (the GTK window's minimum width).
 */
export async function framedViewport(width: number, height: number): Promise<FramedViewport> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.style.border = '0';
  frame.style.display = 'block';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = '<!DOCTYPE html><html lang="en"><body><script type="module" src="/src/index.ts"></script></body></html>';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('cookie-policy');
  const doc = win.document;
  return {
    frame,
    document: doc,
    async mount(registry, attributes = {}) {
      const element = doc.createElement('cookie-policy') as CookiePolicy;
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      const script = doc.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(registry);
      element.append(script);
      doc.body.append(element);
      await rendered(element);
      return element;
    },
  };
}

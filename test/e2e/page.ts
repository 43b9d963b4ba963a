/** A page loaded in an iframe of the test page: a real document with its own scripts. */
export interface LoadedPage {
  readonly frame: HTMLIFrameElement;
  readonly window: Window & typeof globalThis;
  readonly document: Document;
  /** Console warnings and errors the page logged (recorded by pages/capture.js). */
  readonly logs: readonly string[];
  /** Errors thrown uncaught in the page (recorded by pages/capture.js). */
  readonly errors: readonly string[];
}

interface CapturingWindow {
  __logs?: string[];
  __errors?: string[];
}

/** Loads `url` in a fresh iframe and resolves once its `load` event fired. */
export async function openPage(url: string): Promise<LoadedPage> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '700';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & CapturingWindow;
  return {
    frame,
    window: win,
    document: win.document,
    get logs() {
      return win.__logs ?? [];
    },
    get errors() {
      return win.__errors ?? [];
    },
  };
}

/** Reloads the page in its iframe and resolves with the new document once it has loaded. */
export async function reloadPage(page: LoadedPage): Promise<LoadedPage> {
  const loaded = new Promise<void>((resolve) => page.frame.addEventListener('load', () => resolve(), { once: true }));
  page.window.location.reload();
  await loaded;
  const win = page.frame.contentWindow as Window & typeof globalThis & CapturingWindow;
  return { ...page, window: win, document: win.document, logs: win.__logs ?? [], errors: win.__errors ?? [] };
}

/** Resolves with `check()`'s value once it is truthy, checking after every animation frame; fails after `ms`. */
export async function until<T>(check: () => T | null | undefined | false, ms = 5000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`condition not met within ${ms} ms: ${check}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * Registers hooks so that each test of the calling suite starts with no framed page and no
 * decision cookie: framed pages share the test page's origin, so its cookies too.
 */
export function useCleanFrames(cookieName = 'cookies_preferences'): void {
  const forget = () => {
    document.cookie = `${cookieName}=; Path=/; Max-Age=0`;
  };
  beforeEach(forget);
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    forget();
  });
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element as docking sees it. */
export type DockingHost = ReactiveControllerHost & HTMLElement & { readonly view: string };

/**
 * Whether nothing visible follows the element in `<body>`: then the banner can be sticky in the
 * flow (the page scrolls clear of it) instead of fixed over the page's last lines.
 */
function isAtEndOfBody(element: Element): boolean {
  if (element.parentElement !== document.body) return false;
  for (let next = element.nextElementSibling; next; next = next.nextElementSibling) {
    if (!/^(SCRIPT|TEMPLATE|STYLE|LINK|NOSCRIPT)$/.test(next.tagName)) return false;
  }
  return true;
}

/**
 * Docking: sets `data-docked` on the element in the `banner` view when it is the last visible
 * thing in `<body>`. Checked on connection and when the view changes, not on every update. The
 * policy view never docks: it is page content, never a sticky overlay.
 */
export class DockingController implements ReactiveController {
  readonly #host: DockingHost;
  #view?: string;

  constructor(host: DockingHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#dock();
  }

  hostUpdate(): void {
    if (this.#host.view !== this.#view) this.#dock();
  }

  #dock(): void {
    const host = this.#host;
    this.#view = host.view;
    host.toggleAttribute('data-docked', host.view !== 'policy' && isAtEndOfBody(host));
  }
}

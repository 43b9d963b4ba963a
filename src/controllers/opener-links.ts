import type { ReactiveController } from 'lit';

/** The page's own "Cookie settings" controls (spec 6). */
export const OPENER = '[data-cookie-policy-open]';

/** The element as opener links see it. */
export type OpenerHost = HTMLElement & { readonly view: string };

/**
 * Opener links: a click on any `[data-cookie-policy-open]` of the page opens the preferences
 * dialog of one element (the first one in a banner view, else the first one), whichever views the
 * page holds. When that element cannot open its dialog (its registry failed), the click is left
 * alone: a link follows its `href`, as it would without the widget.
 */
export class OpenerLinksController implements ReactiveController {
  readonly #host: OpenerHost;
  readonly #canOpen: () => boolean;
  readonly #open: () => void;

  constructor(host: OpenerHost & { addController(controller: ReactiveController): void }, canOpen: () => boolean, open: () => void) {
    this.#host = host;
    this.#canOpen = canOpen;
    this.#open = open;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('click', this.#handleClick);
  }

  hostDisconnected(): void {
    document.removeEventListener('click', this.#handleClick);
  }

  #handleClick = (event: MouseEvent): void => {
    if (event.defaultPrevented) return;
    if (!event.composedPath().some((node) => node instanceof Element && node.matches(OPENER))) return;
    const elements = [...document.querySelectorAll<OpenerHost>('cookie-policy')];
    const target = elements.find((element) => element.view !== 'policy') ?? elements[0] ?? this.#host;
    if (target !== this.#host || !this.#canOpen()) return;
    event.preventDefault();
    this.#open();
  };
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element as the dialog controller sees it. */
export type DialogHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What a Tab may move to inside the dialog. */
const FOCUSABLE =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The preferences dialog's open, close and focus: a native `<dialog>` opened with `showModal()`,
 * Tab and Shift+Tab cycling among its controls, Escape closing it without saving, and focus
 * returned to the control that opened it (or to `fallbackFocus`). Asked to open before it can
 * (`canOpen` false: the registry is still loading), it opens as soon as it can.
 */
export class DialogController implements ReactiveController {
  /** Whether the dialog is (to be) shown. */
  open = false;
  /** Counts the openings: each one starts its views afresh (their progressive rows included). */
  openings = 0;

  readonly #host: DialogHost;
  readonly #canOpen: () => boolean;
  readonly #fallbackFocus: () => HTMLElement | null;
  #wanted = false;
  #opener: HTMLElement | null = null;

  constructor(host: DialogHost, canOpen: () => boolean, fallbackFocus: () => HTMLElement | null) {
    this.#host = host;
    this.#canOpen = canOpen;
    this.#fallbackFocus = fallbackFocus;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#wanted && this.#canOpen()) void this.show();
  }

  /** Opens the dialog, moving focus into it; resolves once it is shown. */
  async show(): Promise<void> {
    if (!this.#canOpen()) {
      this.#wanted = true;
      return;
    }
    this.#wanted = false;
    if (this.open) return;
    this.#opener = deepActiveElement();
    this.open = true;
    this.openings++;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Closes the dialog (saving nothing) and returns focus to its opener. */
  close = (event?: Event): void => {
    const dialog = this.#dialog();
    // A `close` event arrives a task after close(): by then the dialog may have been reopened
    // (the same element, shown again) or replaced. Neither must be closed by the stale event.
    if (!this.open || (event?.type === 'close' && (event.target !== dialog || dialog?.open))) return;
    if (dialog?.open) dialog.close();
    this.open = false;
    const opener = this.#opener;
    this.#opener = null;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => (opener?.isConnected ? opener : this.#fallbackFocus())?.focus());
  };

  /**
   * Keeps Tab inside the dialog, as a modal promises (WAI-ARIA dialog pattern), by moving focus
   * itself among the controls it finds: Chromium lets Tab leave a modal for the browser UI, and
   * Safari's default Tab skips buttons and links. WebKitGTK reports the key as "Unidentified"
   * with the code "Tab", hence both. Escape closes without saving in every engine.
   */
  handleKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
      return;
    }
    if (event.key !== 'Tab' && event.code !== 'Tab') return;
    const dialog = event.currentTarget as HTMLDialogElement;
    const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((control) => control.getClientRects().length);
    if (!controls.length) return;
    event.preventDefault();
    const index = controls.indexOf((dialog.getRootNode() as ShadowRoot).activeElement as HTMLElement);
    const step = event.shiftKey ? -1 : 1;
    const next = index < 0 ? (event.shiftKey ? controls.length - 1 : 0) : (index + step + controls.length) % controls.length;
    controls[next].focus();
  };

  /** The native `cancel` (Escape, or the browser's close request): closes without saving. */
  handleCancel = (event: Event): void => {
    event.preventDefault();
    this.close();
  };

  #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }
}

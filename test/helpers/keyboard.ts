import { sendKeys } from '@web/test-runner-commands';

/** The focused element, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Tabs forward until `target` has focus (or fails after `limit` presses): keyboard only. */
export async function tabTo(target: Element, limit = 40): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    if (deepActive() === target) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not reach ${target.outerHTML.slice(0, 80)} with Tab`);
}

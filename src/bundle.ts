// Entry of dist/cookie-policy.js, the one script a portal adds with a <script> tag.
import { CookiePolicy } from './index.js';

const script = document.currentScript as HTMLScriptElement | null;

function mount() {
  if (document.querySelector('cookie-policy')) return;
  const src = script?.getAttribute('data-registry');
  if (!src) {
    console.warn(
      '<cookie-policy>: nothing mounted: add data-registry="…" to the script tag or a <cookie-policy> element to the page',
    );
    return;
  }
  const element = document.createElement('cookie-policy');
  element.setAttribute('src', src);
  // Every other attribute of the element, given on the script tag as `data-` plus its name
  // (`data-lang`, `data-consent-mode`…), goes to the mounted element as written.
  for (const name of CookiePolicy.observedAttributes) {
    const value = name === 'src' ? null : script!.getAttribute(`data-${name}`);
    if (value !== null) element.setAttribute(name, value);
  }
  document.body.append(element);
}

/** Set on the class by every copy of this element (src/index.ts), whichever build it came from. */
const COPY_OF_THIS_ELEMENT = Symbol.for('cookie-policy.element');
const defined = customElements.get('cookie-policy') as
  | (CustomElementConstructor & { [COPY_OF_THIS_ELEMENT]?: true })
  | undefined;

// Only the copy that defined the element mounts: a second load of the script is a no-op.
if (defined === CookiePolicy) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true });
  else mount();
} else if (!defined?.[COPY_OF_THIS_ELEMENT]) {
  // Another script owns the tag: its elements are not ours, and nothing here gates or mounts.
  console.error(
    '<cookie-policy>: the tag is already defined by another script; this one does nothing',
  );
}

// Entry of dist/cookie-policy.js, the one script a portal adds with a <script> tag.
import { CookiePolicy } from './index.js';

const script = document.currentScript as HTMLScriptElement | null;

function mount() {
  if (document.querySelector('cookie-policy')) return;
  const src = script?.dataset.registry;
  if (!src) {
    console.warn(
      '<cookie-policy>: nothing mounted: add data-registry="…" to the script tag or a <cookie-policy> element to the page',
    );
    return;
  }
  const element = document.createElement('cookie-policy');
  element.setAttribute('src', src);
  document.body.append(element);
}

// Only the copy that defined the element mounts: a second load of the script is a no-op.
if (customElements.get('cookie-policy') === CookiePolicy) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mount, { once: true });
  else mount();
}

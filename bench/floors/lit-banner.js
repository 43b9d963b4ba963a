// The least a Lit banner costs: the inline baseline's banner as a LitElement (shadow root, adopted
// styles, one template, three handlers), bundled and minified like dist/cookie-policy.js
// (bench/lib/floors.mjs). No registry, no consent store, no gating: Lit's share of our load cost.
import { LitElement, css, html } from 'lit';

class LitBanner extends LitElement {
  static styles = css`
    :host { position: fixed; inset: auto 0 0 0; padding: 1rem 2rem; background: #fff; border-top: 1px solid #6b6b73; }
    button { margin-right: 0.5rem; }
  `;

  #choose(value) {
    document.cookie = `cookies_preferences=${value}; Path=/; Max-Age=15552000; SameSite=Lax`;
    this.remove();
  }

  render() {
    return html`<div class="banner" role="region" aria-label="Cookies">
      <p>We use necessary cookies to run this site. With your consent we would also like to measure its use.
        <a href="/pages/cookies/">Read the cookie policy</a></p>
      <button @click=${() => this.#choose('all')}>Accept all</button><button @click=${() => this.#choose('none')}>Reject all</button><a href="/pages/cookies/">Customise</a>
    </div>`;
  }
}

if (!document.cookie.includes('cookies_preferences=')) {
  customElements.define('lit-banner', LitBanner);
  document.body.append(document.createElement('lit-banner'));
}

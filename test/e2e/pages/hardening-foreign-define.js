// Another script on the page already owns the tag name, with an element of its own.
customElements.define(
  'cookie-policy',
  class ForeignCookiePolicy extends HTMLElement {
    connectedCallback() {
      this.dataset.foreign = '';
    }
  },
);

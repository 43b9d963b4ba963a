import { expect } from '@open-wc/testing';
import { html, render } from 'lit-html';

describe('the browser test setup', () => {
  it("runs Lit's production build, the one dist/cookie-policy.js bundles (no dev-mode notice per file)", () => {
    render(html`<p>rendered</p>`, document.createElement('div'));
    // Lit's development build keeps its issued warnings, the dev-mode notice first, on this global.
    expect('litIssuedWarnings' in globalThis).to.equal(false);
  });
});

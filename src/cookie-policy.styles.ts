import { css } from 'lit';

/**
 * The element's one stylesheet, adopted by its shadow root (never a `<style>` element: strict CSP).
 * Public tokens are `--cookie-policy-*`; `--_*` are private. The policy view inherits the page's
 * colours and font; the banner, dialog and reopen button draw their own surface.
 */
export const styles = css`
  :host {
    --_fg: var(--cookie-policy-color, #1b1b1f);
    --_bg: var(--cookie-policy-background, #fff);
    --_accent: var(--cookie-policy-accent, #0b57d0);
    --_on-accent: var(--cookie-policy-accent-text, #fff);
    --_border: var(--cookie-policy-border, #6b6b73);
    --_focus: var(--cookie-policy-focus, #0b57d0);
    --_radius: var(--cookie-policy-radius, 6px);
    --_gap: var(--cookie-policy-spacing, 1rem);
    display: block;
    font: var(--cookie-policy-font, inherit);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--cookie-policy-color, #e8e8ec);
      --_bg: var(--cookie-policy-background, #1f2023);
      --_accent: var(--cookie-policy-accent, #a8c7fa);
      --_on-accent: var(--cookie-policy-accent-text, #05285e);
      --_border: var(--cookie-policy-border, #9a9aa3);
      --_focus: var(--cookie-policy-focus, #a8c7fa);
    }
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  p {
    margin: 0 0 calc(var(--_gap) / 2);
  }
  .banner,
  .dialog,
  [part='reopen'] {
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
  }
  /* At most half the viewport's height: the text gives way (and scrolls) before the buttons do. */
  .banner {
    position: fixed;
    z-index: var(--cookie-policy-z-index, 2147483000);
    inset: auto var(--_gap) var(--_gap);
    display: flex;
    flex-direction: column;
    max-width: 44rem;
    max-height: 50dvh;
    overflow: auto;
    margin: 0 auto;
    padding: var(--_gap);
    box-shadow: 0 4px 24px #0004;
  }
  .banner > * {
    flex-shrink: 0;
  }
  .banner > p {
    flex-shrink: 1;
    min-height: 2lh;
    overflow: auto;
  }
  .banner.top {
    inset: var(--_gap) var(--_gap) auto;
  }
  .banner.box {
    inset: auto var(--_gap) var(--_gap) auto;
    width: min(24rem, calc(100vw - 2 * var(--_gap)));
  }
  /* Last in <body>: the bottom bar sits sticky in the flow, so scrolling to the end uncovers the page's last lines. */
  :host([data-docked]) {
    position: sticky;
    bottom: 0;
    z-index: var(--cookie-policy-z-index, 2147483000);
  }
  :host([data-docked]) .bar {
    position: static;
    margin: var(--_gap) auto;
  }
  /* A phone: the banner spans the width, in a smaller type, two buttons a row. */
  @media (max-width: 30rem) {
    .banner {
      padding: 0.625rem 0.75rem;
      font-size: 0.875rem;
      line-height: 1.35;
    }
    .banner > * {
      margin-bottom: 0.25rem;
    }
    /* The corner box too: a phone has no corner to spare. */
    .banner {
      inset-inline: 0;
    }
    /* Outranks the corner's own insets (.banner.box), which left a gap on the right. */
    .banner.box {
      inset-inline: 0;
      width: auto;
    }
    :host([data-docked]) .bar {
      margin: 0;
    }
    .banner h2 {
      font-size: 0.9375rem;
      line-height: 1.25;
    }
    .banner .actions {
      gap: 0.375rem;
      margin: 0.25rem 0 0;
    }
    .banner .actions button {
      flex-basis: 8rem;
      min-height: 2.25rem;
      padding-block: 0.25rem;
    }
  }
  .banner h2,
  .dialog h2 {
    font-size: 1.15rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gap) / 2);
    margin-top: var(--_gap);
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .actions button {
    flex: 1 1 10rem;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: inherit;
  }
  [part='reopen'] {
    position: fixed;
    z-index: var(--cookie-policy-z-index, 2147483000);
    left: var(--_gap);
    bottom: var(--_gap);
    min-height: 2.75rem;
    font-size: 0.875rem;
    color: var(--_fg);
    background: var(--_bg);
    border-color: var(--_border);
  }
  /* The head and the three buttons stay in view; only the body between them scrolls. */
  .dialog {
    width: min(40rem, calc(100vw - 2 * var(--_gap)));
    max-height: calc(100dvh - 2 * var(--_gap));
    padding: var(--_gap);
  }
  @media screen {
    .dialog[open] {
      display: flex;
      flex-direction: column;
    }
  }
  .dialog .body {
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
  }
  .dialog .actions {
    flex-shrink: 0;
    margin-top: calc(var(--_gap) / 2);
  }
  @media (max-width: 30rem) {
    .dialog {
      padding: 0.75rem;
    }
    .dialog .actions button {
      min-height: 2.75rem;
      padding-block: 0.25rem;
    }
  }
  .dialog::backdrop {
    background: #000a;
  }
  .head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_gap);
  }
  .close {
    min-width: 2.75rem;
    padding: 0;
    font-size: 1.5rem;
    line-height: 1;
    color: var(--_fg);
    background: transparent;
    border-color: var(--_border);
  }
  .category {
    margin: var(--_gap) 0;
  }
  .services {
    list-style: none;
    margin: 0 0 0 1rem;
    padding: 0;
  }
  .services li {
    margin-top: calc(var(--_gap) / 2);
  }
  .switch {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    gap: 0 0.5rem;
    font-weight: 600;
  }
  .switch input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  /* A long one-word title wraps rather than pushing the view sideways (320 px, 200 % text). */
  .label,
  .service {
    overflow-wrap: anywhere;
  }
  .note {
    grid-column: 2;
    font-weight: 400;
    font-size: 0.875em;
  }
  .note::before {
    content: '(';
  }
  .note::after {
    content: ')';
  }
  .scroll {
    overflow-x: auto;
  }
  /* The policy's width, not the viewport's, decides between tables and cards. */
  .policy {
    container: policy / inline-size;
  }
  .category-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0 var(--_gap);
  }
  .category-head h4 {
    margin: 0;
  }
  /* Each category's state prints as text; on screen its switch says it. */
  .decision {
    display: none;
  }
  .policy-switch {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  .policy-switch input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.5rem 0;
    accent-color: var(--_accent);
  }
  .policy-switch .note::before,
  .policy-switch .note::after {
    content: none;
  }
  /* Long policies: sections off screen skip layout and paint until scrolled to. */
  .policy > section {
    content-visibility: auto;
    contain-intrinsic-size: auto 30rem;
  }
  /* Separate borders without spacing draw the grid that collapsed ones would, and paint faster. */
  table {
    width: 100%;
    border-spacing: 0;
    border: solid var(--cookie-policy-table-border, currentColor);
    border-width: 1px 0 0 1px;
    margin-bottom: var(--_gap);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4rem 0.5rem;
    border: solid var(--cookie-policy-table-border, currentColor);
    border-width: 0 1px 1px 0;
  }
  /* Cookie names wrap only at the <wbr> after their own separators: never inside a word, whatever
     the page's inherited wrapping. */
  code {
    font-family: var(--cookie-policy-code-font, ui-monospace, monospace);
    white-space: normal;
    overflow-wrap: normal;
    word-break: keep-all;
    hyphens: manual;
  }
  /* A wide policy has room for every name on one line (50rem: a 1280-px page's content column). */
  @container policy (min-width: 50rem) {
    td code {
      white-space: nowrap;
    }
    /* Chromium breaks at a <wbr> even under nowrap. */
    td code wbr {
      display: none;
    }
  }
  /* A narrow policy: one card per cookie, each field under its label; nothing scrolls sideways. */
  @container policy (max-width: 40rem) {
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    table {
      border: 0;
    }
    thead {
      display: none;
    }
    tr {
      border: 1px solid var(--cookie-policy-table-border, currentColor);
      border-radius: var(--_radius);
      padding: 0.25rem 0;
      margin-bottom: calc(var(--_gap) / 2);
    }
    td {
      border: 0;
      padding: 0.25rem 0.75rem;
    }
    td::before {
      content: attr(data-label);
      display: block;
      font-weight: 600;
      font-size: 0.875em;
    }
  }
  .reload-offer {
    flex-shrink: 0;
    margin-top: calc(var(--_gap) / 2);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .reload-offer p {
    margin-bottom: 0.5rem;
  }
  /* A notice for visitors, not an alarm: the problem itself is in small print, for the site's team. */
  .error {
    max-width: 44rem;
    margin: var(--_gap) auto;
    padding: 0.5rem var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .error.surface {
    color: var(--_fg);
    background: var(--_bg);
  }
  .error p:last-child {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /*
   * Printed (SPEC §7): the whole policy on paper, within the page's width, and nothing that only
   * works on a screen. Off-screen sections are laid out (content-visibility would print them
   * empty), the table's scroll box no longer clips (Firefox cut the columns past the page's edge),
   * and fixed-layout tables share the page's width among their columns, breaking long words.
   * The decision prints as its text; switches, buttons, the banner, dialog and reopen button do not.
   */
  @media print {
    .banner,
    .dialog,
    .dialog[open],
    [part='reopen'],
    button,
    input,
    .controls .category {
      display: none;
    }
    .decision {
      display: block;
    }
    .policy > section {
      content-visibility: visible;
    }
    .scroll {
      overflow: visible;
    }
    table {
      table-layout: fixed;
    }
    th,
    td {
      overflow-wrap: break-word;
    }
  }
`;

import { expect } from '@open-wc/testing';
import { html } from 'lit-html';
import { css, ElementBase, type PropertyValues } from '../src/element-base.js';

// The element base on its own: a small element with one property of each kind, recording its
// updates. Each test defines a fresh tag, so upgrade order is under the test's control.

let count = 0;

/** Defines a new test element class under a fresh tag name and returns both. */
function defineProbe() {
  class Probe extends ElementBase {
    static override styles = css`:host { display: block; color: rgb(1, 2, 3); }`;
    static override properties = {
      label: {},
      size: { type: Number },
      open: { type: Boolean },
      tone: { attribute: 'data-tone', reflect: true },
      secret: { state: true, attribute: false },
    };
    declare label?: string;
    declare size?: number;
    declare open: boolean;
    declare tone?: string;
    declare secret: string;
    updates: Map<PropertyKey, unknown>[] = [];
    renders = 0;

    constructor() {
      super();
      this.open = false;
      this.secret = 'hidden';
    }

    protected override willUpdate(changed: PropertyValues) {
      this.updates.push(new Map(changed));
    }

    override render() {
      this.renders++;
      return html`<p>${this.label ?? ''}|${String(this.size)}|${String(this.open)}|${this.secret}</p>`;
    }
  }
  const tag = `element-base-probe-${++count}`;
  return { tag, Probe };
}

const text = (element: Element) => element.shadowRoot!.querySelector('p')!.textContent;

describe('ElementBase', () => {
  it('renders into an open shadow root that adopts the stylesheet', async () => {
    const { tag, Probe } = defineProbe();
    customElements.define(tag, Probe);
    const element = document.body.appendChild(new Probe());
    await element.updateComplete;
    expect(text(element)).to.equal('|undefined|false|hidden');
    expect(getComputedStyle(element).color).to.equal('rgb(1, 2, 3)');
    expect(element.shadowRoot!.querySelector('style')).to.equal(null);
    element.remove();
  });

  it('turns attributes into typed properties', async () => {
    const { tag, Probe } = defineProbe();
    customElements.define(tag, Probe);
    const element = document.createElement(tag) as InstanceType<typeof Probe>;
    element.setAttribute('label', 'hi');
    element.setAttribute('size', '42');
    element.setAttribute('open', '');
    document.body.append(element);
    await element.updateComplete;
    expect(element.label).to.equal('hi');
    expect(element.size).to.equal(42);
    expect(element.open).to.equal(true);
    expect(text(element)).to.equal('hi|42|true|hidden');
    element.removeAttribute('open');
    element.removeAttribute('size');
    await element.updateComplete;
    expect(element.open).to.equal(false);
    expect(element.size).to.equal(null);
    element.remove();
  });

  it('observes only public attributes, under their declared names', () => {
    const { Probe } = defineProbe();
    expect(Probe.observedAttributes).to.deep.equal(['label', 'size', 'open', 'data-tone']);
  });

  it('reflects a property set by script to its attribute, and removes it when unset', async () => {
    const { tag, Probe } = defineProbe();
    customElements.define(tag, Probe);
    const element = document.body.appendChild(new Probe());
    element.tone = 'dark';
    await element.updateComplete;
    expect(element.getAttribute('data-tone')).to.equal('dark');
    element.setAttribute('data-tone', 'light');
    expect(element.tone).to.equal('light');
    element.tone = undefined;
    await element.updateComplete;
    expect(element.hasAttribute('data-tone')).to.equal(false);
    element.remove();
  });

  it('batches changes made in one task into one update, with their previous values', async () => {
    const { tag, Probe } = defineProbe();
    customElements.define(tag, Probe);
    const element = document.body.appendChild(new Probe());
    await element.updateComplete;
    const renders = element.renders;
    element.label = 'a';
    element.label = 'b';
    element.secret = 'shown';
    element.size = NaN;
    expect(await element.updateComplete).to.equal(true);
    expect(element.renders).to.equal(renders + 1);
    expect(text(element)).to.equal('b|NaN|false|shown');
    const last = element.updates.at(-1)!;
    expect([...last.keys()]).to.deep.equal(['label', 'secret', 'size']);
    expect(last.get('label')).to.equal(undefined);
    expect(last.get('secret')).to.equal('hidden');
    // The same value again (NaN included) is no change: nothing renders.
    element.size = NaN;
    element.label = 'b';
    await element.updateComplete;
    expect(element.renders).to.equal(renders + 1);
    element.remove();
  });

  it('waits for the first connection before the first update', async () => {
    const { tag, Probe } = defineProbe();
    customElements.define(tag, Probe);
    const element = new Probe();
    element.label = 'x';
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.renders).to.equal(0);
    expect(element.hasUpdated).to.equal(false);
    document.body.append(element);
    await element.updateComplete;
    expect(element.renders).to.equal(1);
    expect(element.hasUpdated).to.equal(true);
    expect(text(element)).to.equal('x|undefined|false|hidden');
    element.remove();
  });

  it('keeps properties set on the element before its definition', async () => {
    const { tag, Probe } = defineProbe();
    const element = document.createElement(tag) as InstanceType<typeof Probe>;
    element.label = 'early';
    element.open = true;
    document.body.append(element);
    customElements.define(tag, Probe);
    await element.updateComplete;
    expect(element.label).to.equal('early');
    expect(element.open).to.equal(true);
    expect(text(element)).to.equal('early|undefined|true|hidden');
    element.remove();
  });

  it('applies properties set before its definition once, even when the first render throws', async () => {
    const { tag } = defineProbe();
    class Fragile extends ElementBase {
      static override properties = { label: {}, fail: { type: Boolean } };
      declare label: string;
      declare fail: boolean;
      override render() {
        if (this.fail) throw new Error('first render failed');
        return html`<p>${this.label}</p>`;
      }
    }
    const name = `${tag}-early-fragile`;
    const element = document.createElement(name) as Fragile;
    element.label = 'early';
    element.fail = true;
    document.body.append(element);
    customElements.define(name, Fragile);
    await element.updateComplete.catch(() => {});
    element.label = 'later';
    element.fail = false;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('p')!.textContent).to.equal('later');
    element.remove();
  });

  it('calls event listeners in templates with the element as `this`', async () => {
    const { tag } = defineProbe();
    const seen: unknown[] = [];
    class Clicker extends ElementBase {
      override render() {
        return html`<button @click=${function (this: unknown) {
          seen.push(this);
        }}></button>`;
      }
    }
    customElements.define(`${tag}-clicker`, Clicker);
    const element = document.body.appendChild(new Clicker());
    await element.updateComplete;
    element.shadowRoot!.querySelector('button')!.click();
    expect(seen.length === 1 && seen[0] === element).to.equal(true);
    element.remove();
  });

  it('keeps updating after a render throws', async () => {
    const { tag } = defineProbe();
    class Fragile extends ElementBase {
      static override properties = { fail: { type: Boolean } };
      declare fail: boolean;
      override render() {
        if (this.fail) throw new Error('render failed');
        return html`<p>ok</p>`;
      }
    }
    customElements.define(`${tag}-fragile`, Fragile);
    const element = document.body.appendChild(new Fragile());
    await element.updateComplete;
    element.fail = true;
    let error: unknown;
    await element.updateComplete.catch((caught: unknown) => (error = caught));
    expect((error as Error).message).to.equal('render failed');
    element.fail = false;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('p')!.textContent).to.equal('ok');
    element.remove();
  });
});

import { render } from 'lit-html';

/** How one reactive property is declared in `static properties`. */
export interface PropertyDeclaration {
  /** The observed attribute's name (`true` or default: the property name in lower case), or `false` for none. */
  readonly attribute?: string | boolean;
  /** Write the property back to its attribute (as text; removed when `null` or `undefined`) after each change made through the property. */
  readonly reflect?: boolean;
  /** How the attribute's text becomes the value: a number, presence as a boolean, or (default) the text. */
  readonly type?: NumberConstructor | BooleanConstructor;
  /** Internal state: renders on change, has no attribute. */
  readonly state?: boolean;
}

/** The properties changed since the last update, each with its previous value. */
export type PropertyValues = Map<PropertyKey, unknown>;

/** The stylesheet text of an element, written as a tagged template so that editors and the build recognise it. */
export const css = (strings: TemplateStringsArray): string => strings[0];

type Declarations = Readonly<Record<string, PropertyDeclaration>>;

/** Per element class: attribute → property, and the adopted stylesheet, built once at definition. */
interface ClassInfo {
  /** Observed attribute → property. */
  readonly attributes: Map<string, string>;
  /** Reflected property → attribute. */
  readonly reflected: Map<string, string>;
  sheet?: CSSStyleSheet;
}
const classInfo = new WeakMap<typeof ElementBase, ClassInfo>();

/** Gives a shadow root its stylesheet (outside the class, where the manifest analyzer would list it as a field). */
function adopt(root: ShadowRoot, sheet: CSSStyleSheet) {
  root.adoptedStyleSheets = [sheet];
}

/**
 * The reactive element base of `<cookie-policy>`: Lit's reactive update cycle (declared
 * properties and attributes, batched asynchronous updates, `willUpdate`, `updateComplete`) with
 * lit-html rendering into an open shadow root that adopts one constructed stylesheet.
 *
 * It keeps the part of LitElement that one element uses, at about a sixth of its bytes: no
 * controllers, no `<style>` fallback (constructed stylesheets are in every supported browser and
 * are what a strict CSP allows), no custom converters. See docs/decisions/0005-element-base.md.
 */
export abstract class ElementBase extends HTMLElement {
  /** The element's reactive properties. */
  static properties: Declarations = {};
  /** The element's stylesheet text. */
  static styles = '';

  /** Called by the browser at `customElements.define()`: the accessors are installed then. */
  static get observedAttributes(): string[] {
    return [...ElementBase.#info(this).attributes.keys()];
  }

  static #info(ctor: typeof ElementBase): ClassInfo {
    let info = classInfo.get(ctor);
    if (info) return info;
    info = { attributes: new Map(), reflected: new Map() };
    classInfo.set(ctor, info);
    for (const [name, declaration] of Object.entries(ctor.properties)) {
      const { attribute = true, state } = declaration;
      const attributeName = state || !attribute ? null : attribute === true ? name.toLowerCase() : attribute;
      if (attributeName) info.attributes.set(attributeName, name);
      if (attributeName && declaration.reflect) info.reflected.set(name, attributeName);
      Object.defineProperty(ctor.prototype, name, {
        get(this: ElementBase) {
          return this.#values.get(name);
        },
        set(this: ElementBase, value: unknown) {
          const old = this.#values.get(name);
          this.#values.set(name, value);
          // NaN never equals itself, and must not count as a change every time.
          if (old !== value && (old === old || value === value)) {
            if (declaration.reflect && this.#fromAttribute !== name) this.#reflect.add(name);
            this.requestUpdate(name, old);
          }
        },
        configurable: true,
        enumerable: true,
      });
    }
    return info;
  }

  /**
   * Whether the element has completed its first update.
   * @internal
   */
  hasUpdated = false;

  #values = new Map<string, unknown>();
  /** Values set on the element before it was upgraded: applied at the first update. */
  #early = new Map<string, unknown>();
  #changed: PropertyValues = new Map();
  #reflect = new Set<string>();
  #fromAttribute: string | null = null;
  #pending = false;
  #enable!: () => void;
  #done: Promise<boolean> = new Promise<void>((resolve) => (this.#enable = resolve)).then(() => this.#update());

  constructor() {
    super();
    const ctor = this.constructor as typeof ElementBase;
    const info = ElementBase.#info(ctor);
    for (const name of Object.keys(ctor.properties)) {
      if ({}.hasOwnProperty.call(this, name)) {
        this.#early.set(name, this[name as keyof this]);
        delete this[name as keyof this];
      }
    }
    if (!info.sheet) {
      info.sheet = new CSSStyleSheet();
      info.sheet.replaceSync(ctor.styles);
    }
    adopt(this.attachShadow({ mode: 'open' }), info.sheet);
    this.#pending = true;
  }

  /**
   * The shadow root the element renders into.
   * @internal
   */
  get renderRoot(): ShadowRoot {
    return this.shadowRoot!;
  }

  /** A promise that settles once the element has rendered its latest change (`true` when no other change is pending). */
  get updateComplete(): Promise<boolean> {
    return this.#done;
  }

  connectedCallback() {
    // The first update waits for the first connection, as a LitElement's does.
    this.#enable();
  }

  disconnectedCallback() {}

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null) {
    const ctor = this.constructor as typeof ElementBase;
    const name = ElementBase.#info(ctor).attributes.get(attribute);
    if (!name) return;
    const { type } = ctor.properties[name];
    this.#fromAttribute = name;
    (this as Record<string, unknown>)[name] =
      type === Boolean ? value !== null : type === Number && value !== null ? Number(value) : value;
    this.#fromAttribute = null;
  }

  /** Schedules an update; with a property name, records its previous value as changed. */
  requestUpdate(name?: string, old?: unknown) {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, old);
    if (this.#pending) return;
    this.#pending = true;
    this.#done = this.#done.then(
      () => this.#update(),
      () => this.#update(),
    );
  }

  #update(): boolean {
    for (const [name, value] of this.#early) (this as Record<string, unknown>)[name] = value;
    this.#early.clear();
    const changed = this.#changed;
    try {
      this.willUpdate(changed);
      const { reflected } = ElementBase.#info(this.constructor as typeof ElementBase);
      for (const name of this.#reflect) {
        const value = (this as Record<string, unknown>)[name];
        const attribute = reflected.get(name)!;
        if (value == null) this.removeAttribute(attribute);
        else this.setAttribute(attribute, String(value));
      }
    } finally {
      this.#changed = new Map();
      this.#reflect.clear();
      this.#pending = false;
    }
    render(this.render(), this.renderRoot, { host: this });
    this.hasUpdated = true;
    return !this.#pending;
  }

  /** Runs before each render, with the properties changed since the last one. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** The element's template. */
  protected abstract render(): unknown;
}

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { type PageConsent, setupConsent } from '../../src/consent/setup-consent.js';
import type { Registry } from '../../src/registry/types.js';
import { NOW, cookieJar, makeRegistry, makeServiceRegistry } from '../consent/fakes.js';

// Random sequences of what a visitor and a page do, checked against a small model: a gated
// script runs iff its category is granted at some check while it is on the page, and at most
// once per page load. Page loads are simulated: one cookie jar outlives them, each load gets a new
// page consent (decision store, effects, script gate) and a fresh container of gated inline scripts.

declare global {
  interface Window {
    __gateRuns?: string[];
  }
}

const CATEGORIES = ['necessary', 'analytics', 'marketing', 'video', 'unknown'] as const;
const OPTIONAL = ['analytics', 'marketing', 'video'] as const;
type Storage = 'ok' | 'throw' | 'ignore';

type Action =
  | { type: 'decide'; choices: Record<string, boolean> }
  | { type: 'reload'; scripts: string[] }
  | { type: 'revision'; scripts: string[] }
  | { type: 'storage'; mode: Storage }
  | { type: 'insert'; categories: string[] };

/**
 * A page's `document.cookie` over a jar that outlives page loads, failing as `visit.storage` says:
 * `throw` (blocked storage), `ignore` (writes dropped), `ok`.
 */
function pageCookies(visit: { readonly jar: { cookie: string }; storage: Storage }) {
  return {
    get cookie(): string {
      if (visit.storage === 'throw') throw new DOMException('blocked', 'SecurityError');
      return visit.jar.cookie;
    },
    set cookie(value: string) {
      if (visit.storage === 'throw') throw new DOMException('blocked', 'SecurityError');
      if (visit.storage === 'ok') visit.jar.cookie = value;
    },
  };
}

/** One property run: a visit started with `initial`, checked after it starts and after each step. */
async function runVisit<I, S>(visit: { start(initial: I): void; apply(step: S): Promise<void>; check(): Promise<void>; stop(): void }, initial: I, steps: readonly S[]) {
  window.__gateRuns = [];
  try {
    visit.start(initial);
    await visit.check();
    for (const step of steps) await visit.apply(step);
  } finally {
    visit.stop();
  }
}

const category = fc.constantFrom(...CATEGORIES);
const scripts = fc.array(category, { maxLength: 6 });
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({ analytics: fc.boolean(), marketing: fc.boolean(), video: fc.boolean(), necessary: fc.boolean() })
      .map((choices) => ({ type: 'decide' as const, choices })),
  },
  { weight: 2, arbitrary: scripts.map((list) => ({ type: 'reload' as const, scripts: list })) },
  { weight: 1, arbitrary: scripts.map((list) => ({ type: 'revision' as const, scripts: list })) },
  { weight: 2, arbitrary: fc.constantFrom<Storage>('ok', 'throw', 'ignore').map((mode) => ({ type: 'storage' as const, mode })) },
  { weight: 3, arbitrary: fc.array(category, { minLength: 1, maxLength: 3 }).map((list) => ({ type: 'insert' as const, categories: list })) },
);

/** One simulated visit: the cookie jar and storage mode outlive page loads; everything else is per load. */
class Visit {
  readonly jar = cookieJar();
  storage: Storage = 'ok';
  revision = 1;
  /** What the jar holds, in the model: the last decision written while storage worked, and its revision. */
  private stored: { categories: Record<string, boolean>; revision: number } | null = null;
  /** The decision in force on this page load, in the model. */
  private current: Record<string, boolean> | null = null;
  private registry!: Registry;
  private consent!: PageConsent;
  private container!: HTMLDivElement;
  private load = 0;
  private serial = 0;
  /** Per script id of this load: its category and whether the model says it must have run. */
  private expected = new Map<string, { category: string; due: boolean }>();

  /** The page's `document.cookie`, failing as the current storage mode says. */
  private readonly doc = pageCookies(this);

  start(initial: readonly string[]) {
    this.pageLoad(initial);
  }

  async apply(step: Action) {
    switch (step.type) {
      case 'decide':
        this.consent.store.decide(step.choices, 'api');
        this.current = Object.fromEntries(OPTIONAL.map((id) => [id, step.choices[id] === true]));
        if (this.storage === 'ok') this.stored = { categories: this.current, revision: this.revision };
        break;
      case 'revision':
        this.revision += 1;
        this.pageLoad(step.scripts);
        break;
      case 'reload':
        this.pageLoad(step.scripts);
        break;
      case 'storage':
        this.storage = step.mode;
        break;
      case 'insert':
        this.container.append(...step.categories.map((id) => this.script(id)));
        break;
    }
    await this.check();
  }

  /** After the gate settles: every script ran iff the model says so, and none twice. */
  async check() {
    await this.consent.gate.idle();
    for (const entry of this.expected.values()) entry.due ||= this.granted(entry.category);
    const runs = window.__gateRuns!.filter((id) => id.startsWith(`${this.load}:`));
    for (const [id, { category: name, due }] of this.expected) {
      const count = runs.filter((run) => run === id).length;
      expect(count, `${id} (${name}) ran ${count} times`).to.be.at.most(1);
      expect(count === 1, `${id} (${name}) ran: ${count === 1}, granted: ${due}`).to.equal(due);
    }
    for (const id of OPTIONAL) expect(this.consent.store.isGranted(id), `isGranted(${id})`).to.equal(this.granted(id));
  }

  stop() {
    this.consent?.dispose();
    this.container?.remove();
  }

  private granted(id: string): boolean {
    if (id === 'necessary') return true;
    return this.current?.[id] === true;
  }

  private pageLoad(initial: readonly string[]) {
    this.stop();
    this.load += 1;
    this.expected.clear();
    this.registry = makeRegistry({ revision: `r${this.revision}` });
    // What this load reads back: nothing when storage throws, else the jar, valid for its own revision only.
    const readable = this.storage !== 'throw' && this.stored && this.stored.revision === this.revision;
    this.current = readable ? this.stored!.categories : null;
    this.container = document.createElement('div');
    this.container.append(...initial.map((id) => this.script(id)));
    document.body.append(this.container);
    this.consent = setupConsent(
      { cookieName: 'cookies_preferences', maxAgeDays: 180, consentMode: false },
      { doc: this.doc, now: () => NOW, id: () => `d${this.serial++}`, nav: {}, channel: () => null },
    );
    this.consent.start(this.registry);
  }

  private script(id: string): HTMLScriptElement {
    const name = `${this.load}:${this.serial++}`;
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.cookieCategory = id;
    script.text = `window.__gateRuns.push(${JSON.stringify(name)});`;
    this.expected.set(name, { category: id, due: false });
    return script;
  }
}

describe('Script gate and page consent, property-based', () => {
  beforeEach(() => {
    window.__gateRuns = [];
  });
  afterEach(() => {
    delete window.__gateRuns;
  });

  it('a gated script runs iff its category is granted, at most once per page load', async function () {
    this.timeout(30_000);
    await fc.assert(
      fc.asyncProperty(scripts, fc.array(action, { maxLength: 25 }), (initial, steps) => runVisit(new Visit(), initial, steps)),
      { numRuns: 500 },
    );
  });

  it('finds a planted fault (the model is not vacuous)', async () => {
    // A gate that ignores revocation would pass; one that runs everything must not.
    const visit = new Visit();
    visit.start(['analytics']);
    await visit.check();
    const leaked = document.createElement('script');
    leaked.text = `window.__gateRuns.push('1:0');`;
    document.body.append(leaked);
    leaked.remove();
    let failed = false;
    try {
      await visit.check();
    } catch {
      failed = true;
    } finally {
      visit.stop();
    }
    expect(failed).to.equal(true);
  });
});

// The same, with services, templates and refusal gates. Marks are drawn from a list that holds
// valid ones and markup errors (unknown ids, a category that is not the service's own); choices
// name categories and services at random; an old decision without `services` may be stored
// between loads. The model states the spec's rules on its own, without the decision module:
// a service is on when its own choice (else its category's) says so, or its category is
// required; a category with services is on when all of them are; an element runs iff its mark is
// valid and, at some check while it is on the page, its id is granted, or for `!id`, a decision
// refuses it; and at most once.

/** The service registry's shape, as the model knows it. */
const MODEL_SERVICES: Record<string, string> = {
  portal: 'necessary',
  matomo: 'analytics',
  'google-analytics': 'analytics',
  youtube: 'marketing',
  map: 'marketing',
};
const MODEL_CATEGORIES = ['necessary', 'analytics', 'marketing', 'video'];

interface Mark {
  category?: string;
  service?: string;
}

const MARKS: Mark[] = [
  { category: 'necessary' },
  { category: 'analytics' },
  { category: 'marketing' },
  { category: 'video' },
  { category: 'ads' },
  { category: 'matomo' },
  { service: 'portal' },
  { service: 'matomo' },
  { service: 'google-analytics' },
  { service: 'youtube' },
  { service: 'map' },
  { service: 'vimeo' },
  { service: 'analytics' },
  { category: 'marketing', service: 'youtube' },
  { category: 'analytics', service: 'youtube' },
  { category: '!analytics' },
  { category: '!video' },
  { category: '!necessary' },
  { category: '!ads' },
  { service: '!matomo' },
  { service: '!youtube' },
  { service: '!portal' },
  { category: '!marketing', service: '!map' },
  { category: 'marketing', service: '!map' },
];

type ServiceAction =
  | { type: 'decide'; choices: Record<string, boolean> }
  | { type: 'reload'; elements: Element[] }
  | { type: 'legacy'; categories: Record<string, boolean>; elements: Element[] }
  | { type: 'storage'; mode: Storage }
  | { type: 'insert'; elements: Element[] };

interface Element {
  mark: Mark;
  template: boolean;
}

const element: fc.Arbitrary<Element> = fc.record({ mark: fc.constantFrom(...MARKS), template: fc.boolean() });
const elements = fc.array(element, { maxLength: 6 });
const choiceIds = [...MODEL_CATEGORIES, ...Object.keys(MODEL_SERVICES)];
const choices = fc
  .array(fc.option(fc.boolean(), { nil: undefined }), { minLength: choiceIds.length, maxLength: choiceIds.length })
  .map((values) => {
    const result: Record<string, boolean> = {};
    values.forEach((value, index) => {
      if (value !== undefined) result[choiceIds[index]] = value;
    });
    return result;
  });
const serviceAction: fc.Arbitrary<ServiceAction> = fc.oneof(
  { weight: 5, arbitrary: choices.map((picked) => ({ type: 'decide' as const, choices: picked })) },
  { weight: 2, arbitrary: elements.map((list) => ({ type: 'reload' as const, elements: list })) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        categories: fc.record({ necessary: fc.boolean(), analytics: fc.boolean(), marketing: fc.boolean(), video: fc.boolean() }),
        elements,
      })
      .map(({ categories, elements: list }) => ({ type: 'legacy' as const, categories, elements: list })),
  },
  { weight: 1, arbitrary: fc.constantFrom<Storage>('ok', 'throw', 'ignore').map((mode) => ({ type: 'storage' as const, mode })) },
  { weight: 3, arbitrary: fc.array(element, { minLength: 1, maxLength: 3 }).map((list) => ({ type: 'insert' as const, elements: list })) },
);

/** What the model says is granted: every service and category id → on. */
type Grants = Record<string, boolean>;

/**
 * The model's rule for a new decision from `picked`: what is not named keeps its value in
 * `current` (refused without a decision); a named category sets its services, a named service
 * itself.
 */
function modelDecision(picked: Record<string, boolean>, current: Grants | null): Grants {
  const base: Record<string, boolean | undefined> = { ...current };
  for (const category of MODEL_CATEGORIES) {
    if (picked[category] === undefined) continue;
    base[category] = picked[category];
    for (const [service, owner] of Object.entries(MODEL_SERVICES)) if (owner === category) base[service] = picked[category];
  }
  for (const service of Object.keys(MODEL_SERVICES)) if (picked[service] !== undefined) base[service] = picked[service];
  const grants: Grants = {};
  for (const [service, category] of Object.entries(MODEL_SERVICES)) grants[service] = category === 'necessary' || base[service] === true;
  return withCategories(grants, (category) => base[category] === true);
}

/** The model's reading of a stored decision without services: categories with services refused. */
function modelLegacy(categories: Record<string, boolean>): Grants {
  const grants: Grants = {};
  for (const [service, category] of Object.entries(MODEL_SERVICES)) grants[service] = category === 'necessary';
  return withCategories(grants, (category) => categories[category] === true);
}

function withCategories(grants: Grants, chosen: (category: string) => boolean): Grants {
  for (const category of MODEL_CATEGORIES) {
    const own = Object.keys(MODEL_SERVICES).filter((service) => MODEL_SERVICES[service] === category);
    grants[category] = category === 'necessary' || (own.length ? own.every((service) => grants[service]) : chosen(category));
  }
  return grants;
}

/** The model's reading of a mark: the deciding id, `!`, and whether the markup can run at all. */
function modelMark({ category, service }: Mark): { id: string; refusal: boolean; valid: boolean } {
  const written = service ?? category!;
  const refusal = written.startsWith('!');
  const id = refusal ? written.slice(1) : written;
  if (service === undefined) return { id, refusal, valid: MODEL_CATEGORIES.includes(id) };
  const owner = Object.hasOwn(MODEL_SERVICES, id) ? MODEL_SERVICES[id] : undefined;
  const valid = owner !== undefined && (category === undefined || category === (refusal ? '!' : '') + owner);
  return { id, refusal, valid };
}

class ServiceVisit {
  readonly jar = cookieJar();
  storage: Storage = 'ok';
  revision = 1;
  private stored: { grants: Grants; revision: number } | null = null;
  private current: Grants | null = null;
  private consent!: PageConsent;
  private container!: HTMLDivElement;
  private load = 0;
  private serial = 0;
  private expected = new Map<string, { mark: Mark; due: boolean }>();

  private readonly doc = pageCookies(this);

  start(initial: readonly Element[]) {
    this.pageLoad(initial);
  }

  async apply(step: ServiceAction) {
    switch (step.type) {
      case 'decide':
        this.consent.store.decide(step.choices, 'api');
        this.current = modelDecision(step.choices, this.current);
        if (this.storage === 'ok') this.stored = { grants: this.current, revision: this.revision };
        break;
      case 'legacy': {
        // A decision written before the registry had services: no `services` key.
        const old = { id: `old${this.serial++}`, revision: `r${this.revision}`, categories: step.categories, decidedAt: new Date(NOW).toISOString() };
        this.jar.cookie = `cookies_preferences=${encodeURIComponent(JSON.stringify(old))}; Path=/`;
        this.stored = { grants: modelLegacy(step.categories), revision: this.revision };
        this.pageLoad(step.elements);
        break;
      }
      case 'reload':
        this.pageLoad(step.elements);
        break;
      case 'storage':
        this.storage = step.mode;
        break;
      case 'insert':
        this.container.append(...step.elements.map((item) => this.element(item)));
        break;
    }
    await this.check();
  }

  async check() {
    await this.consent.gate.idle();
    for (const entry of this.expected.values()) entry.due ||= this.due(entry.mark);
    const runs = window.__gateRuns!.filter((id) => id.startsWith(`${this.load}:`));
    for (const [id, { mark, due }] of this.expected) {
      const count = runs.filter((run) => run === id).length;
      const label = `${id} ${JSON.stringify(mark)}`;
      expect(count, `${label} ran ${count} times`).to.be.at.most(1);
      expect(count === 1, `${label} ran: ${count === 1}, due: ${due}`).to.equal(due);
    }
    for (const id of choiceIds) {
      expect(this.consent.store.isGranted(id), `isGranted(${id})`).to.equal(this.granted(id));
    }
  }

  stop() {
    this.consent?.dispose();
    this.container?.remove();
  }

  private granted(id: string): boolean {
    if (id === 'necessary' || id === 'portal') return true;
    return this.current?.[id] === true;
  }

  private due(mark: Mark): boolean {
    const { id, refusal, valid } = modelMark(mark);
    if (!valid) return false;
    return refusal ? this.current !== null && !this.granted(id) : this.granted(id);
  }

  private pageLoad(initial: readonly Element[]) {
    this.stop();
    this.load += 1;
    this.expected.clear();
    const registry = makeServiceRegistry({ revision: `r${this.revision}` });
    const readable = this.storage !== 'throw' && this.stored && this.stored.revision === this.revision;
    this.current = readable ? this.stored!.grants : null;
    this.container = document.createElement('div');
    this.container.append(...initial.map((item) => this.element(item)));
    document.body.append(this.container);
    this.consent = setupConsent(
      { cookieName: 'cookies_preferences', maxAgeDays: 180, consentMode: false },
      { doc: this.doc, now: () => NOW, id: () => `d${this.serial++}`, nav: {}, channel: () => null },
    );
    this.consent.start(registry);
  }

  /** A gated inline script, or a gated template holding one, that records its name when it runs. */
  private element({ mark, template }: Element): HTMLElement {
    const name = `${this.load}:${this.serial++}`;
    const code = `window.__gateRuns.push(${JSON.stringify(name)});`;
    let gated: HTMLElement;
    if (template) {
      const holder = document.createElement('template');
      const script = document.createElement('script');
      script.text = code;
      holder.content.append(script);
      gated = holder;
    } else {
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.text = code;
      gated = script;
    }
    if (mark.category !== undefined) gated.dataset.cookieCategory = mark.category;
    if (mark.service !== undefined) gated.dataset.cookieService = mark.service;
    this.expected.set(name, { mark, due: false });
    return gated;
  }
}

describe('Script gate and page consent with services, templates and refusal gates, property-based', () => {
  beforeEach(() => {
    window.__gateRuns = [];
  });
  afterEach(() => {
    delete window.__gateRuns;
  });

  it('an element runs iff its service and category allow it (or, for "!id", a decision refuses it), at most once per load', async function () {
    this.timeout(60_000);
    await fc.assert(
      fc.asyncProperty(elements, fc.array(serviceAction, { maxLength: 25 }), (initial, steps) => runVisit(new ServiceVisit(), initial, steps)),
      { numRuns: 400 },
    );
  });
});

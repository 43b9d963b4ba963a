import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { type PageConsent, setupConsent } from '../../src/consent/setup-consent.js';
import type { Registry } from '../../src/registry/types.js';
import { NOW, cookieJar, makeRegistry } from '../consent/fakes.js';

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
  private readonly doc = {
    visit: this as Visit,
    get cookie(): string {
      if (this.visit.storage === 'throw') throw new DOMException('blocked', 'SecurityError');
      return this.visit.jar.cookie;
    },
    set cookie(value: string) {
      if (this.visit.storage === 'throw') throw new DOMException('blocked', 'SecurityError');
      if (this.visit.storage === 'ok') this.visit.jar.cookie = value;
    },
  };

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
      fc.asyncProperty(scripts, fc.array(action, { maxLength: 25 }), async (initial, steps) => {
        window.__gateRuns = [];
        const visit = new Visit();
        try {
          visit.start(initial);
          await visit.check();
          for (const step of steps) await visit.apply(step);
        } finally {
          visit.stop();
        }
      }),
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

import { expect } from '@open-wc/testing';
import type { GtagWindow } from '../../src/consent/consent-mode.js';
import type { ConsentChannel } from '../../src/consent/cross-tab-sync.js';
import type { ConsentDetail, Decision, DecisionSource } from '../../src/consent/decision.js';
import type { Choices } from '../../src/consent/decision-store.js';
import { type ConsentDeps, setupConsent } from '../../src/consent/setup-consent.js';
import type { Registry } from '../../src/registry/types.js';
import { DAY, NOW, blockedCookies, cookieJar, makeDecision, makeRegistry, makeServiceRegistry } from './fakes.js';

const stored = (decision: unknown) => ({ cookies_preferences: encodeURIComponent(JSON.stringify(decision)) });
const argumentsOf = (win: GtagWindow) => (win.dataLayer ?? []).map((entry) => [...(entry as IArguments)]);
const DENIED = { analytics_storage: 'denied', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' };

/** A fake BroadcastChannel: remembers what was posted; tests deliver messages by hand. */
function fakeChannel() {
  const posted: unknown[] = [];
  const opened: string[] = [];
  const channel: ConsentChannel = { postMessage: (message) => posted.push(message), onmessage: null };
  const deliver = (data: unknown) => channel.onmessage?.(new MessageEvent('message', { data }));
  const factory = (name: string) => (opened.push(name), channel);
  return { posted, opened, deliver, factory };
}

/** The options as these tests write them: the cookie, Consent Mode and the log. */
interface TestOptions {
  cookie: { name: string; maxAgeDays: number };
  consentMode: boolean;
  consentLog?: string;
}

interface SetupOptions {
  cookies?: Record<string, string>;
  options?: Partial<TestOptions>;
  deps?: ConsentDeps;
  registry?: Registry | null;
}

/**
 * The page's consent over fakes of every page API (its own document, cookie jar, channel,
 * clock), recording what it did. `manager` reads it as one object: the store's state and rules,
 * and `start`, which the setup's effects follow.
 */
function setup({ cookies = {}, options = {}, deps = {}, registry = makeRegistry() }: SetupOptions = {}) {
  const jar = cookieJar(cookies);
  const win: GtagWindow = {};
  const beacons: { url: string | URL; blob: Blob }[] = [];
  const clearCalls: string[][] = [];
  const channel = fakeChannel();
  let count = 0;
  const given: TestOptions = { cookie: { name: 'cookies_preferences', maxAgeDays: 180 }, consentMode: true, consentLog: '/consent-log', ...options };
  const consent = setupConsent(
    {
      cookieName: given.cookie.name,
      maxAgeDays: given.cookie.maxAgeDays,
      consentMode: given.consentMode,
      consentLog: given.consentLog,
    },
    {
      doc: jar,
      win,
      nav: { sendBeacon: (url, data) => (beacons.push({ url, blob: data as Blob }), true) },
      now: () => NOW,
      id: () => `id-${++count}`,
      clearCookies: (names) => (clearCalls.push([...names]), names.filter((name) => !name.endsWith('*'))),
      channel: channel.factory,
      secure: true,
      location: () => 'https://portal.example/page',
      lang: () => 'fr',
      root: document.implementation.createHTMLDocument(),
      ...deps,
    },
  );
  const { store } = consent;
  const manager = {
    get registry() {
      return store.registry;
    },
    get consent() {
      return store.consent;
    },
    get decided() {
      return store.decided;
    },
    isGranted: (id: string) => store.isGranted(id),
    start: (value: Registry) => consent.start(value),
    decide: (choices: Choices, source: DecisionSource) => store.decide(choices, source),
    acceptAll: (source: DecisionSource) => store.acceptAll(source),
    rejectAll: (source: DecisionSource) => store.rejectAll(source),
    subscribe: (listener: (detail: ConsentDetail) => void) => store.subscribe(({ detail }) => listener(detail)),
    dispose: () => consent.dispose(),
  };
  const details: ConsentDetail[] = [];
  manager.subscribe((detail) => details.push(detail));
  if (registry) manager.start(registry);
  const proofs = () => Promise.all(beacons.map(async ({ blob }) => JSON.parse(await blob.text())));
  return { manager, consent, jar, win, beacons, proofs, clearCalls, channel, details };
}

function captureConsoleErrors() {
  const errors: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args);
  return { errors, restore: () => (console.error = original) };
}

describe('Page consent before start', () => {
  it('grants nothing, not even required categories, and holds no decision', () => {
    const { manager, details } = setup({ registry: null });
    expect(manager.registry).to.equal(null);
    expect(manager.isGranted('necessary')).to.equal(false);
    expect(manager.isGranted('analytics')).to.equal(false);
    expect(manager.consent).to.equal(null);
    expect(manager.decided).to.equal(false);
    expect(manager.acceptAll('api')).to.equal(null);
    expect(details).to.deep.equal([]);
  });
});

describe('Page consent at start-up', () => {
  it('with no stored decision: no decision, nothing notified, required categories granted', () => {
    const { manager, details, jar, beacons } = setup();
    expect(manager.decided).to.equal(false);
    expect(manager.consent).to.equal(null);
    expect(details).to.have.length(0);
    expect(manager.isGranted('necessary')).to.equal(true);
    expect(manager.isGranted('analytics')).to.equal(false);
    expect(jar.writes).to.deep.equal([]);
    expect(beacons).to.have.length(0);
  });

  it('adopts a valid stored decision: notified once with source "stored", nothing cleared', () => {
    const { manager, details } = setup({ cookies: stored(makeDecision()) });
    expect(details).to.have.length(1);
    expect(details[0]).to.deep.equal({ ...makeDecision(), services: {}, source: 'stored', cleared: [] });
    expect(manager.consent).to.equal(details[0]);
    expect(manager.decided).to.equal(true);
    expect(manager.isGranted('analytics')).to.equal(true);
    expect(manager.isGranted('marketing')).to.equal(false);
  });

  it('refreshes a stored decision: the same value, for what remains of its validity (spec 4, "Refresh")', () => {
    const decision = makeDecision({}, 30);
    const { jar } = setup({ cookies: stored(decision) });
    expect(jar.writes).to.have.length(1);
    const [pair, ...attributes] = jar.writes[0].split('; ');
    expect(JSON.parse(decodeURIComponent(pair.slice(pair.indexOf('=') + 1)))).to.deep.equal(decision);
    expect(attributes).to.include(`Max-Age=${150 * 86400}`);
  });

  it('refreshes an older decision for less time: its Max-Age shrinks as it ages', () => {
    const maxAge = (ageDays: number) => {
      const { jar } = setup({ cookies: stored(makeDecision({}, ageDays)) });
      return Number(/Max-Age=(\d+)/.exec(jar.writes[0])![1]);
    };
    expect(maxAge(1)).to.equal(179 * 86400);
    expect(maxAge(179.5)).to.equal(0.5 * 86400);
    expect(maxAge(10)).to.be.above(maxAge(100));
  });

  it('does not refresh a decision that no longer holds, nor write anything without one', () => {
    expect(setup({ cookies: stored(makeDecision({}, 181)) }).jar.writes).to.deep.equal([]);
    expect(setup().jar.writes).to.deep.equal([]);
  });

  it('does not log a stored decision as a proof again', () => {
    const { beacons } = setup({ cookies: stored(makeDecision()) });
    expect(beacons).to.have.length(0);
  });

  it('lists every registry category in the detail: required on, unmentioned off, unknown dropped', () => {
    const decision = makeDecision({ categories: { necessary: false, analytics: true, retired: true } });
    const { details, manager } = setup({ cookies: stored(decision) });
    expect(details[0].categories).to.deep.equal({ necessary: true, analytics: true, marketing: false, video: false });
    expect(manager.isGranted('retired')).to.equal(false);
  });

  it('ignores a decision older than consent-max-age although its cookie is still there', () => {
    const { manager, details } = setup({
      cookies: stored(makeDecision({}, 31)),
      options: { cookie: { name: 'cookies_preferences', maxAgeDays: 30 } },
    });
    expect(manager.decided).to.equal(false);
    expect(details).to.have.length(0);
    expect(manager.isGranted('analytics')).to.equal(false);
  });

  it('ignores a decision made under another registry revision', () => {
    const { manager } = setup({ cookies: stored(makeDecision({ revision: '2023-01-01' })) });
    expect(manager.decided).to.equal(false);
    expect(manager.isGranted('analytics')).to.equal(false);
  });

  it('ignores a decision dated more than a day in the future', () => {
    const { manager } = setup({ cookies: stored(makeDecision({}, -2)) });
    expect(manager.decided).to.equal(false);
  });

  for (const corrupt of ['%E0%A4%A', '{', 'null', '%5B%5D', '%22yes%22']) {
    it(`treats the corrupt cookie value ${JSON.stringify(corrupt)} as no decision`, () => {
      const { manager, details } = setup({ cookies: { cookies_preferences: corrupt } });
      expect(manager.decided).to.equal(false);
      expect(details).to.have.length(0);
    });
  }

  it('reads the cookie named by the options', () => {
    const { manager } = setup({
      cookies: { consent: stored(makeDecision()).cookies_preferences },
      options: { cookie: { name: 'consent', maxAgeDays: 180 } },
    });
    expect(manager.consent?.id).to.equal('stored-id');
  });

  it('ignores later calls to start', () => {
    const { manager, details } = setup({ cookies: stored(makeDecision()) });
    const first = manager.registry;
    manager.start(makeRegistry({ revision: 'other' }));
    expect(manager.registry).to.equal(first);
    expect(details).to.have.length(1);
  });
});

describe('Page consent decisions', () => {
  it('stores, returns and notifies a decision exactly once', () => {
    const { manager, details, jar } = setup();
    const detail = manager.decide({ analytics: true }, 'preferences');
    expect(details).to.deep.equal([detail]);
    expect(detail).to.deep.equal({
      id: 'id-1',
      revision: '2024-05-01',
      services: {},
      categories: { necessary: true, analytics: true, marketing: false, video: false },
      decidedAt: '2026-11-22T10:00:00.000Z',
      source: 'preferences',
      cleared: [],
    });
    expect(manager.consent).to.equal(detail);
    expect(manager.decided).to.equal(true);
    expect(jar.writes).to.have.length(1);
    expect(jar.writes[0]).to.match(/^cookies_preferences=[^;]+; Path=\/; Max-Age=15552000; SameSite=Lax; Secure$/);
    const storedValue = JSON.parse(decodeURIComponent(jar.cookie.split('=')[1]));
    expect(storedValue).to.deep.equal({
      id: 'id-1',
      revision: '2024-05-01',
      categories: detail!.categories,
      decidedAt: detail!.decidedAt,
    });
  });

  it('keeps required categories on and drops ids the registry does not know', () => {
    const { manager } = setup();
    const detail = manager.decide({ necessary: false, analytics: true, ghost: true }, 'api')!;
    expect(detail.categories).to.deep.equal({ necessary: true, analytics: true, marketing: false, video: false });
    expect(manager.isGranted('ghost')).to.equal(false);
  });

  it('acceptAll allows every category, rejectAll only the required ones', () => {
    const { manager, details } = setup();
    expect(manager.acceptAll('banner')!.categories).to.deep.equal({
      necessary: true,
      analytics: true,
      marketing: true,
      video: true,
    });
    expect(manager.rejectAll('banner')!.categories).to.deep.equal({
      necessary: true,
      analytics: false,
      marketing: false,
      video: false,
    });
    expect(details.map((detail) => [detail.id, detail.source])).to.deep.equal([
      ['id-1', 'banner'],
      ['id-2', 'banner'],
    ]);
    expect(manager.isGranted('analytics')).to.equal(false);
  });

  it('shares the decision through the cookie: a manager started later adopts it', () => {
    const first = setup();
    first.manager.decide({ marketing: true }, 'policy');
    const later = setup({ cookies: { cookies_preferences: first.jar.cookie.split('=')[1] } });
    expect(later.manager.consent).to.deep.include({ id: 'id-1', source: 'stored' });
    expect(later.manager.isGranted('marketing')).to.equal(true);
  });

  it('does not let a listener change what is granted by mutating the detail', () => {
    const { manager } = setup();
    manager.subscribe((detail) => (detail.categories.analytics = true));
    manager.rejectAll('api');
    expect(manager.isGranted('analytics')).to.equal(false);
  });

  it('stops notifying a listener once unsubscribed', () => {
    const { manager } = setup();
    const seen: string[] = [];
    const unsubscribe = manager.subscribe((detail) => seen.push(detail.id));
    manager.acceptAll('api');
    unsubscribe();
    manager.rejectAll('api');
    expect(seen).to.deep.equal(['id-1']);
  });

  it('keeps notifying the other listeners when one throws, and logs the error', () => {
    const { manager, details } = setup();
    const console = captureConsoleErrors();
    const failure = new Error('listener bug');
    try {
      manager.subscribe(() => {
        throw failure;
      });
      const after: string[] = [];
      manager.subscribe((detail) => after.push(detail.id));
      expect(() => manager.acceptAll('api')).not.to.throw();
      expect(details).to.have.length(1);
      expect(after).to.deep.equal(['id-1']);
      expect(console.errors).to.deep.equal([[failure]]);
    } finally {
      console.restore();
    }
  });
});

describe('Page consent clearing cookies on opt-out', () => {
  it('clears the cookies of the categories allowed before and refused now', () => {
    const { manager, clearCalls } = setup();
    manager.acceptAll('banner');
    const detail = manager.decide({ analytics: false, marketing: false, video: true }, 'preferences')!;
    expect(clearCalls).to.deep.equal([['_ga', '_ga_*', '_fbp']]);
    expect(detail.cleared).to.deep.equal(['_ga', '_fbp']);
  });

  it('clears from a stored decision too, and never the required cookies', () => {
    const { manager, clearCalls } = setup({ cookies: stored(makeDecision()) });
    expect(manager.rejectAll('preferences')!.cleared).to.deep.equal(['_ga']);
    expect(clearCalls).to.deep.equal([['_ga', '_ga_*']]);
  });

  it('clears nothing on a first decision or when nothing allowed is refused', () => {
    const { manager, clearCalls } = setup();
    expect(manager.rejectAll('banner')!.cleared).to.deep.equal([]);
    expect(manager.decide({ analytics: true }, 'preferences')!.cleared).to.deep.equal([]);
    expect(manager.acceptAll('preferences')!.cleared).to.deep.equal([]);
    expect(clearCalls).to.deep.equal([]);
  });

  it('reports nothing cleared when clearing throws or no clearer is given', () => {
    const throwing = setup({
      cookies: stored(makeDecision()),
      deps: {
        clearCookies: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      },
    });
    expect(throwing.manager.rejectAll('api')!.cleared).to.deep.equal([]);
    const none = setup({ cookies: stored(makeDecision()), deps: { clearCookies: undefined } });
    expect(none.manager.rejectAll('api')!.cleared).to.deep.equal([]);
  });
});

describe('Page consent with cookies blocked', () => {
  it('works for the current page without throwing', () => {
    const { manager, details } = setup({ deps: { doc: blockedCookies() } });
    expect(manager.decided).to.equal(false);
    let detail: ConsentDetail | null = null;
    expect(() => (detail = manager.decide({ analytics: true }, 'banner'))).not.to.throw();
    expect(detail).to.deep.include({ source: 'banner' });
    expect(manager.consent).to.equal(detail);
    expect(manager.isGranted('analytics')).to.equal(true);
    expect(() => manager.rejectAll('preferences')).not.to.throw();
    expect(manager.isGranted('analytics')).to.equal(false);
    expect(details).to.have.length(2);
  });
});

describe('Page consent and Google Consent Mode', () => {
  it('sets the default, every mapped signal denied, before reading the stored decision', () => {
    const order: string[] = [];
    const jar = cookieJar(stored(makeDecision()));
    setup({
      deps: {
        doc: {
          get cookie() {
            order.push('read cookie');
            return jar.cookie;
          },
        },
        win: { gtag: (_consent: string, command: string) => order.push(`gtag ${command}`) },
      },
    });
    expect(order).to.deep.equal(['gtag default', 'read cookie', 'gtag update']);
  });

  it('queues default then update on dataLayer as arguments objects for a stored decision', () => {
    const { win } = setup({ cookies: stored(makeDecision()) });
    expect(win.dataLayer!.every((entry) => Object.prototype.toString.call(entry) === '[object Arguments]')).to.equal(
      true,
    );
    expect(argumentsOf(win)).to.deep.equal([
      ['consent', 'default', { ...DENIED, wait_for_update: 500 }],
      ['consent', 'update', { ...DENIED, analytics_storage: 'granted' }],
    ]);
  });

  it('sets only the default while no decision exists, then updates after each decision', () => {
    const { manager, win } = setup();
    expect(argumentsOf(win)).to.deep.equal([['consent', 'default', { ...DENIED, wait_for_update: 500 }]]);
    manager.decide({ video: true }, 'preferences');
    manager.rejectAll('preferences');
    expect(argumentsOf(win).slice(1)).to.deep.equal([
      ['consent', 'update', { ...DENIED, ad_storage: 'granted' }],
      ['consent', 'update', DENIED],
    ]);
  });

  it('sends the update before listeners hear of the decision', () => {
    const { manager, win } = setup();
    let queued = 0;
    manager.subscribe(() => (queued = win.dataLayer!.length));
    manager.acceptAll('api');
    expect(queued).to.equal(2);
  });

  it('sends nothing when consent-mode is off', () => {
    const { manager, win } = setup({ cookies: stored(makeDecision()), options: { consentMode: false } });
    manager.acceptAll('api');
    expect(win.dataLayer).to.equal(undefined);
  });

  it('still records and notifies the decision when the page gtag throws', () => {
    const console = captureConsoleErrors();
    try {
      const gtag = () => {
        throw new Error('broken gtag');
      };
      const { manager, details } = setup({ deps: { win: { gtag } } });
      expect(manager.acceptAll('banner')).to.not.equal(null);
      expect(details).to.have.length(1);
      expect(console.errors).to.have.length(2);
    } finally {
      console.restore();
    }
  });
});

describe('Page consent and Global Privacy Control', () => {
  const gpc = (extra: SetupOptions = {}) =>
    setup({ ...extra, deps: { nav: { globalPrivacyControl: true, sendBeacon: () => true }, ...extra.deps } });

  it('refuses every optional category without asking and without writing the cookie', () => {
    const { manager, details, jar } = gpc();
    expect(details).to.have.length(1);
    expect(details[0]).to.deep.equal({
      id: 'id-1',
      revision: '2024-05-01',
      services: {},
      categories: { necessary: true, analytics: false, marketing: false, video: false },
      decidedAt: '2026-11-22T10:00:00.000Z',
      source: 'gpc',
      cleared: [],
    });
    expect(manager.consent).to.equal(details[0]);
    expect(manager.decided).to.equal(true);
    expect(manager.isGranted('necessary')).to.equal(true);
    expect(manager.isGranted('analytics')).to.equal(false);
    expect(jar.writes).to.deep.equal([]);
  });

  it('sets Consent Mode to denied and logs the proof with source "gpc"', async () => {
    const beacons: Blob[] = [];
    const { win } = gpc({
      deps: { nav: { globalPrivacyControl: true, sendBeacon: (_url, data) => (beacons.push(data as Blob), true) } },
    });
    expect(argumentsOf(win)[1]).to.deep.equal(['consent', 'update', DENIED]);
    expect(beacons).to.have.length(1);
    expect(JSON.parse(await beacons[0].text())).to.deep.include({ source: 'gpc', id: 'id-1' });
  });

  it('lets an explicit later choice be stored and win', () => {
    const { manager, jar } = gpc();
    const detail = manager.decide({ analytics: true }, 'preferences')!;
    expect(detail).to.deep.include({ id: 'id-2', source: 'preferences', cleared: [] });
    expect(manager.isGranted('analytics')).to.equal(true);
    expect(jar.writes).to.have.length(1);
    expect(decodeURIComponent(jar.cookie)).to.contain('"id":"id-2"');
  });

  it('gives way to a valid stored decision', () => {
    const { manager } = gpc({ cookies: stored(makeDecision()) });
    expect(manager.consent).to.deep.include({ id: 'stored-id', source: 'stored' });
    expect(manager.isGranted('analytics')).to.equal(true);
  });

  it('applies when the stored decision has expired', () => {
    const { manager } = gpc({ cookies: stored(makeDecision({}, 181)) });
    expect(manager.consent).to.deep.include({ source: 'gpc' });
  });

  it('is ignored unless the signal is exactly true', () => {
    const { manager } = setup({ deps: { nav: { globalPrivacyControl: 'true' as unknown as boolean } } });
    expect(manager.decided).to.equal(false);
  });
});

describe('Page consent proof-of-consent log', () => {
  it('sends one record per decision with the UI language and the page URL', async () => {
    let lang = 'fr';
    const { manager, beacons, proofs } = setup({ deps: { lang: () => lang } });
    const first = manager.decide({ analytics: true }, 'banner')!;
    lang = 'en';
    manager.rejectAll('policy');
    expect(beacons.map(({ url }) => url)).to.deep.equal(['/consent-log', '/consent-log']);
    const [record, second] = await proofs();
    expect(record).to.deep.equal({
      id: first.id,
      services: {},
      decidedAt: first.decidedAt,
      revision: '2024-05-01',
      categories: first.categories,
      source: 'banner',
      lang: 'fr',
      url: 'https://portal.example/page',
    });
    expect(second).to.deep.include({ source: 'policy', lang: 'en' });
  });

  it('sends nothing without consent-log', () => {
    const { manager, beacons } = setup({ options: { consentLog: undefined } });
    manager.acceptAll('api');
    expect(beacons).to.have.length(0);
  });

  it('falls back to a keepalive fetch and still decides when the log is unreachable', () => {
    const posts: RequestInit[] = [];
    const failing = ((_url: string, init: RequestInit) => {
      posts.push(init);
      return Promise.reject(new TypeError('Failed to fetch'));
    }) as typeof fetch;
    const { manager, details } = setup({ deps: { nav: { sendBeacon: () => false }, fetch: failing } });
    expect(manager.acceptAll('banner')).to.not.equal(null);
    expect(posts).to.have.length(1);
    expect(posts[0].keepalive).to.equal(true);
    expect(details).to.have.length(1);
  });
});

describe('Page consent across tabs (fake channel)', () => {
  const message = (decision: unknown) => ({ type: 'decision', decision });

  it('opens the channel named after the cookie and posts each decision on it', () => {
    const { manager, channel } = setup();
    expect(channel.opened).to.deep.equal(['cookie-policy:cookies_preferences']);
    const detail = manager.decide({ analytics: true }, 'banner')!;
    const { source: _source, cleared: _cleared, services: _none, ...decision } = detail;
    expect(channel.posted).to.deep.equal([message(decision)]);
  });

  it('does not broadcast a GPC decision, which every tab derives itself', () => {
    const { channel } = setup({ deps: { nav: { globalPrivacyControl: true, sendBeacon: () => true } } });
    expect(channel.posted).to.deep.equal([]);
  });

  it('adopts a valid decision from another tab as "stored", without writing, clearing or logging it', () => {
    const { manager, details, jar, beacons, clearCalls, win, channel } = setup({ cookies: stored(makeDecision()) });
    jar.writes.splice(0);
    const other: Decision = { ...makeDecision({}, 0), id: 'other-tab', categories: { analytics: false } };
    channel.deliver(message(other));
    expect(details.map((detail) => [detail.id, detail.source, detail.cleared])).to.deep.equal([
      ['stored-id', 'stored', []],
      ['other-tab', 'stored', []],
    ]);
    expect(manager.isGranted('analytics')).to.equal(false);
    expect(jar.writes).to.deep.equal([]);
    expect(beacons).to.have.length(0);
    expect(clearCalls).to.deep.equal([]);
    expect(argumentsOf(win).at(-1)).to.deep.equal(['consent', 'update', DENIED]);
  });

  it('ignores invalid, stale, out-of-revision, already-known and older decisions', () => {
    const { manager, details, channel } = setup({ cookies: stored(makeDecision({}, 1)) });
    for (const data of [
      null,
      'decision',
      { type: 'other', decision: makeDecision({ id: 'x' }, 0) },
      message(null),
      message({ ...makeDecision({ id: 'x' }, 0), categories: [] }),
      message(makeDecision({ id: 'x', revision: 'old' }, 0)),
      message(makeDecision({ id: 'x' }, 200)),
      message(makeDecision({}, 0)),
      message(makeDecision({ id: 'older' }, 2)),
    ]) {
      channel.deliver(data);
    }
    expect(details).to.have.length(1);
    expect(manager.consent?.id).to.equal('stored-id');
  });

  it('keeps working when BroadcastChannel is missing or the channel cannot post', () => {
    const missing = setup({
      deps: {
        channel: () => {
          throw new ReferenceError('BroadcastChannel is not defined');
        },
      },
    });
    expect(missing.manager.acceptAll('api')).to.not.equal(null);
    const none = setup({ deps: { channel: () => null } });
    expect(none.manager.acceptAll('api')).to.not.equal(null);
    const console = captureConsoleErrors();
    try {
      const closed: ConsentChannel = {
        onmessage: null,
        postMessage: () => {
          throw new DOMException('closed', 'InvalidStateError');
        },
      };
      const { manager, details } = setup({ deps: { channel: () => closed } });
      expect(manager.acceptAll('api')).to.not.equal(null);
      expect(details).to.have.length(1);
    } finally {
      console.restore();
    }
  });
});

describe('Page consent across tabs (real BroadcastChannel)', () => {
  const channels: BroadcastChannel[] = [];
  const open = (name: string) => {
    const channel = new BroadcastChannel(name);
    channels.push(channel);
    return channel;
  };
  afterEach(() => {
    for (const channel of channels.splice(0)) channel.close();
  });

  it('picks up a decision made in another tab', async () => {
    const cookie = { name: `cp_tabs_${Date.now()}`, maxAgeDays: 180 };
    const shared = cookieJar();
    const tab = (prefix: string) => {
      let count = 0;
      return setup({ options: { cookie }, deps: { channel: open, doc: shared, id: () => `${prefix}-${++count}` } });
    };
    const first = tab('first');
    const second = tab('second');
    const received = new Promise<ConsentDetail>((resolve) => second.manager.subscribe(resolve));
    const detail = first.manager.decide({ analytics: true }, 'banner')!;
    const adopted = await received;
    expect(adopted).to.deep.equal({ ...detail, source: 'stored', cleared: [] });
    expect(second.manager.consent).to.equal(adopted);
    expect(second.manager.isGranted('analytics')).to.equal(true);
    expect(second.details).to.have.length(1);
    expect(second.beacons).to.have.length(0);
    expect(shared.writes).to.have.length(1);
  });
});

describe('Page consent defaults', () => {
  // Its BroadcastChannel stays open until the test page goes: a manager lives as long as its page.
  it('uses the real document, crypto and BroadcastChannel when given no dependencies', () => {
    const name = `cp_defaults_${Date.now()}`;
    const consent = setupConsent({ cookieName: name, maxAgeDays: 180, consentMode: false }, { doc: document, root: document.implementation.createHTMLDocument() });
    try {
      consent.start(makeRegistry());
      const detail = consent.store.acceptAll('api')!;
      expect(detail.id).to.match(/^[0-9a-f-]{36}$/);
      expect(Math.abs(Date.parse(detail.decidedAt) - Date.now())).to.be.below(DAY);
      expect(decodeURIComponent(document.cookie)).to.contain(detail.id);
    } finally {
      document.cookie = `${name}=; Path=/; Max-Age=0`;
    }
  });
});

describe('Page consent with services', () => {
  // makeServiceRegistry: analytics = matomo (_pk_id.*) + google-analytics (_ga, _ga_*, analytics_storage);
  // marketing = youtube (ad_storage) + map, and _fbp naming no service.
  const registry = makeServiceRegistry();

  it('clears the cookies of a service turned off, and only those, listing them in cleared', () => {
    const { manager, clearCalls } = setup({ registry });
    manager.acceptAll('banner');
    const detail = manager.decide({ 'google-analytics': false }, 'preferences')!;
    expect(clearCalls).to.deep.equal([['_ga', '_ga_*']]);
    expect(detail.cleared).to.deep.equal(['_ga']);
  });

  it("clears a cookie naming no service with its category, when one of the category's services turns off", () => {
    const { manager, clearCalls } = setup({ registry });
    manager.acceptAll('banner');
    manager.decide({ youtube: false }, 'preferences');
    expect(clearCalls).to.deep.equal([['_fbp']]);
  });

  it('drives Consent Mode per service as per category', () => {
    const { manager, win } = setup({ registry });
    manager.decide({ youtube: true }, 'banner');
    const [, , update] = argumentsOf(win).at(-1)!;
    expect(update).to.include({ ad_storage: 'granted', analytics_storage: 'denied' });
    manager.decide({ 'google-analytics': true }, 'banner');
    expect(argumentsOf(win).at(-1)![2]).to.include({ analytics_storage: 'granted' });
  });

  it('stores services in the cookie and sends them in the proof record and the event', async () => {
    const { manager, jar, proofs, details } = setup({ registry });
    manager.decide({ matomo: true }, 'banner');
    const stored = JSON.parse(decodeURIComponent(/cookies_preferences=([^;]*)/.exec(jar.writes.at(-1)!)![1]));
    expect(stored.services).to.deep.equal({ portal: true, matomo: true, 'google-analytics': false, youtube: false, map: false });
    const [record] = await proofs();
    expect(record.services).to.deep.equal(stored.services);
    expect(details.at(-1)!.services).to.deep.equal(stored.services);
  });
});

import { expect } from '@open-wc/testing';
import {
  type ConsentChannel,
  ConsentManager,
  type ConsentManagerDeps,
  type ConsentManagerOptions,
} from '../../src/consent/consent-manager.js';
import type { GtagWindow } from '../../src/consent/consent-mode.js';
import type { ConsentDetail, Decision } from '../../src/consent/decision.js';
import type { Registry } from '../../src/registry/types.js';
import { DAY, NOW, blockedCookies, cookieJar, makeDecision, makeRegistry } from './fakes.js';

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

interface SetupOptions {
  cookies?: Record<string, string>;
  options?: Partial<ConsentManagerOptions>;
  deps?: ConsentManagerDeps;
  registry?: Registry | null;
}

/** A started manager over fakes of every page API, recording what it did. */
function setup({ cookies = {}, options = {}, deps = {}, registry = makeRegistry() }: SetupOptions = {}) {
  const jar = cookieJar(cookies);
  const win: GtagWindow = {};
  const beacons: { url: string | URL; blob: Blob }[] = [];
  const clearCalls: string[][] = [];
  const channel = fakeChannel();
  let count = 0;
  const manager = new ConsentManager(
    {
      cookie: { name: 'cookies_preferences', maxAgeDays: 180 },
      consentMode: true,
      consentLog: '/consent-log',
      lang: () => 'fr',
      ...options,
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
      ...deps,
    },
  );
  const details: ConsentDetail[] = [];
  manager.subscribe((detail) => details.push(detail));
  if (registry) manager.start(registry);
  const proofs = () => Promise.all(beacons.map(async ({ blob }) => JSON.parse(await blob.text())));
  return { manager, jar, win, beacons, proofs, clearCalls, channel, details };
}

function captureConsoleErrors() {
  const errors: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args);
  return { errors, restore: () => (console.error = original) };
}

describe('ConsentManager before start', () => {
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

describe('ConsentManager at start-up', () => {
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

  it('neither rewrites the stored decision nor logs it as a proof again', () => {
    const { jar, beacons } = setup({ cookies: stored(makeDecision()) });
    expect(jar.writes).to.deep.equal([]);
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

describe('ConsentManager decisions', () => {
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

describe('ConsentManager clearing cookies on opt-out', () => {
  it('clears the cookies of the categories allowed before and refused now', () => {
    const { manager, clearCalls } = setup();
    manager.acceptAll('banner');
    const detail = manager.decide({ video: true }, 'preferences')!;
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

describe('ConsentManager with cookies blocked', () => {
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

describe('ConsentManager and Google Consent Mode', () => {
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

describe('ConsentManager and Global Privacy Control', () => {
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

describe('ConsentManager proof-of-consent log', () => {
  it('sends one record per decision with the UI language and the page URL', async () => {
    let lang = 'fr';
    const { manager, beacons, proofs } = setup({ options: { lang: () => lang } });
    const first = manager.decide({ analytics: true }, 'banner')!;
    lang = 'en';
    manager.rejectAll('policy');
    expect(beacons.map(({ url }) => url)).to.deep.equal(['/consent-log', '/consent-log']);
    const [record, second] = await proofs();
    expect(record).to.deep.equal({
      id: first.id,
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

describe('ConsentManager across tabs (fake channel)', () => {
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

describe('ConsentManager across tabs (real BroadcastChannel)', () => {
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

describe('ConsentManager defaults', () => {
  // Its BroadcastChannel stays open until the test page goes: a manager lives as long as its page.
  it('uses the real document, crypto and BroadcastChannel when given no dependencies', () => {
    const name = `cp_defaults_${Date.now()}`;
    const manager = new ConsentManager({ cookie: { name, maxAgeDays: 180 }, consentMode: false, lang: () => 'en' });
    try {
      manager.start(makeRegistry());
      const detail = manager.acceptAll('api')!;
      expect(detail.id).to.match(/^[0-9a-f-]{36}$/);
      expect(Math.abs(Date.parse(detail.decidedAt) - Date.now())).to.be.below(DAY);
      expect(decodeURIComponent(document.cookie)).to.contain(detail.id);
    } finally {
      document.cookie = `${name}=; Path=/; Max-Age=0`;
    }
  });
});

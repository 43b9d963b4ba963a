import { expect } from '@open-wc/testing';
import { consentModeEffect, type GtagWindow } from '../../src/consent/consent-mode.js';
import { cookieRepository } from '../../src/consent/cookie-storage.js';
import { cookieWrite } from '../../src/consent/cookie-write.js';
import { type ConsentChannel, crossTabSync } from '../../src/consent/cross-tab-sync.js';
import type { DecisionSource } from '../../src/consent/decision.js';
import { type ChangeKind, type ConsentChange, DecisionStore } from '../../src/consent/decision-store.js';
import { proofLog } from '../../src/consent/proof-log.js';
import { cookieClearing } from '../../src/gating/clear-cookies.js';
import { DAY, NOW, cookieJar, makeDecision, makeRegistry } from './fakes.js';

/** A change as the store would announce it, made by hand: each effect is tested alone. */
function change(kind: ChangeKind, source: DecisionSource, ageDays = 0, turnedOff: string[] = []): ConsentChange {
  const decision = makeDecision({}, ageDays);
  return {
    kind,
    registry: makeRegistry(),
    decision,
    previous: null,
    turnedOff: { categories: turnedOff, services: [] },
    detail: { ...decision, categories: { ...decision.categories }, services: {}, source, cleared: [] },
  };
}

const maxAgeOf = (write: string) => Number(/Max-Age=(\d+)/.exec(write)![1]);

describe('cookie-write effect', () => {
  const setup = (now = NOW) => {
    const jar = cookieJar();
    const repository = cookieRepository({ name: 'cookies_preferences', maxAgeDays: 180 }, jar, true);
    return { jar, effect: cookieWrite(repository, 180, () => now) };
  };

  it('writes a decision made here for the full consent-max-age', () => {
    const { jar, effect } = setup();
    effect(change('decided', 'banner'));
    expect(jar.writes.map(maxAgeOf)).to.deep.equal([180 * 86400]);
  });

  it('rewrites a restored decision, same value, with Max-Age shrinking as the decision ages', () => {
    const ages = [0, 10, 90, 179];
    const written = ages.map((age) => {
      const { jar, effect } = setup();
      effect(change('restored', 'stored', age));
      return jar.writes[0];
    });
    expect(written.map(maxAgeOf)).to.deep.equal(ages.map((age) => (180 - age) * 86400));
    const values = written.map((write) => write.slice(0, write.indexOf(';')));
    expect(values.map((value) => JSON.parse(decodeURIComponent(value.split('=')[1])).id)).to.deep.equal(
      ages.map(() => 'stored-id'),
    );
  });

  it('follows the clock: the same decision a day later is refreshed for a day less', () => {
    const today = setup(NOW);
    const tomorrow = setup(NOW + DAY);
    today.effect(change('restored', 'stored', 5));
    tomorrow.effect(change('restored', 'stored', 5));
    expect(maxAgeOf(today.jar.writes[0]) - maxAgeOf(tomorrow.jar.writes[0])).to.equal(86400);
  });

  it('writes nothing for GPC or for a decision received from another tab', () => {
    const { jar, effect } = setup();
    effect(change('decided', 'gpc'));
    effect(change('received', 'stored'));
    expect(jar.writes).to.deep.equal([]);
  });
});

describe('cookie-clearing effect', () => {
  it('deletes the cookies of what was turned off and lists them in the detail', () => {
    const asked: string[][] = [];
    const effect = cookieClearing((names) => (asked.push([...names]), ['_ga']));
    const off = change('decided', 'preferences', 0, ['analytics']);
    effect(off);
    expect(asked).to.deep.equal([['_ga', '_ga_*']]);
    expect(off.detail.cleared).to.deep.equal(['_ga']);
  });

  it('clears nothing for a decision received from another tab', () => {
    const asked: string[][] = [];
    cookieClearing((names) => (asked.push([...names]), []))(change('received', 'stored', 0, ['analytics']));
    expect(asked).to.deep.equal([]);
  });
});

describe('cross-tab sync effect', () => {
  function fake() {
    const posted: unknown[] = [];
    const channel: ConsentChannel = { postMessage: (message) => posted.push(message), onmessage: null };
    return { posted, channel };
  }

  it('posts decisions made here (not GPC) and hands received ones to the store', () => {
    const { posted, channel } = fake();
    const store = new DecisionStore({ maxAgeDays: 180, now: () => NOW });
    store.start(makeRegistry(), { stored: null, globalPrivacyControl: false });
    const sync = crossTabSync(store, 'cookies_preferences', () => channel);
    sync.effect(change('decided', 'banner'));
    sync.effect(change('decided', 'gpc'));
    expect(posted).to.have.length(1);
    channel.onmessage?.(new MessageEvent('message', { data: { type: 'decision', decision: makeDecision({ id: 'tab' }) } }));
    expect(store.consent?.id).to.equal('tab');
    sync.close();
    expect(channel.onmessage).to.equal(null);
  });
});

describe('Consent Mode effect', () => {
  it('sets the default denied, then an update per change', () => {
    const win: GtagWindow = {};
    const consentMode = consentModeEffect(win);
    consentMode.setDefault(makeRegistry());
    consentMode.effect(change('restored', 'stored'));
    const calls = (win.dataLayer ?? []).map((entry) => [...(entry as IArguments)]);
    expect(calls.map((call) => call[1])).to.deep.equal(['default', 'update']);
    expect(calls[0][2]).to.include({ analytics_storage: 'denied', wait_for_update: 500 });
    expect(calls[1][2]).to.include({ analytics_storage: 'granted', ad_storage: 'denied' });
  });
});

describe('proof-log effect', () => {
  it('sends a record for every decision but a stored one', () => {
    const sent: string[] = [];
    const effect = proofLog('/log', {
      lang: () => 'fr',
      location: () => 'https://portal.example/',
      nav: { sendBeacon: (url) => (sent.push(String(url)), true) },
    });
    effect(change('restored', 'stored'));
    effect(change('received', 'stored'));
    effect(change('decided', 'gpc'));
    effect(change('decided', 'banner'));
    expect(sent).to.deep.equal(['/log', '/log']);
  });
});

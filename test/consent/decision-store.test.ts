import { expect } from '@open-wc/testing';
import { type ConsentChange, DecisionStore } from '../../src/consent/decision-store.js';
import { isSurelyFirstVisit, openingOf } from '../../src/consent/first-visit.js';
import { NOW, makeDecision, makeRegistry, makeServiceRegistry } from './fakes.js';

/** A store on a fixed clock, recording every change it announces. */
function storeWithLog() {
  let count = 0;
  const store = new DecisionStore({ maxAgeDays: 180, now: () => NOW, id: () => `id-${++count}` });
  const changes: ConsentChange[] = [];
  store.subscribe((change) => changes.push(change));
  return { store, changes };
}

const ASK = { stored: null, globalPrivacyControl: false };

describe('The first-visit rule (consent/first-visit.ts)', () => {
  it('restores a stored decision that holds, else refuses by GPC, else asks', () => {
    const decision = makeDecision();
    expect(openingOf({ stored: decision, globalPrivacyControl: true }, '2024-05-01', 180, NOW)).to.deep.equal({
      kind: 'restore',
      decision,
    });
    expect(openingOf({ stored: makeDecision({}, 200), globalPrivacyControl: true }, '2024-05-01', 180, NOW).kind).to.equal(
      'refuse-by-gpc',
    );
    expect(openingOf({ stored: 'garbage', globalPrivacyControl: false }, '2024-05-01', 180, NOW).kind).to.equal('ask');
  });

  it('is sure of a first visit before the registry only with nothing stored and no GPC', () => {
    expect(isSurelyFirstVisit(ASK)).to.equal(true);
    expect(isSurelyFirstVisit({ stored: {}, globalPrivacyControl: false })).to.equal(false);
    expect(isSurelyFirstVisit({ stored: null, globalPrivacyControl: true })).to.equal(false);
  });
});

describe('DecisionStore (rules only: no DOM, no cookie, no network)', () => {
  it('announces a restored decision as "restored", with source "stored"', () => {
    const { store, changes } = storeWithLog();
    store.start(makeRegistry(), { stored: makeDecision(), globalPrivacyControl: false });
    expect(changes.map(({ kind, detail }) => [kind, detail.source])).to.deep.equal([['restored', 'stored']]);
    expect(store.isGranted('analytics')).to.equal(true);
  });

  it('keeps a choice made before the registry and applies it right after start', () => {
    const { store, changes } = storeWithLog();
    expect(store.decide(true, 'banner')).to.equal(null);
    expect(store.pending).to.equal(true);
    expect(changes).to.deep.equal([]);
    store.start(makeRegistry(), ASK);
    expect(store.pending).to.equal(false);
    expect(changes.map(({ kind, detail }) => [kind, detail.source])).to.deep.equal([['decided', 'banner']]);
    expect(store.isGranted('marketing')).to.equal(true);
  });

  it('says in one place what each change turned off', () => {
    const { store, changes } = storeWithLog();
    store.start(makeRegistry(), ASK);
    store.acceptAll('banner');
    store.decide({ analytics: false, marketing: false, video: true }, 'preferences');
    store.rejectAll('policy');
    expect(changes.map(({ turnedOff }) => turnedOff.categories)).to.deep.equal([[], ['analytics', 'marketing'], ['video']]);
    expect(changes[1].previous?.id).to.equal('id-1');
  });

  it('keeps what a choice does not name, or refuses it when there is no decision yet', () => {
    const { store } = storeWithLog();
    store.start(makeRegistry(), ASK);
    expect(store.decide({ video: true }, 'api')!.categories).to.deep.equal({
      necessary: true,
      analytics: false,
      marketing: false,
      video: true,
    });
    expect(store.decide({ analytics: true }, 'api')!.categories).to.include({ analytics: true, video: true });
  });

  describe('with services', () => {
    const start = () => {
      const log = storeWithLog();
      log.store.start(makeServiceRegistry(), ASK);
      return log;
    };

    it('lists every service in the detail; {} without services', () => {
      const { store } = start();
      expect(store.acceptAll('banner')!.services).to.deep.equal({
        portal: true,
        matomo: true,
        'google-analytics': true,
        youtube: true,
        map: true,
      });
      const plain = storeWithLog();
      plain.store.start(makeRegistry(), ASK);
      expect(plain.store.acceptAll('banner')!.services).to.deep.equal({});
    });

    it('sets every service of a chosen category, a service only itself, and derives the category', () => {
      const { store } = start();
      store.decide({ analytics: true }, 'api');
      const detail = store.decide({ 'google-analytics': false }, 'api')!;
      expect(detail.services).to.include({ matomo: true, 'google-analytics': false });
      expect(detail.categories.analytics).to.equal(false);
      expect(store.isGranted('matomo')).to.equal(true);
      expect(store.isGranted('analytics')).to.equal(false);
      expect(store.isRefused('analytics')).to.equal(true);
      expect(store.categoryOf('youtube')).to.equal('marketing');
    });

    it('says which services each change turned off', () => {
      const { store, changes } = start();
      store.acceptAll('banner');
      store.decide({ youtube: false }, 'preferences');
      expect(changes[1].turnedOff).to.deep.equal({ categories: ['marketing'], services: ['youtube'] });
    });

    it('restores a decision stored before the registry had services with those categories refused', () => {
      const { store } = storeWithLog();
      const old = makeDecision({ categories: { necessary: true, analytics: true, marketing: false, video: true } });
      store.start(makeServiceRegistry(), { stored: old, globalPrivacyControl: false });
      expect(store.consent!.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false, video: true });
      expect(store.isGranted('matomo')).to.equal(false);
      expect(store.isRefused('analytics')).to.equal(true);
    });
  });

  it('adopts a newer valid decision from another tab as "received", and ignores an older one', () => {
    const { store, changes } = storeWithLog();
    store.start(makeRegistry(), { stored: makeDecision({}, 1), globalPrivacyControl: false });
    store.receive(makeDecision({ id: 'older' }, 2));
    store.receive(makeDecision({ id: 'newer' }, 0));
    expect(changes.map(({ kind, detail }) => [kind, detail.id])).to.deep.equal([
      ['restored', 'stored-id'],
      ['received', 'newer'],
    ]);
  });
});

import { expect } from '@open-wc/testing';
import {
  applyChoices,
  categoryOf,
  createDecision,
  effectiveDecision,
  isGranted,
  isRefused,
  isValidDecision,
  randomId,
  servicesOf,
} from '../../src/consent/decision.js';
import { DAY, NOW, makeDecision, makeRegistry, makeServiceRegistry } from './fakes.js';

const registry = makeRegistry();
const { revision } = registry;
const withServices = makeServiceRegistry();
const valid = (value: unknown, maxAgeDays = 180) => isValidDecision(value, revision, maxAgeDays, NOW);

describe('isValidDecision', () => {
  it('accepts a well-formed decision of the current revision', () => {
    expect(valid(makeDecision())).to.equal(true);
  });

  it('accepts a decision with no categories at all (each one then counts as refused)', () => {
    expect(valid(makeDecision({ categories: {} }))).to.equal(true);
  });

  for (const [label, value] of [
    ['null', null],
    ['undefined', undefined],
    ['a string', 'yes'],
    ['a number', 42],
    ['a boolean', true],
    ['an array', [makeDecision()]],
    ['a Date', new Date(NOW)],
  ] as const) {
    it(`rejects ${label}`, () => {
      expect(valid(value)).to.equal(false);
    });
  }

  for (const [label, change] of [
    ['a missing id', { id: undefined }],
    ['an empty id', { id: '' }],
    ['a numeric id', { id: 7 }],
    ['another revision', { revision: '2023-01-01' }],
    ['a missing revision', { revision: undefined }],
    ['categories as an array', { categories: [true, false] }],
    ['categories as null', { categories: null }],
    ['categories as a string', { categories: 'analytics' }],
    ['a category set to a string', { categories: { analytics: 'true' } }],
    ['a category set to 1', { categories: { analytics: 1 } }],
    ['a category set to null', { categories: { necessary: true, analytics: null } }],
    ['a missing decidedAt', { decidedAt: undefined }],
    ['an unparsable decidedAt', { decidedAt: 'last tuesday' }],
    ['a numeric decidedAt', { decidedAt: NOW }],
  ] as const) {
    it(`rejects a decision with ${label}`, () => {
      expect(valid({ ...makeDecision(), ...change })).to.equal(false);
    });
  }

  it('rejects a decision older than maxAgeDays, whatever the cookie expiry said', () => {
    expect(valid(makeDecision({}, 180))).to.equal(true);
    expect(valid(makeDecision({}, 180.001))).to.equal(false);
    expect(valid(makeDecision({}, 31), 30)).to.equal(false);
  });

  it('tolerates up to one day of clock skew into the future, and no more', () => {
    expect(valid(makeDecision({ decidedAt: new Date(NOW + DAY).toISOString() }))).to.equal(true);
    expect(valid(makeDecision({ decidedAt: new Date(NOW + DAY + 1000).toISOString() }))).to.equal(false);
    expect(valid(makeDecision({ decidedAt: '2999-01-01T00:00:00Z' }))).to.equal(false);
  });

  it('accepts any date format Date.parse reads', () => {
    expect(valid(makeDecision({ decidedAt: '2026-11-20' }))).to.equal(true);
  });

  it('accepts a decision with services, and an old one without (made before the registry had services)', () => {
    expect(valid(makeDecision({ services: { matomo: true, youtube: false } }))).to.equal(true);
    expect(valid(makeDecision({ services: {} }))).to.equal(true);
    expect(valid(makeDecision())).to.equal(true);
  });

  for (const [label, services] of [
    ['services as an array', [true]],
    ['services as null', null],
    ['services as a string', 'matomo'],
    ['a service set to a string', { matomo: 'true' }],
    ['a service set to 0', { matomo: 0 }],
  ] as const) {
    it(`rejects a decision with ${label}`, () => {
      expect(valid({ ...makeDecision(), services })).to.equal(false);
    });
  }
});

describe('createDecision', () => {
  const decision = createDecision(registry, { analytics: true, marketing: false, unknown: true }, revision, NOW, 'an-id');

  it('lists every registry category, required ones on, others only when chosen', () => {
    expect(decision).to.deep.equal({
      id: 'an-id',
      revision,
      categories: { necessary: true, analytics: true, marketing: false, video: false },
      decidedAt: '2026-11-22T10:00:00.000Z',
    });
  });

  it('keeps required categories on even when the choice refuses them', () => {
    expect(createDecision(registry, { necessary: false }, revision, NOW, 'x').categories.necessary).to.equal(true);
  });

  it('drops choices the registry does not know', () => {
    expect(decision.categories).not.to.have.property('unknown');
  });

  it('makes a decision that isValidDecision accepts', () => {
    expect(valid(decision)).to.equal(true);
  });
});

describe('isGranted', () => {
  const decision = makeDecision();

  it('grants required categories, with or without a decision', () => {
    expect(isGranted(null, registry, 'necessary')).to.equal(true);
    expect(isGranted(makeDecision({ categories: { necessary: false } }), registry, 'necessary')).to.equal(true);
  });

  it('grants an optional category only when the decision allows it', () => {
    expect(isGranted(decision, registry, 'analytics')).to.equal(true);
    expect(isGranted(decision, registry, 'marketing')).to.equal(false);
    expect(isGranted(null, registry, 'analytics')).to.equal(false);
  });

  it('refuses a category the decision does not mention', () => {
    expect(isGranted(makeDecision({ categories: {} }), registry, 'analytics')).to.equal(false);
  });

  it('refuses a category the registry does not know, even when the decision allows it', () => {
    expect(isGranted(makeDecision({ categories: { ghost: true } }), registry, 'ghost')).to.equal(false);
    expect(isGranted(decision, registry, 'constructor')).to.equal(false);
  });
});

describe('services', () => {
  const decide = (choices: Record<string, boolean>) => createDecision(withServices, choices, revision, NOW, 'an-id');

  describe('servicesOf and categoryOf', () => {
    it('lists the services of a category in registry order, none for another id', () => {
      expect(servicesOf(withServices, 'analytics').map(({ id }) => id)).to.deep.equal(['matomo', 'google-analytics']);
      expect(servicesOf(withServices, 'video')).to.deep.equal([]);
      expect(servicesOf(withServices, 'matomo')).to.deep.equal([]);
      expect(servicesOf(registry, 'analytics')).to.deep.equal([]);
    });

    it('names the category of a category or service id, nothing for an unknown one', () => {
      expect(categoryOf(withServices, 'analytics')).to.equal('analytics');
      expect(categoryOf(withServices, 'youtube')).to.equal('marketing');
      expect(categoryOf(withServices, 'ghost')).to.equal(undefined);
      expect(categoryOf(withServices, '!analytics')).to.equal(undefined);
      expect(categoryOf(withServices, 'constructor')).to.equal(undefined);
    });
  });

  describe('createDecision', () => {
    it('lists every category and every service', () => {
      expect(decide({ analytics: true })).to.deep.equal({
        id: 'an-id',
        revision,
        categories: { necessary: true, analytics: true, marketing: false, video: false },
        services: { portal: true, matomo: true, 'google-analytics': true, youtube: false, map: false },
        decidedAt: '2026-11-22T10:00:00.000Z',
      });
    });

    it('sets every service of a chosen category', () => {
      expect(decide({ marketing: true }).services).to.include({ youtube: true, map: true });
      expect(decide({ marketing: false }).services).to.include({ youtube: false, map: false });
    });

    it("lets a service's own choice win over its category's", () => {
      const decision = decide({ analytics: true, 'google-analytics': false });
      expect(decision.services).to.include({ matomo: true, 'google-analytics': false });
    });

    it('grants a category with services exactly when all of them are granted', () => {
      expect(decide({ matomo: true }).categories.analytics).to.equal(false);
      expect(decide({ matomo: true, 'google-analytics': true }).categories.analytics).to.equal(true);
      expect(decide({ analytics: true, matomo: false }).categories.analytics).to.equal(false);
    });

    it('keeps the services of a required category on', () => {
      expect(decide({ portal: false, necessary: false }).services!.portal).to.equal(true);
    });

    it('refuses services that the choices do not name, and drops unknown ids', () => {
      const decision = decide({ ghost: true, youtube: true });
      expect(decision.services).to.deep.equal({
        portal: true,
        matomo: false,
        'google-analytics': false,
        youtube: true,
        map: false,
      });
      expect(decision.categories).not.to.have.property('ghost');
      expect(decision.categories).not.to.have.property('youtube');
    });

    it('writes no services key when the registry has none', () => {
      expect(createDecision(registry, { analytics: true }, revision, NOW, 'x')).not.to.have.property('services');
      expect(createDecision({ ...registry, services: [] }, {}, revision, NOW, 'x')).not.to.have.property('services');
    });

    it('makes a decision that isValidDecision accepts', () => {
      expect(valid(decide({ analytics: true, youtube: true }))).to.equal(true);
    });
  });

  describe('effectiveDecision', () => {
    it('keeps the id, revision and date of the decision it reads', () => {
      const stored = makeDecision({ services: { matomo: true } });
      const { id, revision: storedRevision, decidedAt } = effectiveDecision(withServices, stored);
      expect({ id, revision: storedRevision, decidedAt }).to.deep.equal({
        id: stored.id,
        revision: stored.revision,
        decidedAt: stored.decidedAt,
      });
    });

    it('refuses a category with services from a decision stored before it had them', () => {
      const old = makeDecision({ categories: { necessary: true, analytics: true, marketing: true, video: true } });
      const decision = effectiveDecision(withServices, old);
      expect(decision.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false, video: true });
      expect(decision.services).to.deep.equal({
        portal: true,
        matomo: false,
        'google-analytics': false,
        youtube: false,
        map: false,
      });
    });

    it('derives a category from its services, whatever the stored category says', () => {
      const stored = makeDecision({
        categories: { analytics: true, marketing: false },
        services: { matomo: true, 'google-analytics': false, youtube: true, map: true },
      });
      expect(effectiveDecision(withServices, stored).categories).to.include({ analytics: false, marketing: true });
    });

    it('refuses a service the decision does not mention and drops the ones the registry does not know', () => {
      const stored = makeDecision({ services: { youtube: true, vimeo: true } });
      expect(effectiveDecision(withServices, stored).services).to.deep.equal({
        portal: true,
        matomo: false,
        'google-analytics': false,
        youtube: true,
        map: false,
      });
    });

    it('drops services when the registry no longer has any', () => {
      const stored = makeDecision({ services: { matomo: true } });
      expect(effectiveDecision(registry, stored)).to.deep.equal(makeDecision());
    });
  });

  describe('applyChoices', () => {
    const current = createDecision(withServices, { analytics: true, youtube: true }, revision, NOW, 'current');

    it('keeps what the current decision allowed for every id not named', () => {
      const next = createDecision(withServices, applyChoices(withServices, current, { map: true }), revision, NOW, 'n');
      expect(next.services).to.deep.equal({ portal: true, matomo: true, 'google-analytics': true, youtube: true, map: true });
      expect(next.categories).to.include({ analytics: true, marketing: true });
    });

    it('sets every service of a named category, then a named service on its own', () => {
      const choices = applyChoices(withServices, current, { analytics: false, matomo: true });
      const next = createDecision(withServices, choices, revision, NOW, 'n');
      expect(next.services).to.include({ matomo: true, 'google-analytics': false, youtube: true });
      expect(next.categories.analytics).to.equal(false);
    });

    it('refuses what is not named when there is no decision yet', () => {
      const next = createDecision(withServices, applyChoices(withServices, null, { youtube: true }), revision, NOW, 'n');
      expect(next.services).to.deep.equal({ portal: true, matomo: false, 'google-analytics': false, youtube: true, map: false });
      expect(next.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false, video: false });
    });

    it('ignores ids the registry does not know and values that are not booleans', () => {
      const choices = applyChoices(withServices, null, { ghost: true, matomo: 'yes' } as unknown as Record<string, boolean>);
      expect(choices).to.deep.equal({});
    });
  });

  describe('isGranted and isRefused', () => {
    const decision = createDecision(withServices, { matomo: true, marketing: true }, revision, NOW, 'x');

    it('grants a service only when the decision allows it', () => {
      expect(isGranted(decision, withServices, 'matomo')).to.equal(true);
      expect(isGranted(decision, withServices, 'google-analytics')).to.equal(false);
      expect(isGranted(null, withServices, 'matomo')).to.equal(false);
    });

    it('grants a category with services only when all of them are, whatever its stored value', () => {
      expect(isGranted(decision, withServices, 'analytics')).to.equal(false);
      expect(isGranted(decision, withServices, 'marketing')).to.equal(true);
      const forged = { ...decision, categories: { ...decision.categories, analytics: true } };
      expect(isGranted(forged, withServices, 'analytics')).to.equal(false);
    });

    it('grants the services of a required category without a decision', () => {
      expect(isGranted(null, withServices, 'portal')).to.equal(true);
    });

    it('refuses a category with services from an old decision without services', () => {
      const old = makeDecision({ categories: { analytics: true } });
      expect(isGranted(old, withServices, 'analytics')).to.equal(false);
      expect(isGranted(old, withServices, 'matomo')).to.equal(false);
    });

    it('never grants an unknown id, nor one written with "!"', () => {
      expect(isGranted(decision, withServices, 'ghost')).to.equal(false);
      expect(isGranted(decision, withServices, '!matomo')).to.equal(false);
    });

    it('says refused only when a decision exists and does not grant a known id', () => {
      expect(isRefused(decision, withServices, 'google-analytics')).to.equal(true);
      expect(isRefused(decision, withServices, 'analytics')).to.equal(true);
      expect(isRefused(decision, withServices, 'matomo')).to.equal(false);
      expect(isRefused(decision, withServices, 'marketing')).to.equal(false);
      expect(isRefused(null, withServices, 'analytics'), 'no decision yet').to.equal(false);
      expect(isRefused(decision, withServices, 'ghost'), 'unknown id').to.equal(false);
      expect(isRefused(decision, withServices, 'necessary'), 'required').to.equal(false);
      expect(isRefused(decision, withServices, 'portal'), 'service of a required category').to.equal(false);
      expect(isRefused(makeDecision(), registry, 'marketing'), 'without services').to.equal(true);
    });
  });
});

describe('randomId', () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('returns a fresh v4 UUID each time', () => {
    const first = randomId();
    expect(first).to.match(uuid);
    expect(randomId()).not.to.equal(first);
  });

  it('builds a v4 UUID from getRandomValues where randomUUID is missing (plain http)', () => {
    const fill = { getRandomValues: (array: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(array) };
    const id = randomId(fill);
    expect(id).to.match(uuid);
    expect(randomId(fill)).not.to.equal(id);
    const zeros = { getRandomValues: (array: Uint8Array<ArrayBuffer>) => array };
    expect(randomId(zeros)).to.equal('00000000-0000-4000-8000-000000000000');
  });
});

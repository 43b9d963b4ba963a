import { expect } from '@open-wc/testing';
import { createDecision, isGranted, isValidDecision, randomId } from '../../src/consent/decision.js';
import { DAY, NOW, makeDecision, makeRegistry } from './fakes.js';

const { revision, categories } = makeRegistry();
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
});

describe('createDecision', () => {
  const decision = createDecision(categories, { analytics: true, marketing: false, unknown: true }, revision, NOW, 'an-id');

  it('lists every registry category, required ones on, others only when chosen', () => {
    expect(decision).to.deep.equal({
      id: 'an-id',
      revision,
      categories: { necessary: true, analytics: true, marketing: false, video: false },
      decidedAt: '2026-11-22T10:00:00.000Z',
    });
  });

  it('keeps required categories on even when the choice refuses them', () => {
    expect(createDecision(categories, { necessary: false }, revision, NOW, 'x').categories.necessary).to.equal(true);
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
    expect(isGranted(null, categories, 'necessary')).to.equal(true);
    expect(isGranted(makeDecision({ categories: { necessary: false } }), categories, 'necessary')).to.equal(true);
  });

  it('grants an optional category only when the decision allows it', () => {
    expect(isGranted(decision, categories, 'analytics')).to.equal(true);
    expect(isGranted(decision, categories, 'marketing')).to.equal(false);
    expect(isGranted(null, categories, 'analytics')).to.equal(false);
  });

  it('refuses a category the decision does not mention', () => {
    expect(isGranted(makeDecision({ categories: {} }), categories, 'analytics')).to.equal(false);
  });

  it('refuses a category the registry does not know, even when the decision allows it', () => {
    expect(isGranted(makeDecision({ categories: { ghost: true } }), categories, 'ghost')).to.equal(false);
    expect(isGranted(decision, categories, 'constructor')).to.equal(false);
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

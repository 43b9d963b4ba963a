// Its own file: the gate creates its Trusted Types policy once per page, and each test file gets a
// fresh page, so nothing has created it before these tests.
import { expect } from '@open-wc/testing';
import { ScriptGate } from '../../src/gating/script-gate.js';
import { activated, gatedScript, grantedSet, hitUrl, page, ran, recordInline, uniqueKey } from './helpers.js';

interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

describe('ScriptGate with Trusted Types available', () => {
  const factory = (window as unknown as { trustedTypes: PolicyFactory }).trustedTypes;
  const names: string[] = [];
  const original = factory.createPolicy;

  before(() => {
    factory.createPolicy = function (name, rules) {
      names.push(name);
      return original.call(this, name, rules);
    };
  });

  after(() => {
    // The own property shadowed the prototype's method: deleting it restores the real one.
    delete (factory as Partial<PolicyFactory>).createPolicy;
  });

  beforeEach(() => {
    window.__ran = [];
  });

  it('creates no policy while no gated script has run', async () => {
    const gate = new ScriptGate(grantedSet(new Set()));
    await page(gatedScript('analytics', { text: recordInline('inline') }));
    gate.start();
    await gate.idle();
    gate.stop();

    expect(names).to.deep.equal([]);
  });

  it('creates one policy named "cookie-policy" for the whole page and runs scripts through it', async () => {
    const key = uniqueKey();
    const container = await page(
      gatedScript('analytics', { src: hitUrl(key, 'tag.js') }),
      gatedScript('analytics', { text: recordInline('inline') }),
    );
    const first = new ScriptGate(grantedSet(new Set(['analytics'])));
    first.start();
    await first.idle();
    first.stop();

    container.append(gatedScript('analytics', { text: recordInline('second gate') }));
    const second = new ScriptGate(grantedSet(new Set(['analytics'])));
    second.start();
    await second.idle();
    second.stop();

    expect(names).to.deep.equal(['cookie-policy']);
    expect(ran()).to.deep.equal(['tag.js', 'inline', 'second gate']);
    expect(activated(container)).to.have.length(3);
  });
});

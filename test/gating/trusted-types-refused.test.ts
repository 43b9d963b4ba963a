// Its own file: the gate remembers for the rest of the page that its Trusted Types policy was
// refused, and each test file gets a fresh page.
import { expect } from '@open-wc/testing';
import { ScriptGate } from '../../src/gating/script-gate.js';
import { gatedIframe, gatedScript, grantedSet, page, ran, recordInline } from './helpers.js';

interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

describe('ScriptGate when the page refuses its Trusted Types policy', () => {
  const factory = (window as unknown as { trustedTypes: PolicyFactory }).trustedTypes;
  const consoleError = console.error;
  const errors: unknown[][] = [];

  before(() => {
    // What Chromium does when the trusted-types directive does not list the name.
    factory.createPolicy = (name) => {
      throw new TypeError(`Failed to execute 'createPolicy': Policy "${name}" disallowed.`);
    };
    console.error = (...args: unknown[]) => errors.push(args);
  });

  after(() => {
    delete (factory as Partial<PolicyFactory>).createPolicy;
    console.error = consoleError;
  });

  it('runs no script, says why once, and still loads granted iframes', async () => {
    window.__ran = [];
    const script = gatedScript('analytics', { text: recordInline('inline') });
    const iframe = gatedIframe('analytics', 'about:blank');
    await page(script, gatedScript('analytics', { text: recordInline('second') }), iframe);
    const gate = new ScriptGate(grantedSet(new Set(['analytics'])));

    gate.start();
    await gate.idle();
    gate.update();
    await gate.idle();
    gate.stop();

    expect(ran()).to.deep.equal([]);
    expect(script.isConnected).to.equal(true);
    expect(script.type).to.equal('text/plain');
    expect(iframe.getAttribute('src')).to.equal('about:blank');
    expect(errors).to.have.length(1);
    expect(String(errors[0][0])).to.contain('"cookie-policy"');
  });
});

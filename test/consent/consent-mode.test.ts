import { expect } from '@open-wc/testing';
import { type GtagWindow, consentSignals, gtagConsent } from '../../src/consent/consent-mode.js';
import { makeRegistry } from './fakes.js';
import type { Category } from '../../src/registry/types.js';

const isArguments = (value: unknown) => Object.prototype.toString.call(value) === '[object Arguments]';

describe('gtagConsent', () => {
  it('calls the page gtag when there is one', () => {
    const calls: unknown[][] = [];
    const win: GtagWindow = { gtag: (...args: unknown[]) => calls.push(args), dataLayer: [] };
    gtagConsent('update', { analytics_storage: 'granted' }, win);
    expect(calls).to.deep.equal([['consent', 'update', { analytics_storage: 'granted' }]]);
    expect(win.dataLayer).to.deep.equal([]);
  });

  it('creates dataLayer and pushes a real arguments object when there is no gtag', () => {
    const win: GtagWindow = {};
    gtagConsent('default', { ad_storage: 'denied', wait_for_update: 500 }, win);
    expect(win.dataLayer).to.have.length(1);
    const [entry] = win.dataLayer! as IArguments[];
    expect(isArguments(entry)).to.equal(true);
    expect([...entry]).to.deep.equal(['consent', 'default', { ad_storage: 'denied', wait_for_update: 500 }]);
  });

  it('appends to an existing dataLayer, after what the page queued', () => {
    const win: GtagWindow = { dataLayer: [{ event: 'gtm.js' }] };
    gtagConsent('default', {}, win);
    gtagConsent('update', {}, win);
    expect(win.dataLayer).to.have.length(3);
    expect(win.dataLayer!.slice(1).every(isArguments)).to.equal(true);
    expect((win.dataLayer![2] as IArguments)[1]).to.equal('update');
  });

  it('uses the real window by default', () => {
    const win = window as GtagWindow;
    const saved = win.dataLayer;
    win.dataLayer = [];
    try {
      gtagConsent('update', { analytics_storage: 'granted' });
      expect(isArguments(win.dataLayer[0])).to.equal(true);
    } finally {
      win.dataLayer = saved;
    }
  });
});

describe('consentSignals', () => {
  const { categories } = makeRegistry();

  it('lists every mapped signal, denied when nothing is granted', () => {
    expect(consentSignals(categories, () => false)).to.deep.equal({
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });

  it('grants a signal shared by several categories when any of them is granted', () => {
    expect(consentSignals(categories, (id) => id === 'video').ad_storage).to.equal('granted');
    expect(consentSignals(categories, (id) => id === 'marketing').ad_storage).to.equal('granted');
    expect(consentSignals(categories, (id) => id === 'video').ad_user_data).to.equal('denied');
  });

  it('is empty for a registry mapping no signal', () => {
    const necessary: Category = { id: 'necessary', required: true, title: 'N' };
    expect(consentSignals([necessary], () => true)).to.deep.equal({});
  });
});

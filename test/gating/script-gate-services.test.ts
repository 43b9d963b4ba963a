import { expect, oneEvent } from '@open-wc/testing';
import { type Decision, createDecision } from '../../src/consent/decision.js';
import { ScriptGate, readGateMark } from '../../src/gating/script-gate.js';
import { makeServiceRegistry } from '../consent/fakes.js';
import {
  activated,
  decisionConsent,
  gatedIframe,
  gatedScript,
  hits,
  hitUrl,
  page,
  quietPeriod,
  ran,
  recordInline,
  uniqueKey,
} from './helpers.js';

// The registry: necessary (required; service portal), analytics (matomo, google-analytics),
// marketing (youtube, map), video (no service).
const registry = makeServiceRegistry();

/** A gated element with the given marks (`category`, `service`; either may be left out). */
function marked<T extends HTMLElement>(element: T, { category, service }: { category?: string; service?: string }): T {
  if (category !== undefined) element.dataset.cookieCategory = category;
  if (service !== undefined) element.dataset.cookieService = service;
  return element;
}

/** A gated inline script recording `name`, with the given marks. */
const script = (name: string, marks: { category?: string; service?: string }) => {
  const element = gatedScript('', { text: recordInline(name) });
  delete element.dataset.cookieCategory;
  return marked(element, marks);
};

/** A gated `<template>` holding `html`, with the given marks. */
function template(html: string, marks: { category?: string; service?: string }): HTMLTemplateElement {
  const element = document.createElement('template');
  // Test markup only, never visitor input.
  element.innerHTML = html;
  return marked(element, marks);
}

describe('ScriptGate with services, templates and refusal gates', () => {
  let key: string;
  let decision: Decision | null;
  let gate: ScriptGate;

  /** Makes `choices` the current decision (as the store would) and lets the gate act on it. */
  async function decide(choices: Record<string, boolean>) {
    decision = createDecision(registry, choices, registry.revision, Date.now(), uniqueKey());
    gate.update();
    await gate.idle();
  }

  async function start() {
    gate.start();
    await gate.idle();
  }

  beforeEach(() => {
    key = uniqueKey();
    decision = null;
    gate = new ScriptGate(decisionConsent(registry, () => decision));
    window.__ran = [];
  });

  afterEach(async () => {
    gate.stop();
    await gate.idle();
  });

  describe('data-cookie-service', () => {
    it('runs an element gated on a service once that service is granted, whatever its sibling service', async () => {
      await page(
        script('matomo', { service: 'matomo' }),
        script('ga', { service: 'google-analytics' }),
        script('analytics', { category: 'analytics' }),
      );
      await start();

      await decide({ matomo: true });
      expect(ran()).to.deep.equal(['matomo']);

      await decide({ matomo: true, 'google-analytics': true });
      expect(ran()).to.deep.equal(['matomo', 'ga', 'analytics']);
    });

    it('runs an element gated on a category with services only when all of them are granted', async () => {
      await page(script('analytics', { category: 'analytics' }));
      await start();
      await decide({ analytics: true, 'google-analytics': false });
      expect(ran()).to.deep.equal([]);
      await decide({ analytics: true });
      expect(ran()).to.deep.equal(['analytics']);
    });

    it("lets the service decide when the element also names the service's own category", async () => {
      await page(script('youtube', { category: 'marketing', service: 'youtube' }));
      await start();
      await decide({ youtube: true });
      expect(ran()).to.deep.equal(['youtube']);
    });

    it('never runs an element whose category is not its service’s own, even with everything granted', async () => {
      const iframe = marked(gatedIframe('analytics', hitUrl(key, 'frame.js')), { service: 'youtube' });
      await page(script('mismatch', { category: 'analytics', service: 'youtube' }), iframe);
      await start();
      await decide({ analytics: true, marketing: true, video: true });
      await quietPeriod();
      expect(ran()).to.deep.equal([]);
      expect(iframe.hasAttribute('src')).to.equal(false);
      expect(await hits(key)).to.deep.equal({});
    });

    it('never runs an unknown id, a service id as a category or a category id as a service', async () => {
      await page(
        script('unknown service', { service: 'vimeo' }),
        script('unknown category', { category: 'ads' }),
        script('service as category', { category: 'matomo' }),
        script('category as service', { service: 'analytics' }),
        script('prototype key', { service: 'constructor' }),
      );
      await start();
      await decide({ analytics: true, marketing: true, video: true });
      expect(ran()).to.deep.equal([]);
    });

    it('runs the services of a required category before any decision', async () => {
      await page(script('portal', { service: 'portal' }));
      await start();
      expect(ran()).to.deep.equal(['portal']);
    });
  });

  describe('<template>', () => {
    it('keeps its content out of the page, and off the network, until it is allowed', async () => {
      const gated = template(`<img src="${hitUrl(key, 'pixel.js')}" alt="">`, { service: 'youtube' });
      const container = await page(gated);
      await start();
      await decide({ matomo: true });
      await quietPeriod();
      expect(container.querySelector('img')).to.equal(null);
      expect(await hits(key)).to.deep.equal({});

      await decide({ youtube: true });
      const image = container.querySelector('img')!;
      expect([...container.children]).to.deep.equal([image]);
      expect(gated.isConnected).to.equal(false);
      if (!image.complete) await Promise.race([oneEvent(image, 'load'), oneEvent(image, 'error')]);
      expect(await hits(key)).to.deep.equal({ 'pixel.js': 1 });
    });

    it('runs its scripts in document order with the other gated scripts, an external one finishing first', async () => {
      await page(
        script('before', { category: 'analytics' }),
        template(`<script>${recordInline('inside 1')}</script><script src="${hitUrl(key, 'slow.js', 200)}"></script>`, {
          category: 'analytics',
        }),
        script('after', { category: 'analytics' }),
      );
      await start();
      await decide({ analytics: true });
      expect(ran()).to.deep.equal(['before', 'inside 1', 'slow.js', 'after']);
    });

    it('runs each of its scripts once, however often the gate is updated', async () => {
      const container = await page(template(`<script>${recordInline('inside')}</script>`, { service: 'map' }));
      await start();
      await decide({ map: true });
      await decide({ map: true, youtube: true });
      gate.update();
      await gate.idle();
      expect(ran()).to.deep.equal(['inside']);
      expect(activated(container)).to.have.length(1);
    });

    it('keeps the type of a module script, and leaves data blocks and separately gated scripts to themselves', async () => {
      const container = await page(
        template(
          `<script type="application/json">{"a":1}</script><script type="text/plain">not code</script>` +
            '<script type="module">/* a module */</script>' +
            `<script type="text/plain" data-cookie-service="youtube">${recordInline('youtube')}</script>`,
          { service: 'matomo' },
        ),
      );
      await start();
      await decide({ matomo: true });
      expect(container.querySelector('script[type="application/json"]')!.textContent).to.equal('{"a":1}');
      expect(container.querySelector('script[type="text/plain"]:not([data-cookie-service])')!.textContent).to.equal('not code');
      expect(activated(container).map(({ type }) => type)).to.deep.equal(['module']);
      await decide({ matomo: true, youtube: true });
      expect(ran()).to.deep.equal(['youtube']);
    });

    it('is handled when added to the page later, nested templates included', async () => {
      const container = await page();
      await start();
      await decide({ marketing: true });
      const outer = template(
        `<template data-cookie-service="map"><script>${recordInline('nested')}</script></template>`,
        { service: 'youtube' },
      );
      container.append(outer);
      await gate.idle();
      expect(ran()).to.deep.equal(['nested']);
      expect(container.querySelector('template')).to.equal(null);
    });
  });

  describe('refusal gates ("!id")', () => {
    it('never run before a decision exists', async () => {
      await page(script('cookieless', { category: '!analytics' }), script('opt-out', { service: '!youtube' }));
      await start();
      await quietPeriod(50);
      expect(ran()).to.deep.equal([]);
    });

    it('run once when a decision refuses the id, and not again after later decisions', async () => {
      await page(script('cookieless', { category: '!analytics' }));
      await start();
      await decide({ analytics: true });
      expect(ran()).to.deep.equal([]);

      await decide({ analytics: false });
      expect(ran()).to.deep.equal(['cookieless']);

      await decide({ analytics: true });
      await decide({ analytics: false });
      expect(ran()).to.deep.equal(['cookieless']);
    });

    it('run at start-up when the decision already there refuses the id', async () => {
      decision = createDecision(registry, { marketing: true }, registry.revision, Date.now(), 'stored');
      await page(script('cookieless', { category: '!analytics' }), script('no', { category: '!marketing' }));
      await start();
      expect(ran()).to.deep.equal(['cookieless']);
    });

    it('gate on a service or on its category: a category is refused as soon as one service is', async () => {
      await page(
        script('category refused', { category: '!analytics' }),
        script('ga refused', { service: '!google-analytics' }),
        script('matomo refused', { service: '!matomo' }),
        script('both written', { category: '!analytics', service: '!google-analytics' }),
      );
      await start();
      await decide({ matomo: true });
      expect(ran()).to.deep.equal(['category refused', 'ga refused', 'both written']);
    });

    it('never run for an unknown id, a required category or its services, or a mismatched category', async () => {
      await page(
        script('unknown', { category: '!ads' }),
        script('required', { category: '!necessary' }),
        script('required service', { service: '!portal' }),
        script('mismatch', { category: 'analytics', service: '!google-analytics' }),
      );
      await start();
      await decide({});
      expect(ran()).to.deep.equal([]);
    });

    it('insert a template’s content when refused', async () => {
      const container = await page(template(`<p>Cookieless</p><script>${recordInline('cookieless')}</script>`, { category: '!analytics' }));
      await start();
      await decide({});
      expect(container.querySelector('p')!.textContent).to.equal('Cookieless');
      expect(ran()).to.deep.equal(['cookieless']);
    });

    it('never load an iframe', async () => {
      const iframe = marked(gatedIframe('', hitUrl(key, 'frame.js')), { category: '!marketing' });
      await page(iframe);
      await start();
      await decide({});
      expect(iframe.hasAttribute('src')).to.equal(false);
    });

    it('keep document order with the other gated scripts', async () => {
      await page(
        script('ga', { service: 'google-analytics' }),
        script('no matomo', { service: '!matomo' }),
        script('analytics', { category: 'analytics' }),
      );
      await start();
      await decide({ 'google-analytics': true });
      expect(ran()).to.deep.equal(['ga', 'no matomo']);
    });
  });

  describe('iframes on withdrawal', () => {
    it('unloads an embed when its service is turned off, and loads it again on a new grant', async () => {
      const iframe = marked(gatedIframe('', hitUrl(key, 'frame.js')), { service: 'youtube' });
      delete iframe.dataset.cookieCategory;
      await page(iframe);
      await start();

      let loaded = oneEvent(iframe, 'load');
      await decide({ youtube: true });
      await loaded;
      expect(iframe.contentDocument!.URL).to.match(/frame\.js$/);

      loaded = oneEvent(iframe, 'load');
      await decide({ youtube: false });
      await loaded;
      expect(iframe.hasAttribute('src')).to.equal(false);
      expect(iframe.hasAttribute('data-cookie-policy-activated')).to.equal(false);
      expect(iframe.contentDocument!.URL).to.equal('about:blank');

      loaded = oneEvent(iframe, 'load');
      await decide({ youtube: true });
      await loaded;
      expect(iframe.getAttribute('src')).to.equal(hitUrl(key, 'frame.js'));
      expect(await hits(key)).to.deep.equal({ 'frame.js': 2 });
    });

    it('leaves an embed loaded while what allows it stays on', async () => {
      const iframe = marked(gatedIframe('marketing', hitUrl(key, 'frame.js')), {});
      await page(iframe);
      await start();
      await decide({ marketing: true });
      await decide({ marketing: true, analytics: true });
      expect(iframe.getAttribute('src')).to.equal(hitUrl(key, 'frame.js'));
    });
  });
});

describe('readGateMark', () => {
  const categories = new Map([
    ['analytics', 'analytics'],
    ['matomo', 'analytics'],
    ['marketing', 'marketing'],
    ['youtube', 'marketing'],
  ]);
  const read = (attributes: Record<string, string>, tag = 'script') => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(`data-cookie-${name}`, value);
    return readGateMark(element, (id) => categories.get(id));
  };

  it('reads the deciding id and whether it is a refusal gate', () => {
    expect(read({ category: 'analytics' })).to.deep.equal({ id: 'analytics', refusal: false, problem: '' });
    expect(read({ service: 'matomo', category: 'analytics' })).to.deep.equal({ id: 'matomo', refusal: false, problem: '' });
    expect(read({ category: '!analytics' })).to.deep.equal({ id: 'analytics', refusal: true, problem: '' });
    expect(read({ service: '!youtube', category: '!marketing' })).to.deep.equal({ id: 'youtube', refusal: true, problem: '' });
  });

  it('says why a markup error never runs', () => {
    expect(read({ category: 'ads' }).problem).to.equal('unknown category "ads"');
    expect(read({ category: 'matomo' }).problem).to.equal('unknown category "matomo"');
    expect(read({ service: 'analytics' }).problem).to.equal('unknown service "analytics"');
    expect(read({ service: '!vimeo' }).problem).to.equal('unknown service "vimeo"');
    expect(read({ service: 'youtube', category: 'analytics' }).problem).to.equal(
      'service "youtube" is of category "marketing"',
    );
    expect(read({ service: '!youtube', category: 'marketing' }).problem).to.equal(
      'service "youtube" is of category "!marketing"',
    );
    expect(read({ category: '!marketing' }, 'iframe').problem).to.equal('"!" gates scripts and templates only');
  });
});

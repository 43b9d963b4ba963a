import { expect, oneEvent } from '@open-wc/testing';
import { ScriptGate } from '../../src/gating/script-gate.js';
import {
  activated,
  gatedIframe,
  gatedScript,
  grantedSet,
  hits,
  hitUrl,
  page,
  quietPeriod,
  ran,
  recordInline,
  uniqueKey,
} from './helpers.js';

describe('ScriptGate', () => {
  let key: string;
  let granted: Set<string>;
  let gate: ScriptGate;

  beforeEach(() => {
    key = uniqueKey();
    granted = new Set();
    gate = new ScriptGate(grantedSet(granted));
    window.__ran = [];
  });

  afterEach(async () => {
    gate.stop();
    await gate.idle();
  });

  describe('while a category is not granted', () => {
    it('leaves its scripts and iframes untouched and the network never sees them', async () => {
      const external = gatedScript('analytics', { src: hitUrl(key, 'tag.js') });
      const inline = gatedScript('analytics', { text: recordInline('inline') });
      const iframe = gatedIframe('analytics', hitUrl(key, 'frame.js'));
      const container = await page(external, inline, iframe);
      granted.add('marketing');

      gate.start();
      gate.update();
      await gate.idle();
      await quietPeriod();

      expect([...container.children]).to.deep.equal([external, inline, iframe]);
      expect(external.type).to.equal('text/plain');
      expect(iframe.hasAttribute('src')).to.equal(false);
      expect(activated(container)).to.deep.equal([]);
      expect(ran()).to.deep.equal([]);
      expect(await hits(key)).to.deep.equal({});
    });

    it('treats an isGranted that throws as not granted', async () => {
      const script = gatedScript('analytics', { text: recordInline('inline') });
      await page(script);
      gate = new ScriptGate({
        ...grantedSet(granted),
        isGranted: () => {
          throw new Error('no registry yet');
        },
      });

      gate.start();
      await gate.idle();

      expect(script.isConnected).to.equal(true);
      expect(ran()).to.deep.equal([]);
    });

    it('activates nothing before start()', async () => {
      await page(gatedScript('analytics', { text: recordInline('inline') }));
      granted.add('analytics');

      gate.update();
      await gate.idle();

      expect(ran()).to.deep.equal([]);
    });
  });

  describe('after a grant', () => {
    it('runs the scripts and loads the iframes of that category once update() is called', async () => {
      const iframe = gatedIframe('analytics', hitUrl(key, 'frame.js'));
      const other = gatedIframe('video', hitUrl(key, 'video.js'));
      const container = await page(
        gatedScript('analytics', { src: hitUrl(key, 'tag.js') }),
        gatedScript('analytics', { text: recordInline('inline') }),
        iframe,
        other,
      );
      gate.start();
      await gate.idle();
      expect(ran()).to.deep.equal([]);

      granted.add('analytics');
      gate.update();
      const loaded = oneEvent(iframe, 'load');
      await gate.idle();
      await loaded;

      expect(ran()).to.deep.equal(['tag.js', 'inline']);
      expect(activated(container)).to.have.length(2);
      expect(iframe.getAttribute('src')).to.equal(hitUrl(key, 'frame.js'));
      expect(iframe.hasAttribute('data-cookie-policy-activated')).to.equal(true);
      // Loaded out of the document for a moment, it is the same element back in its place.
      expect(iframe.parentElement).to.equal(container);
      expect(iframe.nextElementSibling).to.equal(other);
      expect(other.hasAttribute('src')).to.equal(false);
      expect(await hits(key)).to.deep.equal({ 'tag.js': 1, 'frame.js': 1 });
    });

    it('runs scripts in document order, an external one finishing before the next starts', async () => {
      await page(
        gatedScript('analytics', { src: hitUrl(key, 'slow.js', 300) }),
        gatedScript('analytics', { text: recordInline('inline') }),
        gatedScript('analytics', { src: hitUrl(key, 'fast.js') }),
      );
      granted.add('analytics');

      gate.start();
      await gate.idle();

      expect(ran()).to.deep.equal(['slow.js', 'inline', 'fast.js']);
    });

    it('keeps document order across categories granted together', async () => {
      await page(
        gatedScript('analytics', { src: hitUrl(key, 'a.js', 200) }),
        gatedScript('marketing', { text: recordInline('m') }),
        gatedScript('analytics', { text: recordInline('a') }),
      );
      granted.add('analytics').add('marketing');

      gate.start();
      await gate.idle();

      expect(ran()).to.deep.equal(['a.js', 'm', 'a']);
    });

    it('runs each element exactly once, however often start() and update() are called', async () => {
      const container = await page(
        gatedScript('analytics', { src: hitUrl(key, 'slow.js', 100) }),
        gatedScript('analytics', { text: recordInline('inline') }),
        gatedScript('analytics', { src: hitUrl(key, 'tag.js') }),
      );
      granted.add('analytics');

      gate.start();
      gate.start();
      for (let i = 0; i < 5; i++) gate.update();
      await gate.idle();
      gate.update();
      gate.start();
      await gate.idle();

      expect(ran()).to.deep.equal(['slow.js', 'inline', 'tag.js']);
      expect(activated(container)).to.have.length(3);
      expect(await hits(key)).to.deep.equal({ 'slow.js': 1, 'tag.js': 1 });
    });

    it('runs a script once when it is moved while waiting its turn, or put back after running', async () => {
      const moved = gatedScript('analytics', { text: recordInline('moved') });
      const elsewhere = document.createElement('section');
      const container = await page(gatedScript('analytics', { src: hitUrl(key, 'slow.js', 200) }), moved, elsewhere);
      granted.add('analytics');

      gate.start();
      elsewhere.append(moved);
      await gate.idle();
      expect(ran()).to.deep.equal(['slow.js', 'moved']);

      // The original left the page when its copy replaced it; bringing it back must not rerun it.
      container.append(moved);
      await gate.idle();
      gate.update();
      await gate.idle();

      expect(ran()).to.deep.equal(['slow.js', 'moved']);
    });
  });

  describe('the executable copy', () => {
    it('carries the nonce over from the nonce property', async () => {
      const script = gatedScript('analytics', { text: recordInline('inline') });
      script.nonce = 'abc';
      const container = await page(script);
      granted.add('analytics');

      gate.start();
      await gate.idle();

      const [copy] = activated(container);
      expect(copy.nonce).to.equal('abc');
    });

    it('carries every other attribute over, drops type and data-type, and marks itself', async () => {
      const src = hitUrl(key, 'tag.js');
      const container = await page(
        gatedScript('analytics', {
          src,
          attributes: { id: 'tag', async: '', crossorigin: 'anonymous', 'data-site': 'twisto', 'data-type': '' },
        }),
      );
      granted.add('analytics');

      gate.start();
      await gate.idle();

      const [copy] = activated(container);
      expect(copy.id).to.equal('tag');
      expect(copy.hasAttribute('async')).to.equal(true);
      expect(copy.getAttribute('crossorigin')).to.equal('anonymous');
      expect(copy.dataset.site).to.equal('twisto');
      expect(copy.dataset.cookieCategory).to.equal('analytics');
      expect(copy.getAttribute('src')).to.equal(src);
      expect(copy.hasAttribute('type')).to.equal(false);
      expect(copy.hasAttribute('data-type')).to.equal(false);
      expect(copy.getAttribute('data-cookie-policy-activated')).to.equal('');
      expect(ran()).to.deep.equal(['tag.js']);
    });

    it('takes its type from data-type, so a module runs as a module', async () => {
      const container = await page(
        gatedScript('analytics', { src: hitUrl(key, 'module.js'), attributes: { 'data-type': 'module' } }),
        gatedScript('analytics', { text: recordInline('after') }),
      );
      granted.add('analytics');

      gate.start();
      await gate.idle();

      const [copy] = activated(container);
      expect(copy.type).to.equal('module');
      expect(ran()).to.deep.equal(['module.js', 'after']);
    });

    it('is not activated again when data-type keeps it inert', async () => {
      const container = await page(
        gatedScript('analytics', { text: recordInline('template'), attributes: { 'data-type': 'text/plain' } }),
      );
      granted.add('analytics');

      gate.start();
      await gate.idle();
      gate.update();
      await gate.idle();

      const copies = container.querySelectorAll('script');
      expect(copies).to.have.length(1);
      expect(copies[0].type).to.equal('text/plain');
      expect(copies[0].hasAttribute('data-cookie-policy-activated')).to.equal(true);
      expect(ran()).to.deep.equal([]);
    });

    it('does not wait for an external script of a type the browser never loads', async () => {
      await page(
        gatedScript('analytics', { src: hitUrl(key, 'template.js'), attributes: { 'data-type': 'text/x-template' } }),
        gatedScript('analytics', { text: recordInline('after') }),
      );
      granted.add('analytics');

      gate.start();
      await gate.idle();

      expect(ran()).to.deep.equal(['after']);
    });
  });

  describe('elements added later', () => {
    it('are left alone while not granted and run once granted', async () => {
      const container = await page();
      gate.start();

      container.append(gatedScript('analytics', { src: hitUrl(key, 'late.js') }));
      await gate.idle();
      await quietPeriod();
      expect(ran()).to.deep.equal([]);
      expect(await hits(key)).to.deep.equal({});

      granted.add('analytics');
      gate.update();
      await gate.idle();
      expect(ran()).to.deep.equal(['late.js']);
    });

    it('run as soon as they are added when already granted, nested ones included', async () => {
      const container = await page();
      granted.add('analytics');
      gate.start();

      const wrapper = document.createElement('div');
      wrapper.append(
        gatedScript('analytics', { src: hitUrl(key, 'nested.js', 100) }),
        gatedScript('analytics', { text: recordInline('nested-inline') }),
      );
      const iframe = gatedIframe('analytics', hitUrl(key, 'frame.js'));
      container.append(wrapper, iframe);
      await gate.idle();

      expect(ran()).to.deep.equal(['nested.js', 'nested-inline']);
      expect(iframe.getAttribute('src')).to.equal(hitUrl(key, 'frame.js'));
    });

    it('are found by the observer without anyone calling idle() or update()', async () => {
      const container = await page();
      granted.add('analytics');
      gate.start();

      const script = gatedScript('analytics', { src: hitUrl(key, 'observed.js') });
      container.append(script);
      await new Promise<void>((resolve) => queueMicrotask(resolve));

      const [copy] = activated(container);
      expect(copy, 'copy inserted by the MutationObserver callback').to.exist;
      await oneEvent(copy, 'load');
      expect(ran()).to.deep.equal(['observed.js']);
    });

    it('are ignored once the gate is stopped', async () => {
      const container = await page();
      granted.add('analytics');
      gate.start();
      gate.stop();

      container.append(gatedScript('analytics', { text: recordInline('late') }));
      gate.update();
      await gate.idle();

      expect(ran()).to.deep.equal([]);
    });
  });

  describe('between queueing and running', () => {
    it('stops a script whose category is revoked before its turn, and runs it after a new grant', async () => {
      const waiting = gatedScript('analytics', { src: hitUrl(key, 'analytics.js') });
      await page(gatedScript('necessary', { src: hitUrl(key, 'slow.js', 300) }), waiting);
      granted.add('necessary').add('analytics');

      gate.start();
      granted.delete('analytics');
      await gate.idle();

      expect(ran()).to.deep.equal(['slow.js']);
      expect(waiting.isConnected).to.equal(true);
      expect(await hits(key)).to.deep.equal({ 'slow.js': 1 });

      granted.add('analytics');
      gate.update();
      await gate.idle();
      expect(ran()).to.deep.equal(['slow.js', 'analytics.js']);
    });

    it('skips an element removed from the page before its turn, and handles it if it comes back', async () => {
      const removed = gatedScript('analytics', { src: hitUrl(key, 'removed.js') });
      const container = await page(
        gatedScript('analytics', { src: hitUrl(key, 'slow.js', 300) }),
        removed,
        gatedScript('analytics', { text: recordInline('after') }),
      );
      granted.add('analytics');

      gate.start();
      removed.remove();
      await gate.idle();
      await quietPeriod();

      expect(ran()).to.deep.equal(['slow.js', 'after']);
      expect(await hits(key)).to.deep.equal({ 'slow.js': 1 });

      container.append(removed);
      await gate.idle();
      expect(ran()).to.deep.equal(['slow.js', 'after', 'removed.js']);
    });

    it('goes on after an external script that fails to load', async () => {
      await page(
        gatedScript('analytics', { src: '/e2e/status/404' }),
        gatedScript('analytics', { text: recordInline('inline') }),
        gatedScript('analytics', { src: hitUrl(key, 'after.js') }),
      );
      granted.add('analytics');

      gate.start();
      await gate.idle();

      expect(ran()).to.deep.equal(['inline', 'after.js']);
    });
  });
});

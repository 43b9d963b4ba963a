import { expect } from '@open-wc/testing';
import { loadRegistry } from '../../src/registry/load.js';
import { RegistryError } from '../../src/registry/parse.js';
import { makeRegistry } from './factories.js';

const fixtures = '/test/registry/fixtures';

/** The RegistryError `promise` rejects with; fails the test when it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(RegistryError);
    return error as RegistryError;
  }
  expect.fail('loadRegistry resolved');
}

/** A fetch stand-in that records its calls and answers with `respond`. */
function stubFetch(respond: () => Promise<Response>) {
  const calls: { input: RequestInfo | URL; init?: RequestInit }[] = [];
  const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ input, init });
    return respond();
  }) as typeof fetch;
  return { calls, fetchImpl };
}

describe('loadRegistry', () => {
  describe('from src', () => {
    it('fetches, parses and validates the registry, dropping $schema', async () => {
      const registry = await loadRegistry({ src: `${fixtures}/registry.json` });
      expect(registry.revision).to.equal('2024-05-01');
      expect(registry.categories.map((category) => category.id)).to.deep.equal(['necessary', 'analytics']);
      expect(registry.cookies[1].names).to.deep.equal(['_pk_id.*', '_pk_ses.*']);
      expect(registry.texts).to.deep.equal({ en: { bannerTitle: 'Cookies on {site}' } });
      expect(registry).to.not.have.property('$schema');
    });

    it('loads the same registry from an absolute URL', async () => {
      const registry = await loadRegistry({ src: new URL(`${fixtures}/registry.json`, location.href).href });
      expect(registry.site).to.equal('data.example.org');
    });

    it('sends same-origin credentials', async () => {
      const { calls, fetchImpl } = stubFetch(async () => new Response(JSON.stringify(makeRegistry())));
      expect(await loadRegistry({ src: '/cookie-registry.json' }, fetchImpl)).to.deep.equal(makeRegistry());
      expect(calls).to.have.length(1);
      expect(calls[0].input).to.equal('/cookie-registry.json');
      expect(calls[0].init?.credentials).to.equal('same-origin');
    });

    it('prefers src over inline text', async () => {
      const registry = await loadRegistry({ src: `${fixtures}/registry.json`, inline: '{ not json' });
      expect(registry.site).to.equal('data.example.org');
    });

    for (const status of [404, 500]) {
      it(`names HTTP ${status} and exposes the status`, async () => {
        const error = await rejectionOf(loadRegistry({ src: `/e2e/status/${status}` }));
        expect(error.message).to.equal(`HTTP ${status} fetching /e2e/status/${status}`);
        expect(error.status).to.equal(status);
        expect(error.pointer).to.equal('');
      });
    }

    it('says when the body is not JSON', async () => {
      const error = await rejectionOf(loadRegistry({ src: `${fixtures}/not-json.json` }));
      expect(error.message).to.match(/^\/test\/registry\/fixtures\/not-json\.json is not JSON: \S/);
      expect(error.pointer).to.equal('');
      expect(error.status).to.equal(undefined);
    });

    it('reports the JSON Pointer of an invalid field', async () => {
      const error = await rejectionOf(loadRegistry({ src: `${fixtures}/invalid.json` }));
      expect(error.message).to.equal('/cookies/0/names: expected a non-empty array of strings');
      expect(error.pointer).to.equal('/cookies/0/names');
    });

    it('names a network failure with the browser message', async () => {
      const { fetchImpl } = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const error = await rejectionOf(loadRegistry({ src: '/cookie-registry.json' }, fetchImpl));
      expect(error.message).to.equal('could not fetch /cookie-registry.json: Failed to fetch');
      expect(error.pointer).to.equal('');
    });

    it('names a real refused connection', async () => {
      const src = 'http://127.0.0.1:9/cookie-registry.json';
      const error = await rejectionOf(loadRegistry({ src }));
      expect(error.message.startsWith(`could not fetch ${src}: `), error.message).to.equal(true);
    });

    it('wraps a rejection that is not an Error', async () => {
      const { fetchImpl } = stubFetch(() => Promise.reject('offline'));
      const error = await rejectionOf(loadRegistry({ src: '/r.json' }, fetchImpl));
      expect(error.message).to.equal('could not fetch /r.json: offline');
    });

    it('treats a body that fails half-way as a failed fetch', async () => {
      const broken = new Response(
        new ReadableStream({
          pull(controller) {
            controller.error(new TypeError('network error'));
          },
        }),
      );
      const { fetchImpl } = stubFetch(async () => broken);
      const error = await rejectionOf(loadRegistry({ src: '/r.json' }, fetchImpl));
      // Chromium reports the stream's error as its generic "Failed to fetch".
      expect(error.message).to.match(/^could not fetch \/r\.json: \S/);
    });
  });

  describe('from inline text', () => {
    it('parses and validates it', async () => {
      const registry = await loadRegistry({ inline: JSON.stringify({ $schema: 'x', ...makeRegistry() }) });
      expect(registry).to.deep.equal(makeRegistry());
    });

    it('accepts surrounding whitespace, as a script element holds it', async () => {
      const registry = await loadRegistry({ src: null, inline: `\n  ${JSON.stringify(makeRegistry())}\n` });
      expect(registry.revision).to.equal(makeRegistry().revision);
    });

    it('says when it is not JSON', async () => {
      const error = await rejectionOf(loadRegistry({ inline: '{ not json' }));
      expect(error.message).to.match(/^inline registry is not JSON: \S/);
      expect(error.pointer).to.equal('');
    });

    it('says an empty script is not JSON rather than missing', async () => {
      const error = await rejectionOf(loadRegistry({ inline: '' }));
      expect(error.message).to.match(/^inline registry is not JSON: /);
    });

    it('reports the JSON Pointer of an invalid field', async () => {
      const registry = makeRegistry();
      registry.cookies[2].category = 'ads';
      const error = await rejectionOf(loadRegistry({ inline: JSON.stringify(registry) }));
      expect(error.message).to.equal('/cookies/2/category: unknown category "ads"');
    });
  });

  describe('with nothing', () => {
    const message = 'no registry: set the src attribute or add a <script type="application/json"> child';

    for (const [name, source] of [
      ['an empty source', {}],
      ['null src and inline', { src: null, inline: null }],
      ['an empty src', { src: '', inline: null }],
    ] as const) {
      it(`explains what is missing (${name})`, async () => {
        const error = await rejectionOf(loadRegistry(source));
        expect(error.message).to.equal(message);
        expect(error.pointer).to.equal('');
      });
    }
  });
});

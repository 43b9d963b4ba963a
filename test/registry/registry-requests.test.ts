import { expect } from '@open-wc/testing';
import { RegistryRequests } from '../../src/registry/registry-requests.js';
import { makeRegistry } from './factories.js';

describe('RegistryRequests (one request per URL, retried after a failure)', () => {
  it('asks once for a URL however many elements want it', async () => {
    let calls = 0;
    const requests = new RegistryRequests(async () => (calls++, new Response(JSON.stringify(makeRegistry()))));
    const [a, b] = await Promise.all([requests.get('https://x.example/r.json'), requests.get('https://x.example/r.json')]);
    expect(a).to.equal(b);
    expect(calls).to.equal(1);
  });

  it('forgets a failed request, so the next asker tries again', async () => {
    let calls = 0;
    const requests = new RegistryRequests(async () =>
      ++calls === 1 ? new Response('down', { status: 503 }) : new Response(JSON.stringify(makeRegistry())),
    );
    let failure: unknown;
    await requests.get('https://x.example/r.json').catch((error) => (failure = error));
    expect(String(failure)).to.contain('HTTP 503');
    const registry = await requests.get('https://x.example/r.json');
    expect(registry.revision).to.equal('2024-05-01');
    expect(calls).to.equal(2);
  });
});

import { expect } from '@open-wc/testing';
import { type ProofRecord, sendProof } from '../../src/consent/proof-log.js';

const record: ProofRecord = {
  id: 'an-id',
  decidedAt: '2026-11-22T10:00:00.000Z',
  revision: '2024-05-01',
  categories: { necessary: true, analytics: false },
  services: {},
  source: 'banner',
  lang: 'fr',
  url: 'https://portal.example/page',
};

interface FetchCall {
  url: string;
  init: RequestInit;
}

function fetchSpy(result: () => Promise<Response> = () => Promise.resolve(new Response(null, { status: 204 }))) {
  const calls: FetchCall[] = [];
  const impl = ((url: string, init: RequestInit) => {
    calls.push({ url, init });
    return result();
  }) as typeof fetch;
  return { calls, impl };
}

function beaconSpy(answer: boolean | (() => boolean)) {
  const calls: { url: string | URL; data: BodyInit | null | undefined }[] = [];
  const sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    calls.push({ url, data });
    return typeof answer === 'function' ? answer() : answer;
  };
  return { calls, nav: { sendBeacon } };
}

describe('sendProof', () => {
  it('sends the record as a JSON Blob with sendBeacon, and nothing else', async () => {
    const beacon = beaconSpy(true);
    const fetched = fetchSpy();
    sendProof('/consent-log', record, beacon.nav, fetched.impl);
    expect(beacon.calls).to.have.length(1);
    expect(beacon.calls[0].url).to.equal('/consent-log');
    const blob = beacon.calls[0].data as Blob;
    expect(blob.type).to.equal('application/json');
    expect(JSON.parse(await blob.text())).to.deep.equal(record);
    expect(fetched.calls).to.have.length(0);
  });

  const expectKeepaliveFetch = (calls: FetchCall[]) => {
    expect(calls).to.have.length(1);
    expect(calls[0].url).to.equal('/consent-log');
    expect(calls[0].init).to.deep.include({ method: 'POST', keepalive: true, credentials: 'same-origin' });
    expect(calls[0].init.headers).to.deep.equal({ 'content-type': 'application/json' });
    expect(JSON.parse(calls[0].init.body as string)).to.deep.equal(record);
  };

  it('falls back to a keepalive POST when sendBeacon refuses the payload', () => {
    const fetched = fetchSpy();
    sendProof('/consent-log', record, beaconSpy(false).nav, fetched.impl);
    expectKeepaliveFetch(fetched.calls);
  });

  it('falls back to a keepalive POST when sendBeacon throws', () => {
    const fetched = fetchSpy();
    const nav = beaconSpy(() => {
      throw new TypeError('Illegal invocation');
    }).nav;
    sendProof('/consent-log', record, nav, fetched.impl);
    expectKeepaliveFetch(fetched.calls);
  });

  it('falls back to a keepalive POST when sendBeacon does not exist', () => {
    const fetched = fetchSpy();
    sendProof('/consent-log', record, {}, fetched.impl);
    expectKeepaliveFetch(fetched.calls);
  });

  it('handles the rejection of a failed fetch, so that nothing surfaces as unhandled', async () => {
    let handled: Promise<unknown> | undefined;
    const fetched = fetchSpy(() => {
      const failed = Promise.reject(new TypeError('Failed to fetch'));
      const original = failed.catch.bind(failed);
      failed.catch = (onRejected) => (handled = original(onRejected));
      return failed as Promise<Response>;
    });
    expect(() => sendProof('/consent-log', record, {}, fetched.impl)).not.to.throw();
    expect(handled).to.be.instanceOf(Promise);
    await handled;
  });

  it('does not throw when fetch itself throws synchronously', () => {
    const impl = (() => {
      throw new TypeError('bad URL');
    }) as unknown as typeof fetch;
    expect(() => sendProof('/consent-log', record, {}, impl)).not.to.throw();
  });

  it('uses the real navigator.sendBeacon by default, without reaching for fetch', () => {
    const fetched = fetchSpy();
    sendProof('/e2e/status/204', record, undefined, fetched.impl);
    expect(fetched.calls).to.have.length(0);
  });
});

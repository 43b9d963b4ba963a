import { expect } from '@open-wc/testing';
import { clearCookies, matchCookieNames, parentDomains } from '../../src/gating/clear-cookies.js';

/** A `document.cookie` stand-in that shows a fixed jar and records every write. */
function recordingJar(cookie: string) {
  const writes: string[] = [];
  return {
    writes,
    get cookie() {
      return cookie;
    },
    set cookie(text: string) {
      writes.push(text);
    },
  };
}

describe('parentDomains', () => {
  it('lists the host and its parents, stopping before the top-level domain', () => {
    expect(parentDomains('a.b.example.com')).to.deep.equal(['a.b.example.com', 'b.example.com', 'example.com']);
    expect(parentDomains('twisto.opendatasoft.com')).to.deep.equal(['twisto.opendatasoft.com', 'opendatasoft.com']);
    expect(parentDomains('example.com')).to.deep.equal(['example.com']);
  });

  it('returns an IP address or a single-label host alone', () => {
    expect(parentDomains('localhost')).to.deep.equal(['localhost']);
    expect(parentDomains('127.0.0.1')).to.deep.equal(['127.0.0.1']);
    expect(parentDomains('[::1]')).to.deep.equal(['[::1]']);
    expect(parentDomains('intranet')).to.deep.equal(['intranet']);
  });

  it('returns nothing for an empty host (a file: page)', () => {
    expect(parentDomains('')).to.deep.equal([]);
  });
});

describe('matchCookieNames', () => {
  const present = ['_pk_id.1.abcd', '_pk_idx', '_ga', '_ga_ABC123', 'sessionid', '_ga'];

  it('matches exact names', () => {
    expect(matchCookieNames(present, ['sessionid', '_ga'])).to.deep.equal(['_ga', 'sessionid']);
  });

  it('matches by prefix when a pattern ends with *', () => {
    expect(matchCookieNames(present, ['_pk_id.*'])).to.deep.equal(['_pk_id.1.abcd']);
    expect(matchCookieNames(present, ['_ga_*'])).to.deep.equal(['_ga_ABC123']);
  });

  it('lists each name once, in the order present', () => {
    expect(matchCookieNames(present, ['_ga*', '_ga'])).to.deep.equal(['_ga', '_ga_ABC123']);
  });

  it('matches nothing for no patterns or a near miss', () => {
    expect(matchCookieNames(present, [])).to.deep.equal([]);
    expect(matchCookieNames(present, ['_g', 'session'])).to.deep.equal([]);
  });
});

describe('clearCookies', () => {
  it('expires each match host-only and on every parent domain, in the past', () => {
    const jar = recordingJar('_ga=1; keep=2; _ga_X=3');

    const cleared = clearCookies(['_ga', '_ga_*'], jar, 'a.example.com');

    expect(cleared).to.deep.equal(['_ga', '_ga_X']);
    const expire = 'Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT';
    expect(jar.writes).to.deep.equal([
      `_ga=; ${expire}`,
      `_ga=; ${expire}; Domain=a.example.com`,
      `_ga=; ${expire}; Domain=example.com`,
      `_ga_X=; ${expire}`,
      `_ga_X=; ${expire}; Domain=a.example.com`,
      `_ga_X=; ${expire}; Domain=example.com`,
    ]);
  });

  it('returns a name once even when the page holds it twice (host-only and domain-wide)', () => {
    const jar = recordingJar('_fbp=a; _fbp=b');
    expect(clearCookies(['_fbp'], jar, 'localhost')).to.deep.equal(['_fbp']);
  });

  it('adds Secure for prefixed cookies, which browsers protect', () => {
    const jar = recordingJar('__Secure-id=1; __host-x=2');
    clearCookies(['__Secure-id', '__host-x'], jar, 'localhost');
    expect(jar.writes.every((write) => write.includes('; Secure'))).to.equal(true);
  });

  it('writes nothing when nothing matches', () => {
    const jar = recordingJar('keep=1');
    expect(clearCookies(['_ga', '*nothing'], jar, 'example.com')).to.deep.equal([]);
    expect(jar.writes).to.deep.equal([]);
  });

  it('returns an empty list instead of throwing when cookies are blocked', () => {
    const blocked = {
      get cookie(): string {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
      set cookie(_: string) {
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    };
    expect(clearCookies(['_ga'], blocked, 'example.com')).to.deep.equal([]);
  });

  it("deletes the page's real cookies that match, and only those", () => {
    document.cookie = '_pk_id.1.abc=1; Path=/';
    document.cookie = '_pk_ses.1.abc=2; Path=/';
    document.cookie = 'keepme=3; Path=/';
    try {
      const cleared = clearCookies(['_pk_id.*', '_pk_ses.*']);

      expect(cleared).to.have.members(['_pk_id.1.abc', '_pk_ses.1.abc']).and.have.length(2);
      const names = document.cookie.split(';').map((pair) => pair.split('=')[0].trim());
      expect(names).to.include('keepme');
      expect(names).not.to.include('_pk_id.1.abc');
      expect(names).not.to.include('_pk_ses.1.abc');
    } finally {
      document.cookie = 'keepme=; Path=/; Max-Age=0';
    }
  });
});

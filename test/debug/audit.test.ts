import { expect, fixture } from '@open-wc/testing';
import type { ConsentDetail } from '../../src/consent/decision.js';
import { type AuditConsole, type AuditReport, auditPage, logAudit } from '../../src/debug/audit.js';
import { ScriptGate } from '../../src/gating/script-gate.js';
import type { Registry } from '../../src/registry/types.js';
import { grantedSet } from '../gating/helpers.js';

function registry(): Registry {
  return {
    revision: '2026-11-22',
    languages: ['en'],
    categories: [
      { id: 'necessary', required: true, title: 'Necessary' },
      { id: 'analytics', title: 'Statistics' },
      { id: 'marketing', title: 'Marketing' },
    ],
    cookies: [
      { category: 'necessary', provider: 'Portal', names: ['sessionid', 'cookies_preferences'], purpose: 'Sign-in' },
      { category: 'analytics', provider: 'Matomo', names: ['_pk_id.*', '_pk_ses.*'], purpose: 'Statistics' },
    ],
  };
}

function consent(categories: Record<string, boolean>, services: Record<string, boolean> = {}): ConsentDetail {
  return {
    id: 'decision-1',
    revision: '2026-11-22',
    categories,
    services,
    decidedAt: '2026-11-22T10:00:00.000Z',
    source: 'banner',
    cleared: [],
  };
}

/** A detached document holding `body`, whose `document.cookie` reads `cookie` (or what it returns). */
function page(body: string, cookie: string | (() => string) = ''): Document {
  const doc = document.implementation.createHTMLDocument('audit');
  doc.body.innerHTML = body;
  Object.defineProperty(doc, 'cookie', { get: typeof cookie === 'string' ? () => cookie : cookie });
  return doc;
}

/** A console stand-in that records each call as [method, ...args]. */
function recordingConsole() {
  const calls: unknown[][] = [];
  const record =
    (method: string) =>
    (...args: unknown[]) =>
      calls.push([method, ...args]);
  const fake: AuditConsole = {
    groupCollapsed: record('groupCollapsed'),
    groupEnd: record('groupEnd'),
    log: record('log'),
    table: record('table'),
    warn: record('warn'),
  };
  return { calls, fake };
}

describe('auditPage', () => {
  it('lists every marked element with its state and whether its category is granted', () => {
    const doc = page(`
      <script type="text/plain" data-cookie-category="analytics" src="https://stats.example/tag.js"></script>
      <script data-cookie-category="necessary" data-cookie-policy-activated>/* ran */</script>
      <iframe data-cookie-category="marketing" data-src="https://video.example/embed"></iframe>
      <iframe data-cookie-category="marketing" data-src="https://video.example/2" src="https://video.example/2" data-cookie-policy-activated></iframe>
    `);
    const report = auditPage({ registry: registry(), consent: consent({ necessary: true, analytics: false }), doc });
    expect(
      report.elements.map(({ tag, category, state, granted, known, url }) => ({ tag, category, state, granted, known, url })),
    ).to.deep.equal([
      { tag: 'script', category: 'analytics', state: 'waiting', granted: false, known: true, url: 'https://stats.example/tag.js' },
      { tag: 'script', category: 'necessary', state: 'activated', granted: true, known: true, url: null },
      { tag: 'iframe', category: 'marketing', state: 'waiting', granted: false, known: true, url: 'https://video.example/embed' },
      { tag: 'iframe', category: 'marketing', state: 'activated', granted: false, known: true, url: 'https://video.example/2' },
    ]);
    expect(report.elements[0].element).to.equal(doc.querySelector('script'));
  });

  it('calls marked elements that run anyway "ungated", and flags unknown categories', () => {
    const doc = page(`
      <script data-cookie-category="analytics" src="https://stats.example/tag.js"></script>
      <iframe data-cookie-category="marketing" src="https://video.example/embed"></iframe>
      <img data-cookie-category="marketing" src="https://pixel.example/p.gif" alt="">
      <script type="text/plain" data-cookie-category="ads"></script>
    `);
    const report = auditPage({ registry: registry(), consent: null, doc });
    expect(report.elements.map(({ state }) => state)).to.deep.equal(['ungated', 'ungated', 'ungated', 'waiting']);
    expect(report.elements[3]).to.include({ category: 'ads', known: false, granted: false });
  });

  it('reads services, templates and refusal gates, and says why markup errors never run', () => {
    const withServices: Registry = {
      ...registry(),
      services: [
        { id: 'matomo', category: 'analytics', title: 'Matomo' },
        { id: 'youtube', category: 'marketing', title: 'YouTube' },
      ],
    };
    const doc = page(`
      <script type="text/plain" data-cookie-service="matomo"></script>
      <template data-cookie-category="marketing" data-cookie-service="youtube"><img src="x.gif" alt=""></template>
      <script type="text/plain" data-cookie-category="!marketing"></script>
      <script type="text/plain" data-cookie-service="vimeo"></script>
      <script type="text/plain" data-cookie-category="!ads"></script>
      <iframe data-cookie-category="analytics" data-cookie-service="youtube" data-src="https://video.example/embed"></iframe>
    `);
    const report = auditPage({
      registry: withServices,
      consent: consent({ necessary: true, analytics: true, marketing: false }, { matomo: true, youtube: false }),
      doc,
    });
    expect(
      report.elements.map(({ tag, category, service, state, granted, known, markup }) => ({
        tag,
        category,
        service,
        state,
        granted,
        known,
        markup,
      })),
    ).to.deep.equal([
      { tag: 'script', category: '', service: 'matomo', state: 'waiting', granted: true, known: true, markup: '' },
      { tag: 'template', category: 'marketing', service: 'youtube', state: 'waiting', granted: false, known: true, markup: '' },
      { tag: 'script', category: '!marketing', service: null, state: 'waiting', granted: true, known: true, markup: '' },
      {
        tag: 'script',
        category: '',
        service: 'vimeo',
        state: 'waiting',
        granted: false,
        known: false,
        markup: 'unknown service "vimeo"',
      },
      { tag: 'script', category: '!ads', service: null, state: 'waiting', granted: false, known: false, markup: 'unknown category "ads"' },
      {
        tag: 'iframe',
        category: 'analytics',
        service: 'youtube',
        state: 'waiting',
        granted: false,
        known: true,
        markup: 'service "youtube" is of category "marketing"',
      },
    ]);
    expect(report.services).to.deep.equal([
      { id: 'matomo', category: 'analytics', granted: true },
      { id: 'youtube', category: 'marketing', granted: false },
    ]);
    const { calls, fake } = recordingConsole();
    logAudit(report, fake);
    expect(calls[2][1]).to.deep.equal([
      { service: 'matomo', category: 'analytics', granted: true },
      { service: 'youtube', category: 'marketing', granted: false },
    ]);
    const problems = (calls[3][1] as { problem: string }[]).map(({ problem }) => problem);
    expect(problems.slice(3)).to.deep.equal([
      'unknown service "vimeo": never runs',
      'unknown category "ads": never runs',
      'service "youtube" is of category "marketing": never runs',
    ]);
  });

  it('grants required categories before any decision, and nothing else', () => {
    const report = auditPage({ registry: registry(), consent: null, doc: page('') });
    expect(report.consent).to.equal(null);
    expect(report.categories).to.deep.equal([
      { id: 'necessary', required: true, granted: true },
      { id: 'analytics', required: false, granted: false },
      { id: 'marketing', required: false, granted: false },
    ]);
  });

  it('lists the cookies present that no registry name or prefix declares, each once', () => {
    const doc = page('', 'sessionid=a; _pk_id.1.abcd=b; _ga=c; _pk_idx=d; cookies_preferences=e; _ga=f');
    const report = auditPage({ registry: registry(), consent: null, doc });
    expect(report.undeclaredCookies).to.deep.equal(['_ga', '_pk_idx']);
    expect(report.cookiesReadable).to.equal(true);
  });

  it('says so when document.cookie cannot be read, without throwing', () => {
    const doc = page('', () => {
      throw new DOMException('sandboxed', 'SecurityError');
    });
    const report = auditPage({ registry: registry(), consent: null, doc });
    expect(report.cookiesReadable).to.equal(false);
    expect(report.undeclaredCookies).to.deep.equal([]);
  });

  it('reads the live document by default and sees what the gate activated', async () => {
    const container = await fixture<HTMLDivElement>(document.createElement('div'));
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.cookieCategory = 'necessary';
    script.text = '/* necessary */';
    container.append(script);
    const gate = new ScriptGate(grantedSet(new Set(['necessary'])));
    gate.start();
    await gate.idle();
    gate.stop();
    document.cookie = 'audit_test_cookie=1; Path=/';
    try {
      const report = auditPage({ registry: registry(), consent: null });
      const mine = report.elements.filter(({ element }) => container.contains(element));
      expect(mine.map(({ state, granted }) => ({ state, granted }))).to.deep.equal([{ state: 'activated', granted: true }]);
      expect(report.undeclaredCookies).to.include('audit_test_cookie');
    } finally {
      document.cookie = 'audit_test_cookie=; Path=/; Max-Age=0';
    }
  });
});

describe('logAudit', () => {
  function report(overrides: Partial<AuditReport> = {}): AuditReport {
    return {
      ...auditPage({
        registry: registry(),
        consent: consent({ necessary: true, analytics: true, marketing: false }),
        doc: page(
          `<script type="text/plain" data-cookie-category="analytics"></script>
           <iframe data-cookie-category="marketing" data-src="https://video.example/embed"></iframe>`,
          '_ga=1',
        ),
      }),
      ...overrides,
    };
  }

  it('prints one collapsed group: the decision, then tables of categories and elements, then stray cookies', () => {
    const { calls, fake } = recordingConsole();
    logAudit(report(), fake);
    expect(calls.map(([method]) => method)).to.deep.equal(['groupCollapsed', 'table', 'table', 'warn', 'groupEnd']);
    expect(calls[0][1]).to.equal('<cookie-policy> debug: revision 2026-11-22, decision decision-1 (banner, 2026-11-22T10:00:00.000Z)');
    expect(calls[1][1]).to.deep.equal([
      { category: 'necessary', required: true, granted: true },
      { category: 'analytics', required: false, granted: true },
      { category: 'marketing', required: false, granted: false },
    ]);
    expect(calls[2][1]).to.deep.equal([
      { element: 'script', category: 'analytics', service: '', state: 'waiting', granted: true, url: '(inline)', problem: 'granted but not activated yet' },
      { element: 'iframe', category: 'marketing', service: '', state: 'waiting', granted: false, url: 'https://video.example/embed', problem: '' },
    ]);
    expect(calls[3][1]).to.equal('cookies not declared in the registry: _ga');
  });

  it('says when there is no decision, no gated element and no stray cookie', () => {
    const { calls, fake } = recordingConsole();
    logAudit(report({ consent: null, elements: [], undeclaredCookies: [] }), fake);
    expect(calls[0][1]).to.equal('<cookie-policy> debug: revision 2026-11-22, no decision yet');
    expect(calls.slice(2).map(([method, text]) => [method, text])).to.deep.equal([
      ['log', 'no element with data-cookie-category or data-cookie-service on this page'],
      ['log', 'every cookie present is declared in the registry'],
      ['groupEnd', undefined],
    ]);
  });

  it('logs to the global console by default', () => {
    const { calls, fake } = recordingConsole();
    const methods = ['groupCollapsed', 'groupEnd', 'log', 'table', 'warn'] as const;
    const originals = methods.map((method) => console[method]);
    for (const method of methods) console[method] = fake[method];
    try {
      logAudit(report());
    } finally {
      methods.forEach((method, index) => (console[method] = originals[index]));
    }
    expect(calls.map(([method]) => method)).to.deep.equal(['groupCollapsed', 'table', 'table', 'warn', 'groupEnd']);
  });
});

import type { Decision } from '../../src/consent/decision.js';
import type { Registry } from '../../src/registry/types.js';

/** The instant every test runs at, unless it says otherwise. */
export const NOW = Date.parse('2026-11-22T10:00:00.000Z');
export const DAY = 864e5;

/** A registry like the seed portals': one required category and three optional ones, two sharing `ad_storage`. */
export function makeRegistry(overrides: Partial<Registry> = {}): Registry {
  return {
    revision: '2024-05-01',
    languages: ['en', 'fr'],
    categories: [
      { id: 'necessary', required: true, title: 'Necessary' },
      { id: 'analytics', title: 'Statistics', consentMode: ['analytics_storage'] },
      { id: 'marketing', title: 'Marketing', consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'] },
      { id: 'video', title: 'Video', consentMode: ['ad_storage'] },
    ],
    cookies: [
      { category: 'necessary', provider: 'Opendatasoft', names: ['sessionid', 'csrftoken'], purpose: 'Session' },
      { category: 'analytics', provider: 'Google Analytics', names: ['_ga', '_ga_*'], purpose: 'Audience' },
      { category: 'marketing', provider: 'Meta', names: ['_fbp'], purpose: 'Ads' },
      { category: 'video', provider: 'YouTube', names: ['VISITOR_INFO1_LIVE'], purpose: 'Video' },
    ],
    ...overrides,
  };
}

/**
 * `makeRegistry()` with services: Matomo and Google Analytics in `analytics`, YouTube and a map in
 * `marketing`, a portal service in the required `necessary`; `video` keeps none.
 */
export function makeServiceRegistry(overrides: Partial<Registry> = {}): Registry {
  const registry = makeRegistry();
  return {
    ...registry,
    services: [
      { id: 'portal', category: 'necessary', title: 'Opendatasoft' },
      { id: 'matomo', category: 'analytics', title: 'Matomo' },
      { id: 'google-analytics', category: 'analytics', title: 'Google Analytics', consentMode: ['analytics_storage'] },
      { id: 'youtube', category: 'marketing', title: 'YouTube', consentMode: ['ad_storage'] },
      { id: 'map', category: 'marketing', title: 'Map tiles' },
    ],
    cookies: [
      ...registry.cookies.map((cookie) =>
        cookie.category === 'analytics' ? { ...cookie, service: 'google-analytics' } : cookie,
      ),
      { category: 'analytics', service: 'matomo', provider: 'Matomo', names: ['_pk_id.*'], purpose: 'Audience' },
    ],
    ...overrides,
  };
}

/** A stored decision made `ageDays` before `NOW`. */
export function makeDecision(overrides: Partial<Decision> = {}, ageDays = 1): Decision {
  return {
    id: 'stored-id',
    revision: '2024-05-01',
    categories: { necessary: true, analytics: true, marketing: false, video: false },
    decidedAt: new Date(NOW - ageDays * DAY).toISOString(),
    ...overrides,
  };
}

/** A `document.cookie` stand-in: a name → value jar honouring `Max-Age=0`, remembering every write. */
export function cookieJar(initial: Record<string, string> = {}) {
  const jar = new Map(Object.entries(initial));
  const writes: string[] = [];
  return {
    writes,
    get cookie() {
      return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    },
    set cookie(text: string) {
      writes.push(text);
      const [pair, ...attributes] = text.split(';');
      const equals = pair.indexOf('=');
      const name = pair.slice(0, equals).trim();
      if (attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute))) jar.delete(name);
      else jar.set(name, pair.slice(equals + 1).trim());
    },
  };
}

/** A `document` whose cookies are blocked, as in a sandboxed iframe: both accessors throw. */
export function blockedCookies(): { cookie: string } {
  return {
    get cookie(): string {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    },
    set cookie(_text: string) {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    },
  };
}

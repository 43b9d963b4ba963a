// From what the passes saw to the report of SPEC §9: one record per cookie or storage key,
// matched against the registry and the Open Cookie Database, and the findings.
import { durationDays } from '../registry-warnings.mjs';
import { isDomainOrBelow } from './cookie-facts.mjs';

/** 13 months in days, the longest lifetime the CNIL accepts for a consent-based cookie. */
export const THIRTEEN_MONTHS = (13 * 365.25) / 12;

const SEVERITIES = ['violation', 'error', 'warning', 'info'];
const quote = JSON.stringify;

/** Whether a registry name (`_ga`, or `_ga_*` for a prefix) covers a cookie or storage key name. */
export const nameMatches = (pattern, name) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : pattern === name);

/**
 * The site a host belongs to, without a public suffix list: an IP address is its own site, a name
 * its last two labels, or three under a two-letter country code with a short second level
 * (`portal.gov.uk`, `data.com.au`). Good enough to tell a portal's own cookies from an embed's.
 */
export function siteOf(host) {
  const name = host.toLowerCase().replace(/^\./, '');
  if (/^[\d.]+$/.test(name) || name.includes(':')) return name;
  const labels = name.split('.');
  const keep = labels.length > 2 && labels.at(-1).length === 2 && labels.at(-2).length <= 3 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The first text of a localized value (the registry's first language when it is an object). */
const firstText = (value, languages) =>
  value === undefined ? undefined : typeof value === 'string' ? value : (value[languages[0]] ?? Object.values(value)[0]);

/** Days a declared duration stands for: 0 for "session", null when it says no length. */
export function declaredDays(text) {
  if (text === undefined) return null;
  const days = durationDays(text);
  if (days !== null) return days;
  return /session|séance/i.test(text) ? 0 : null;
}

const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A lifetime in words: "session", "3.5 days", "400 days". */
export function lifetimeText(days) {
  if (days === null) return 'session';
  const rounded = Number(days.toFixed(days < 10 ? 2 : 0));
  return `${rounded} day${rounded === 1 ? '' : 's'}`;
}

/**
 * Builds the report. `passes` are runPass results in order; `registry` the registry as written
 * (or null); `facts` the cookie database.
 */
export function buildReport({ url, scannedAt, passes, widget, registry, source, facts }) {
  const host = new URL(url).hostname;
  const entries = registry?.cookies ?? [];
  const categories = new Map((registry?.categories ?? []).map((category) => [category.id, category]));
  const languages = registry?.languages ?? ['en'];
  const isRequired = (declared) => declared !== null && categories.get(declared.category)?.required === true;

  const declare = (name) => {
    const index = entries.findIndex((entry) => entry.names.some((pattern) => nameMatches(pattern, name)));
    if (index < 0) return null;
    return { category: entries[index].category, service: entries[index].service ?? null, index };
  };

  // One record per cookie (name, domain, path) or storage key, across passes.
  const records = new Map();
  for (const pass of passes) {
    for (const [key, seen] of pass.seen) {
      let record = records.get(key);
      if (!record) {
        const domain = seen.domain.replace(/^\./, '');
        const fact = facts.lookup(seen.name, domain);
        record = {
          name: seen.name,
          domain: seen.domain,
          path: seen.path,
          lifetimeDays: seen.lifetimeDays,
          thirdParty: seen.storage === 'cookie' && siteOf(domain) !== siteOf(host) && !isDomainOrBelow(host, domain),
          storage: seen.storage,
          passes: [],
          firstPage: seen.firstPage,
          declared: declare(seen.name),
          known: fact && { platform: fact.platform, category: fact.category },
        };
        Object.defineProperty(record, 'fact', { value: fact, enumerable: false });
        Object.defineProperty(record, 'firstPages', { value: {}, enumerable: false });
        records.set(key, record);
      } else if (seen.lifetimeDays !== null && (record.lifetimeDays === null || seen.lifetimeDays > record.lifetimeDays)) {
        record.lifetimeDays = seen.lifetimeDays;
      }
      record.passes.push(pass.name);
      record.firstPages[pass.name] = seen.firstPage;
    }
  }
  const cookies = [...records.values()];

  const findings = [];
  const add = (severity, code, name, page, message) => findings.push({ severity, code, name, page, message });
  const what = (cookie) =>
    cookie.storage === 'cookie'
      ? `cookie ${quote(cookie.name)} (${cookie.thirdParty ? 'third-party, ' : ''}on ${cookie.domain.replace(/^\./, '')})`
      : `${cookie.storage} key ${quote(cookie.name)}`;
  const whose = (cookie) => (cookie.declared ? `declared in category ${quote(cookie.declared.category)}` : 'not declared in the registry');

  for (const [pass, code, when] of [
    ['before', 'before-consent', 'before any consent'],
    ['reject', 'after-reject', 'after "reject all"'],
  ]) {
    for (const cookie of cookies) {
      if (!cookie.passes.includes(pass) || isRequired(cookie.declared)) continue;
      add('violation', code, cookie.name, cookie.firstPages[pass], `${what(cookie)}, ${whose(cookie)}, is present ${when}`);
    }
  }
  for (const cookie of cookies) {
    if (cookie.declared) continue;
    const known = cookie.fact ? `the Open Cookie Database knows it as ${cookie.fact.category} (${cookie.fact.platform})` : 'unknown to the Open Cookie Database';
    add('error', 'undeclared', cookie.name, cookie.firstPage, `${what(cookie)} matches no name of the registry; ${known}`);
  }
  for (const cookie of cookies) {
    if (cookie.lifetimeDays === null) continue;
    const entry = cookie.declared && entries[cookie.declared.index];
    const declaredText = entry ? firstText(entry.duration, languages) : undefined;
    const declared = declaredText === undefined ? null : declaredDays(declaredText);
    const lives = `lives ${lifetimeText(cookie.lifetimeDays)}`;
    const problems = [];
    // A margin of a day at most (13 calendar months can be 396 days, "13 months" is 395.6), a
    // per cent for short durations, and a quarter of an hour for clocks.
    const margin = Math.min(1, (declared ?? 0) * 0.01) + 0.01;
    if (declared !== null && cookie.lifetimeDays > declared + margin) problems.push(`longer than its declared duration ${quote(declaredText)}`);
    if (cookie.lifetimeDays > THIRTEEN_MONTHS + 1.01) problems.push('longer than 13 months');
    if (problems.length) add('warning', 'lifetime', cookie.name, cookie.firstPage, `${what(cookie)} ${lives}, ${problems.join(' and ')}`);
  }
  for (const cookie of cookies) {
    if (!isRequired(cookie.declared) || !/^(analytics|marketing)$/i.test(cookie.fact?.category ?? '')) continue;
    add(
      'warning',
      'category',
      cookie.name,
      cookie.firstPage,
      `${what(cookie)} is in the required category ${quote(cookie.declared.category)}, but the Open Cookie Database classes it as ${cookie.fact.category} (${cookie.fact.platform}): it needs consent`,
    );
  }
  entries.forEach((entry, index) => {
    for (const pattern of entry.names) {
      if (cookies.some((cookie) => nameMatches(pattern, cookie.name))) continue;
      add('info', 'unused', pattern, null, `${quote(pattern)} (/cookies/${index}) is declared but was not seen in any pass`);
    }
  });
  findings.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));

  const count = (severity) => findings.filter((finding) => finding.severity === severity).length;
  const pages = [];
  for (const pass of passes) for (const page of pass.pages) if (!pages.includes(page)) pages.push(page);
  return {
    url,
    scannedAt,
    pages,
    passes: passes.map((pass) => pass.name),
    widget,
    registry: { revision: registry?.revision ?? null, source },
    cookies,
    findings,
    summary: { violations: count('violation'), errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
}

/** One line for a person: the verdict and the counts. */
export function verdict(report) {
  const { violations, errors, warnings, infos } = report.summary;
  const counts = [plural(violations, 'violation'), plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'info')].join(', ');
  return `${violations + errors ? 'FAIL' : 'PASS'}: ${counts} (${report.cookies.length} cookies and storage keys, ${plural(report.pages.length, 'page')}, passes: ${report.passes.join(', ')})`;
}

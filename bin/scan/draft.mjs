// The draft registry of `scan --draft`: the registry as written, plus an entry for each cookie or
// storage key the scan saw and no name declares, in an added category for the operator to sort.
import { durationDays } from '../registry-warnings.mjs';

export const UNCLASSIFIED = 'unclassified';

const TEXTS = {
  title: { en: 'Unclassified', fr: 'Non classés' },
  description: {
    en: 'Cookies found on the site that are still to be described and sorted into their category.',
    fr: 'Cookies trouvés sur le site, encore à décrire et à classer dans leur catégorie.',
  },
};
/** A text in each of the registry's languages (English where there is no translation). */
const localized = (texts, languages) => Object.fromEntries(languages.map((lang) => [lang, texts[lang.split('-')[0]] ?? texts.en]));

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * A duration in words from an observed lifetime, rounded up so that the cookie never outlives it:
 * days below 45 days, else months.
 */
export function observedDuration(lifetimeDays) {
  if (lifetimeDays === null) return 'session';
  if (lifetimeDays < 45) {
    const days = Math.max(1, Math.ceil(lifetimeDays - 0.001));
    return `${days} day${days === 1 ? '' : 's'}`;
  }
  const months = Math.ceil(lifetimeDays / DAYS_PER_MONTH - 0.001);
  return `${months} months`;
}

/** The database's retention when it states a length (or a session), else null. */
const factDuration = (retention) => (retention && (durationDays(retention) !== null || /^session$/i.test(retention.trim())) ? retention.trim() : null);

/** One draft entry for a cookie the registry does not declare. */
function entryFor(cookie, site) {
  const fact = cookie.fact;
  const where = cookie.storage === 'cookie' ? cookie.domain.replace(/^\./, '') : site;
  const kind = cookie.storage === 'cookie' ? '' : ` (${cookie.storage} key)`;
  if (fact) {
    const entry = {
      category: UNCLASSIFIED,
      provider: fact.controller || fact.platform,
      function: `${fact.category}: ${fact.platform}${kind}`,
      names: [fact.prefix ? `${fact.name}*` : cookie.name],
      purpose: `To describe. The Open Cookie Database lists it as ${fact.category} (${fact.platform}); found by the scan.`,
      party: cookie.thirdParty ? 'third' : 'first',
      duration: factDuration(fact.retention) ?? observedDuration(cookie.lifetimeDays),
    };
    if (/^https?:\/\//.test(fact.privacyUrl)) entry.policyUrl = fact.privacyUrl;
    return entry;
  }
  return {
    category: UNCLASSIFIED,
    provider: where,
    function: `Unknown${kind}`,
    names: [cookie.name],
    purpose: 'To describe: found by the scan, not in the Open Cookie Database.',
    party: cookie.thirdParty ? 'third' : 'first',
    duration:
      cookie.storage === 'localStorage' ? 'until the visitor clears the site data' : observedDuration(cookie.lifetimeDays),
  };
}

/**
 * Builds the draft. `registry` is the registry as written (or null: then a new one is started),
 * `report` the scan's report, whose cookie records keep their database entry in `fact`.
 */
export function buildDraft(registry, report) {
  const site = new URL(report.url).hostname;
  // A copy through JSON: the registry came from JSON, and the draft goes back to it.
  const draft = JSON.parse(
    JSON.stringify(registry ?? { revision: report.scannedAt.slice(0, 10), site, languages: ['en'], categories: [], cookies: [] }),
  );
  const languages = draft.languages;
  const undeclared = report.cookies.filter((cookie) => cookie.declared === null);
  if (!undeclared.length) return draft;

  if (!draft.categories.some((category) => category.id === UNCLASSIFIED)) {
    draft.categories.push({
      id: UNCLASSIFIED,
      title: localized(TEXTS.title, languages),
      description: localized(TEXTS.description, languages),
    });
  }
  const added = [];
  for (const cookie of undeclared) {
    const entry = entryFor(cookie, site);
    if (added.some((other) => other.names.includes(entry.names[0]))) continue;
    // Cookies of one provider, function, party and lifetime share an entry, as in a policy table.
    const same = added.find(
      (other) =>
        other.provider === entry.provider &&
        other.function === entry.function &&
        other.party === entry.party &&
        other.duration === entry.duration &&
        other.policyUrl === entry.policyUrl,
    );
    if (same) same.names.push(entry.names[0]);
    else added.push(entry);
  }
  draft.cookies.push(...added);
  return draft;
}

import type { Registry } from '../../src/registry/types.js';

/** A registry type whose every level can be edited in a test (the parsed `Registry` is read-only). */
export type RegistryData = Writable<Registry>;

type Writable<T> = T extends string | number | boolean
  ? T
  : T extends readonly (infer Item)[]
    ? Writable<Item>[]
    : { -readonly [Key in keyof T]: Writable<T[Key]> };

/**
 * A valid, realistic registry modelled on the Opendatasoft portals: a required `necessary` category
 * (`sessionid`, `django_language`, `csrftoken`, `cookies_preferences`) and an `analytics` category
 * (Matomo `_pk_id.*`, `_pk_ses.*`), every text in English and French. Each call returns a fresh deep
 * copy, so a test may edit it freely; `overrides` replace top-level fields.
 *
 * @example
 * const registry = makeRegistry({ revision: 'next' });
 * registry.cookies[0].names = [];
 */
export function makeRegistry(overrides: Partial<RegistryData> = {}): RegistryData {
  const opendatasoft = { en: 'Opendatasoft', fr: 'Opendatasoft' };
  const necessary = (names: string, en: [string, string, string], fr: [string, string, string]) => ({
    category: 'necessary',
    provider: opendatasoft,
    function: { en: en[0], fr: fr[0] },
    names: [names],
    purpose: { en: en[1], fr: fr[1] },
    party: 'first' as const,
    duration: { en: en[2], fr: fr[2] },
  });
  const registry: RegistryData = {
    revision: '2024-05-01',
    site: 'data.example.org',
    policyUrl: '/pages/cookies/',
    languages: ['en', 'fr'],
    categories: [
      {
        id: 'necessary',
        required: true,
        title: { en: 'Necessary cookies', fr: 'Cookies nécessaires' },
        description: {
          en: 'Sign-in, language, security and your cookie choices. They cannot be turned off.',
          fr: 'Connexion, langue, sécurité et vos choix de cookies. Ils ne peuvent pas être désactivés.',
        },
      },
      {
        id: 'analytics',
        title: { en: 'Statistics', fr: 'Statistiques' },
        description: {
          en: 'Audience measurement with Matomo.',
          fr: 'Mesure d’audience avec Matomo.',
        },
        consentMode: ['analytics_storage'],
      },
    ],
    cookies: [
      necessary(
        'sessionid',
        ['Authentication (front and back office)', 'To remember the user from one page to another', '2 weeks'],
        [
          'Authentification (front et back office)',
          'Reconnaître l’utilisateur d’une page à l’autre',
          '2 semaines',
        ],
      ),
      necessary(
        'django_language',
        ['Language selection', "To remember the visitor's language", 'session'],
        ['Choix de la langue', 'Retenir la langue du visiteur', 'session'],
      ),
      necessary(
        'csrftoken',
        ['API (CSRF)', 'To retrieve data via API calls', '1 year'],
        ['API (CSRF)', 'Récupérer des données par des appels d’API', '1 an'],
      ),
      necessary(
        'cookies_preferences',
        ['Cookie preferences', "To remember the visitor's cookie choices", '6 months'],
        ['Préférences de cookies', 'Retenir les choix de cookies du visiteur', '6 mois'],
      ),
      {
        category: 'analytics',
        provider: 'Matomo',
        function: { en: 'Audience measurement', fr: 'Mesure d’audience' },
        names: ['_pk_id.*', '_pk_ses.*'],
        purpose: {
          en: 'To count visits and recognise returning visitors',
          fr: 'Compter les visites et reconnaître les visiteurs qui reviennent',
        },
        party: 'first',
        duration: { en: '13 months', fr: '13 mois' },
        policyUrl: 'https://matomo.org/privacy-policy/',
      },
    ],
    ...overrides,
  };
  // structuredClone also detaches whatever the caller passed in `overrides`.
  return structuredClone(registry);
}

import type { TextKey } from './text-keys.js';

/** Les textes français intégrés. */
export const fr: Record<TextKey, string> = {
  policyTitle: 'Politique relative aux cookies',
  policyIntro:
    '{site} utilise des cookies pour que la plateforme fonctionne correctement et, si vous l’acceptez, pour mesurer son utilisation.',
  whatTitle: 'Qu’est-ce qu’un cookie ?',
  whatText:
    'Un cookie est une petite donnée nommée qu’un site demande à votre navigateur de conserver quelque temps et de lui renvoyer lors de vos visites suivantes. Les cookies peuvent garder votre session ouverte, retenir votre langue ou vos choix, ou suivre votre navigation à des fins de statistiques ou de publicité.',
  kindsTitle: 'Les types de cookies',
  kindNecessary:
    'Les cookies nécessaires font fonctionner le site d’une page et d’une visite à l’autre : connexion, langue, sécurité, vos choix en matière de cookies. Ils ne demandent pas de consentement.',
  kindStatistics:
    'Les cookies de statistiques mesurent l’utilisation du site. Ils ne sont déposés qu’avec votre accord, sauf si les données sont entièrement anonymisées.',
  kindFirstParty:
    'Les cookies internes sont déposés par le site visité. Au-delà des cookies nécessaires, ils peuvent collecter des données personnelles ou suivre votre comportement.',
  kindThirdParty:
    'Les cookies tiers sont déposés par une autre entreprise via le site visité, souvent pour savoir quelles pages vous avez vues et établir votre profil.',
  cookiesTitle: 'Cookies utilisés sur {site}',
  tableCaption: '{category} : les cookies',
  colProvider: 'Nom du prestataire',
  colFunction: 'Fonction et emplacement',
  colNames: 'Nom(s) du cookie',
  colPurpose: 'Finalités',
  colDuration: 'Durée',
  colParty: 'Origine',
  partyFirst: 'Interne',
  partyThird: 'Tiers',
  providerPolicy: 'Politique de confidentialité de {provider}',
  noCookies: 'Aucun cookie n’est déclaré dans cette catégorie.',
  bannerTitle: 'Cookies sur {site}',
  bannerText:
    'Nous utilisons des cookies nécessaires au fonctionnement du site. Avec votre accord, nous souhaitons aussi mesurer son utilisation. Vous pouvez accepter, refuser ou choisir par catégorie, et changer d’avis à tout moment.',
  policyLink: 'Lire la politique relative aux cookies',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  preferencesTitle: 'Paramètres des cookies',
  preferencesText:
    'Choisissez les cookies que ce site peut utiliser. Les cookies nécessaires sont toujours actifs.',
  alwaysOn: 'Toujours actifs',
  reopen: 'Paramètres des cookies',
  decisionTitle: 'Votre choix',
  decisionNone: 'Vous n’avez pas encore fait de choix.',
  decisionDate: 'Choix fait le',
  decisionId: 'Identifiant du choix',
  decisionSaved: 'Votre choix a été enregistré.',
  withdraw: 'Retirer mon consentement',
  allowed: 'Autorisés',
  refused: 'Refusés',
  errorTitle: 'La politique relative aux cookies n’a pas pu être chargée',
  loading: 'Chargement de la politique relative aux cookies…',
  servicesOn: '{on} sur {total} activés',
  placeholderText:
    '« {embed} » est hébergé par {service}. Le charger permet à {service} de déposer des cookies sur votre appareil.',
  placeholderLoad: 'Charger ce contenu {service}',
  placeholderAllow: 'Toujours autoriser {service}',
};

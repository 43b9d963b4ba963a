import type { TextKey } from './text-keys.js';

/** Les textes français intégrés. */
export const fr: Record<TextKey, string> = {
  policyTitle: 'Politique relative aux cookies',
  policyIntro:
    '{site} utilise les cookies nécessaires à son fonctionnement et, seulement si vous l’acceptez, d’autres cookies pour les finalités décrites ci-dessous.',
  whatTitle: 'Qu’est-ce qu’un cookie ?',
  whatText:
    'Un cookie est une petite donnée nommée qu’un site demande à votre navigateur de conserver quelque temps et de lui renvoyer lors de vos visites suivantes. Les cookies peuvent garder votre session ouverte, retenir votre langue ou vos choix, ou suivre votre navigation à des fins de statistiques ou de publicité.',
  kindsTitle: 'Les types de cookies',
  kindNecessary:
    'Les cookies nécessaires font fonctionner le site d’une page et d’une visite à l’autre : connexion, langue, sécurité, vos choix en matière de cookies. Ils ne demandent pas de consentement.',
  kindFunctional:
    'Les cookies fonctionnels retiennent des choix qui rendent le site plus pratique, comme vos préférences d’affichage, ou lui permettent d’afficher des contenus d’autres services, comme des cartes. Ils ne sont déposés qu’avec votre accord.',
  kindStatistics:
    'Les cookies de statistiques mesurent l’utilisation du site. Ils ne sont déposés qu’avec votre accord, sauf si les données sont entièrement anonymisées.',
  kindMarketing:
    'Les cookies marketing sont déposés par des services de publicité et de réseaux sociaux, souvent via des vidéos intégrées, pour suivre votre navigation d’un site à l’autre et vous montrer des publicités. Ils ne sont déposés qu’avec votre accord.',
  kindFirstParty:
    'Les cookies internes sont déposés par le site visité. Au-delà des cookies nécessaires, ils peuvent collecter des données personnelles ou suivre votre comportement.',
  kindThirdParty:
    'Les cookies tiers sont déposés par une autre entreprise via le site visité, souvent pour savoir quelles pages vous avez vues et établir votre profil.',
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
    'Ce site utilise les cookies nécessaires à son fonctionnement. Les autres ne sont déposés qu’avec votre accord : vous pouvez les accepter, les refuser ou choisir par catégorie, et changer d’avis à tout moment.',
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
  allowed: 'Autorisés',
  refused: 'Refusés',
  reopen: 'Paramètres des cookies',
  decisionTitle: 'Votre choix',
  decisionNone: 'Vous n’avez pas encore fait de choix.',
  decisionDate: 'Choix fait le',
  decisionId: 'Identifiant du choix',
  decisionSaved: 'Votre choix a été enregistré.',
  withdraw: 'Retirer mon consentement',
  reloadText: 'Une partie de ce que vous avez désactivé s’est déjà exécutée sur cette page : rechargez la page pour terminer.',
  reload: 'Recharger pour terminer',
  errorTitle: 'Les paramètres des cookies ne sont pas disponibles pour le moment.',
  loading: 'Chargement de la politique relative aux cookies…',
  servicesOn: '{on} sur {total} activés',
  placeholderText:
    '« {embed} » est hébergé par {service}. Le charger permet à {service} de déposer des cookies sur votre appareil.',
  placeholderLoad: 'Charger ce contenu {service}',
  placeholderAllow: 'Toujours autoriser {service}',
};

// Points the page's <cookie-policy> at the chosen seed portal's registry and language.
// It runs before the deferred widget script, so the element starts with the right attributes.
(function () {
  var portals = [
    'twisto.opendatasoft.com',
    'tne34.opendatasoft.com',
    'cloudbirst.my.opendatasoft.com',
    'delwp.opendatasoft.com',
    'documentation-resources.opendatasoft.com',
  ];
  // The demo page's own texts (the widget translates itself from the registry and its built-in texts).
  var texts = {
    en: {
      homeTitle: 'Open data portal · cookie-policy-element demo',
      policyTitle: 'Cookie policy · cookie-policy-element demo',
      portal: 'Portal',
      language: 'Language',
      layout: 'Banner',
      layoutBar: 'Bottom bar',
      layoutBox: 'Corner box',
      layoutTop: 'Top bar',
      switch: 'Switch',
      datasets: 'Datasets',
      introBefore: 'This page stands for any page of the portal. The banner below comes from one',
      introAfter: 'element; the scripts listed here are gated by category and print a line when they run.',
      gatedScripts: 'Gated scripts',
      readPolicy: 'Read the full cookie policy',
      embeds: 'Embeds',
      embedsBefore: 'With the',
      embedsLink: 'tne34 portal',
      embedsAfter:
        ', whose registry declares services, this section shows a video and a map as placeholders until their service is allowed. Nothing is requested from YouTube or OpenStreetMap before a click.',
      policy: 'Cookie policy',
      settings: 'Cookie settings',
      back: 'Back to the datasets',
      inlineRan: 'Inline statistics snippet ran.',
      necessaryRan: 'necessary.js ran (no consent needed).',
      statisticsRan: 'statistics.js ran (set _pk_id.1.demo and _pk_ses.1.demo).',
      decision: 'Decision ({source}): {categories}{services}{cleared}',
      services: ', services: {services}',
      cleared: ', cookies cleared: {names}',
    },
    fr: {
      homeTitle: 'Portail de données ouvertes · démo de cookie-policy-element',
      policyTitle: 'Politique relative aux cookies · démo de cookie-policy-element',
      portal: 'Portail',
      language: 'Langue',
      layout: 'Bannière',
      layoutBar: 'Barre en bas',
      layoutBox: 'Encadré en coin',
      layoutTop: 'Barre en haut',
      switch: 'Changer',
      datasets: 'Jeux de données',
      introBefore: 'Cette page tient lieu de n’importe quelle page du portail. La bannière vient d’un élément',
      introAfter: '; les scripts listés ici sont soumis au consentement par catégorie et écrivent une ligne quand ils s’exécutent.',
      gatedScripts: 'Scripts soumis au consentement',
      readPolicy: 'Lire la politique relative aux cookies',
      embeds: 'Contenus intégrés',
      embedsBefore: 'Avec le',
      embedsLink: 'portail tne34',
      embedsAfter:
        ', dont le registre déclare des services, cette section montre une vidéo et une carte sous forme d’espaces réservés tant que leur service n’est pas autorisé. Rien n’est demandé à YouTube ni à OpenStreetMap avant un clic.',
      policy: 'Politique relative aux cookies',
      settings: 'Paramètres des cookies',
      back: 'Retour aux jeux de données',
      inlineRan: 'Le fragment de statistiques en ligne s’est exécuté.',
      necessaryRan: 'necessary.js s’est exécuté (sans consentement nécessaire).',
      statisticsRan: 'statistics.js s’est exécuté (a déposé _pk_id.1.demo et _pk_ses.1.demo).',
      decision: 'Décision ({source}) : {categories}{services}{cleared}',
      services: ', services : {services}',
      cleared: ', cookies supprimés : {names}',
    },
  };
  var params = new URLSearchParams(location.search);
  var portal = portals.indexOf(params.get('portal')) >= 0 ? params.get('portal') : portals[0];
  var lang = params.get('lang') === 'fr' ? 'fr' : 'en';
  var layout = ['box', 'top'].indexOf(params.get('layout')) >= 0 ? params.get('layout') : 'bar';
  document.documentElement.lang = lang;

  function t(key, values) {
    return texts[lang][key].replace(/\{(\w+)\}/g, function (match, name) {
      return values && name in values ? values[name] : match;
    });
  }
  document.querySelectorAll('[data-text]').forEach(function (element) {
    element.textContent = t(element.getAttribute('data-text'));
  });
  /** Adds a line to the page's log of what ran (called by the gated sample scripts). */
  window.demoLog = function (key, values) {
    var log = document.getElementById('log');
    if (!log) return;
    var item = document.createElement('li');
    item.textContent = t(key, values);
    log.append(item);
  };

  document.querySelectorAll('cookie-policy').forEach(function (element) {
    element.setAttribute('src', 'registries/' + portal + '.json');
    if (layout !== 'bar') element.setAttribute('banner-layout', layout);
  });
  // Embeds gated on services that this portal's registry does not declare never load: not shown.
  document.querySelectorAll('[data-embeds-for]').forEach(function (element) {
    element.hidden = element.getAttribute('data-embeds-for') !== portal;
  });
  document.querySelectorAll('[data-portal-name]').forEach(function (element) {
    element.textContent = portal;
  });
  document.querySelectorAll('[data-keep-query]').forEach(function (link) {
    link.search = '?portal=' + portal + '&lang=' + lang + (layout !== 'bar' ? '&layout=' + layout : '');
  });
  var select = document.querySelector('[data-portal-select]');
  if (select) {
    portals.forEach(function (name) {
      select.add(new Option(name, name, false, name === portal));
    });
    document.querySelector('[data-lang-select]').value = lang;
    document.querySelector('[data-layout-select]').value = layout;
  }
  document.addEventListener('cookie-consent-change', function (event) {
    var detail = event.detail;
    window.demoLog('decision', {
      source: detail.source,
      categories: JSON.stringify(detail.categories),
      // A registry without services has `services: {}`: nothing to add to the line.
      services: Object.keys(detail.services || {}).length ? t('services', { services: JSON.stringify(detail.services) }) : '',
      cleared: detail.cleared.length ? t('cleared', { names: detail.cleared.join(', ') }) : '',
    });
  });
})();

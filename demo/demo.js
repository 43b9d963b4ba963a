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
  var params = new URLSearchParams(location.search);
  var portal = portals.indexOf(params.get('portal')) >= 0 ? params.get('portal') : portals[0];
  var lang = params.get('lang') === 'fr' ? 'fr' : 'en';
  document.documentElement.lang = lang;

  document.querySelectorAll('cookie-policy').forEach(function (element) {
    element.setAttribute('src', 'registries/' + portal + '.json');
  });
  document.querySelectorAll('[data-portal-name]').forEach(function (element) {
    element.textContent = portal;
  });
  document.querySelectorAll('[data-keep-query]').forEach(function (link) {
    link.search = '?portal=' + portal + '&lang=' + lang;
  });
  var select = document.querySelector('[data-portal-select]');
  if (select) {
    portals.forEach(function (name) {
      select.add(new Option(name, name, false, name === portal));
    });
    document.querySelector('[data-lang-select]').value = lang;
  }
  document.addEventListener('cookie-consent-change', function (event) {
    var log = document.getElementById('log');
    if (!log) return;
    var item = document.createElement('li');
    item.textContent =
      'Decision (' + event.detail.source + '): ' + JSON.stringify(event.detail.categories) +
      (Object.keys(event.detail.services).length ? ', services ' + JSON.stringify(event.detail.services) : '') +
      (event.detail.cleared.length ? ', cookies cleared: ' + event.detail.cleared.join(', ') : '');
    log.append(item);
  });
})();

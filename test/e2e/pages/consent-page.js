// Loaded by the consent-*.html pages after their markup and before dist/cookie-policy.js, so that
// one static page serves many tests. It reads the query string:
//   key=<k>        rewrites the placeholder KEY in gated src / data-src (templates' content too), so request counts are per test,
//                  and adds a query parameter unique to this load: the test runner serves every path
//                  with an extension as cacheable for a year (its cacheMiddleware overrides the hit
//                  route's no-store), so a reload would take the script from the cache, uncounted
//   cookie=<name>  sets cookie-name on every <cookie-policy> (the test page's cookie jar is shared)
//   registry=<url> sets src on every <cookie-policy>
//   lang=<code>    sets the page's language (<html lang>), which the widget then speaks
//   slow=<ms>      delays every fetch (the registry's) by that long; window.__fetched turns true when it goes out
//   gpc            navigator.globalPrivacyControl === true
//   datalayer      a bare window.dataLayer = []
//   gtag           a window.gtag function recording its calls in window.__gtag
// and always records every cookie-consent-change detail in window.__events and every
// navigator.sendBeacon call in window.__beacons ({ url, body }), answering true without sending.
(function () {
  var params = new URLSearchParams(location.search);
  var key = params.get('key');
  if (key) {
    var load = 'load=' + Math.random().toString(36).slice(2);
    var roots = [document].concat(Array.prototype.map.call(document.querySelectorAll('template'), function (template) {
      return template.content;
    }));
    var marked = [];
    roots.forEach(function (root) {
      marked.push.apply(marked, root.querySelectorAll('[src*="KEY"], [data-src*="KEY"]'));
    });
    marked.forEach(function (element) {
      ['src', 'data-src'].forEach(function (name) {
        var value = element.getAttribute(name);
        if (value) {
          value = value.replace('KEY', key);
          element.setAttribute(name, value + (value.indexOf('?') < 0 ? '?' : '&') + load);
        }
      });
    });
  }
  if (params.get('lang')) document.documentElement.lang = params.get('lang');
  document.querySelectorAll('cookie-policy').forEach(function (element) {
    if (params.get('cookie')) element.setAttribute('cookie-name', params.get('cookie'));
    if (params.get('registry')) element.setAttribute('src', params.get('registry'));
  });

  var slow = Number(params.get('slow'));
  if (slow > 0) {
    var originalFetch = window.fetch;
    window.__fetched = false;
    window.fetch = function (input, init) {
      return new Promise(function (resolve) {
        setTimeout(resolve, slow);
      }).then(function () {
        window.__fetched = true;
        return originalFetch.call(window, input, init);
      });
    };
  }
  if (params.has('gpc')) Object.defineProperty(navigator, 'globalPrivacyControl', { value: true });
  if (params.has('datalayer')) window.dataLayer = [];
  if (params.has('gtag')) {
    window.__gtag = [];
    window.gtag = function () {
      window.__gtag.push(Array.prototype.slice.call(arguments));
    };
  }

  window.__events = [];
  document.addEventListener('cookie-consent-change', function (event) {
    window.__events.push(event.detail);
  });
  window.__beacons = [];
  navigator.sendBeacon = function (url, data) {
    var record = { url: String(url), body: null };
    window.__beacons.push(record);
    if (data && typeof data.text === 'function') {
      data.text().then(function (text) {
        record.body = text;
      });
    } else record.body = data == null ? null : String(data);
    return true;
  };
})();

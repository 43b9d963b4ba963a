// Loaded first by every end-to-end page: records console warnings/errors and uncaught errors
// so that tests can read what the page logged from its very first script.
window.__logs = [];
window.__errors = [];
['warn', 'error'].forEach(function (level) {
  var original = console[level].bind(console);
  console[level] = function () {
    window.__logs.push(Array.prototype.map.call(arguments, String).join(' '));
    original.apply(null, arguments);
  };
});
window.addEventListener('error', function (event) {
  window.__errors.push(String(event.message));
});
window.addEventListener('unhandledrejection', function (event) {
  window.__errors.push(String(event.reason));
});

// Loaded right after capture.js on the strict-CSP page: records every CSP or Trusted Types
// violation the page reports, from the first script on.
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (event) {
  window.__violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
});

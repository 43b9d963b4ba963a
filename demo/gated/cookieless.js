// A refusal gate (data-cookie-category="!analytics"): runs once when a decision refuses statistics,
// standing for Matomo's cookieless measurement. It sets no cookie.
document.getElementById('log').insertAdjacentHTML('beforeend', '<li>cookieless.js ran: statistics refused, counting without cookies.</li>');

// The least a banner shown by a deferred script costs: the inline baseline's banner, built with the
// DOM and appended to <body> when the page has been parsed, as every tool here does.
(() => {
  if (document.cookie.includes('cookies_preferences=')) return;
  const banner = document.createElement('div');
  banner.id = 'cookie-banner';
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-label', 'Cookies');
  banner.style.cssText = 'position:fixed;inset:auto 0 0 0;padding:1rem 2rem;background:#fff;border-top:1px solid #6b6b73';
  const text = document.createElement('p');
  text.textContent = 'We use necessary cookies to run this site. With your consent we would also like to measure its use. ';
  const link = Object.assign(document.createElement('a'), { href: '/pages/cookies/', textContent: 'Read the cookie policy' });
  text.append(link);
  banner.append(text);
  for (const [value, label] of [['all', 'Accept all'], ['none', 'Reject all']]) {
    banner.append(Object.assign(document.createElement('button'), { value, textContent: label }));
  }
  banner.append(Object.assign(document.createElement('a'), { href: '/pages/cookies/', textContent: 'Customise' }));
  banner.addEventListener('click', (event) => {
    if (event.target.localName !== 'button') return;
    document.cookie = `cookies_preferences=${event.target.value}; Path=/; Max-Age=15552000; SameSite=Lax`;
    banner.remove();
  });
  document.body.append(banner);
})();

// A script of a required category: it needs no consent, so it runs as soon as the registry is known.
window.demoLog('necessaryRan');

// A script of a required category: it needs no consent, so it runs as soon as the registry is known.
document.getElementById('log').insertAdjacentHTML('beforeend', '<li>necessary.js ran (no consent needed).</li>');

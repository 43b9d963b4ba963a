// The portal page every tool is measured on: a header, a search form and a list of datasets,
// about 30 KB of HTML, deterministic (no randomness) so every page and every run is identical.
const themes = ['Transport', 'Environment', 'Economy', 'Health', 'Culture', 'Housing', 'Energy', 'Education'];
const publishers = ['Twisto', 'Caen la Mer', 'Région Normandie', 'Météo Normandie', 'INSEE', 'Open Data Caen'];
const words = (
  'bus line stop timetable real time passengers network accessibility tram station bicycle parking ' +
  'traffic air quality noise measurement sensor district population census budget subsidy school ' +
  'library museum attendance energy consumption building permit housing rent waste collection'
).split(' ');

/** A stable pseudo-sentence of `count` words, starting at `seed`. */
function sentence(seed, count) {
  const picked = Array.from({ length: count }, (_, i) => words[(seed * 7 + i * 13) % words.length]);
  return picked.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
}

function dataset(i) {
  const theme = themes[i % themes.length];
  return `<li class="dataset">
  <h3><a href="/explore/dataset/ds-${i}/">${theme}: ${sentence(i, 5).slice(0, -1)}</a></h3>
  <p class="meta">${publishers[i % publishers.length]} · updated 2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')} · ${1000 + i * 37} records</p>
  <p>${sentence(i, 18)} ${sentence(i + 3, 14)}</p>
  <ul class="tags"><li>${theme.toLowerCase()}</li><li>${words[i % words.length]}</li><li>open licence</li></ul>
</li>`;
}

const style = `<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1b1b1f; }
  .portal-header { display: flex; align-items: center; gap: 2rem; padding: 1rem 2rem; background: #142e4f; color: #fff; }
  .portal-header a { color: #fff; }
  .portal-header nav a { margin-right: 1rem; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem 2rem; }
  .datasets { list-style: none; padding: 0; }
  .dataset { border-bottom: 1px solid #ddd; padding: 0.5rem 0; }
  .dataset h3 { margin: 0; font-size: 1.1rem; }
  .meta { color: #555; font-size: 0.9rem; margin: 0.2rem 0; }
  .tags { display: flex; gap: 0.5rem; list-style: none; padding: 0; font-size: 0.8rem; }
  .tags li { background: #eef; padding: 0 0.4rem; border-radius: 3px; }
  footer { padding: 1rem 2rem; background: #f3f3f3; }
</style>`;

/** `<head>` styles of the portal itself. */
export const portalStyle = style;

/** The portal's `<body>` content, the same on every bench page. */
export function portalBody(datasets = 55) {
  return `<header class="portal-header">
  <a class="brand" href="/">Twisto open data</a>
  <nav><a href="/explore/">Datasets</a><a href="/api/">API</a><a href="/pages/about/">About</a></nav>
  <form role="search" action="/explore/"><input type="search" name="q" aria-label="Search datasets" /> <button>Search</button></form>
</header>
<main>
  <h1>Datasets</h1>
  <p>${datasets} datasets published by the transport network and its partners, free to reuse under an open licence.</p>
  <ol class="datasets">
${Array.from({ length: datasets }, (_, i) => dataset(i)).join('\n')}
  </ol>
</main>
<footer><a href="/pages/cookies/">Cookie policy</a> · <a href="/pages/legal/">Legal notice</a></footer>`;
}

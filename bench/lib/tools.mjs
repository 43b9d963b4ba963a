// What each tool makes a portal download, as its docs say to load it. Shared by size.mjs (sizes)
// and the bench server (which serves exactly these files), so both talk about the same bytes.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const modules = path.join(root, 'node_modules');

/** URL path on the bench server → file on disk. */
export const assets = {
  '/cookie-policy.js': path.join(root, 'dist/cookie-policy.js'),
  '/vendor/cookieconsent/cookieconsent.umd.js': path.join(modules, 'vanilla-cookieconsent/dist/cookieconsent.umd.js'),
  '/vendor/cookieconsent/cookieconsent.esm.js': path.join(modules, 'vanilla-cookieconsent/dist/cookieconsent.esm.js'),
  '/vendor/cookieconsent/cookieconsent.css': path.join(modules, 'vanilla-cookieconsent/dist/cookieconsent.css'),
  '/vendor/orejime/orejime-standard-en.js': path.join(modules, 'orejime/dist/orejime-standard-en.js'),
  '/vendor/orejime/orejime-standard.css': path.join(modules, 'orejime/dist/orejime-standard.css'),
  '/registry.json': path.join(root, 'demo/registries/twisto.opendatasoft.com.json'),
};

/**
 * The library files per tool (what size.mjs measures). Configuration (our registry, their config
 * objects) is site data rather than library weight, so it is left to the page-load transfer metric.
 */
export const toolFiles = {
  'cookie-policy': ['/cookie-policy.js'],
  'vanilla-cookieconsent (umd)': ['/vendor/cookieconsent/cookieconsent.umd.js', '/vendor/cookieconsent/cookieconsent.css'],
  'vanilla-cookieconsent (esm)': ['/vendor/cookieconsent/cookieconsent.esm.js', '/vendor/cookieconsent/cookieconsent.css'],
  orejime: ['/vendor/orejime/orejime-standard-en.js', '/vendor/orejime/orejime-standard.css'],
};

export const ours = 'cookie-policy';

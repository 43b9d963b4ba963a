import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const committed = read('custom-elements.json');
const manifest = JSON.parse(committed);

describe('custom-elements.json', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'cem-'));
  after(() => rmSync(outdir, { recursive: true, force: true }));

  it('is what `npm run analyze` generates from the sources now', () => {
    // The analyzer joins --outdir to the working directory, so it has to be relative.
    const { status, stderr } = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
        'analyze',
        '--litelement',
        '--config',
        'custom-elements-manifest.config.mjs',
        '--outdir',
        relative(root, outdir),
        '--quiet',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(status, 0, stderr);
    const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
    assert.ok(fresh === committed, 'custom-elements.json is stale: run `npm run analyze` and commit it');
  });
});

describe('the README', () => {
  const readme = read('README.md');
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'cookie-policy');

  /** Every item of `list` that the README does not show as `` `code` `` (`` `name(`` for methods). */
  const undocumented = (list, code = (name) => `\`${name}\``) =>
    list.filter((name) => !readme.includes(code(name)));

  it('declares the <cookie-policy> element', () => {
    assert.ok(element, 'no declaration with tagName "cookie-policy" in custom-elements.json');
  });

  const cases = {
    attributes: () => (element.attributes ?? []).map(({ name }) => name),
    properties: () =>
      (element.members ?? [])
        .filter((member) => member.kind === 'field' && !member.static && !member.privacy)
        .map(({ name }) => name),
    methods: () =>
      (element.members ?? [])
        .filter((member) => member.kind === 'method' && !member.static && !member.privacy)
        .map(({ name }) => name),
    events: () => (element.events ?? []).map(({ name }) => name),
    'CSS parts': () => (element.cssParts ?? []).map(({ name }) => name),
    'CSS custom properties': () => (element.cssProperties ?? []).map(({ name }) => name),
  };

  for (const [kind, names] of Object.entries(cases)) {
    it(`documents every one of the manifest's ${kind}`, () => {
      const list = names();
      assert.ok(list.length > 0, `the manifest lists no ${kind}`);
      const missing = kind === 'methods' ? undocumented(list, (name) => `\`${name}(`) : undocumented(list);
      assert.deepEqual(missing, [], `README.md does not document these ${kind}: ${missing.join(', ')}`);
    });
  }
});

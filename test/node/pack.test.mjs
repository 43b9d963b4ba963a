// `npm pack`: the tarball a user installs is named, bin'd and exported the way the README says.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const NAME = 'cookie-policy-element';

describe('the packed package (npm pack)', () => {
  const work = mkdtempSync(join(tmpdir(), 'pack-'));
  const project = join(work, 'project');
  const installed = join(project, 'node_modules', NAME);
  let packed;
  let manifest;

  before(() => {
    // --ignore-scripts: pack the committed build as is (prepack would rebuild dist/ under the
    // other test files' feet).
    const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    [packed] = JSON.parse(output);
    // Installed by hand, as npm would lay it out, with this clone's lit-html: no network needed.
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', installed, '--strip-components=1']);
    symlinkSync(join(root, 'node_modules', 'lit-html'), join(project, 'node_modules', 'lit-html'), 'dir');
    manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  const files = () => packed.files.map((file) => file.path);
  /** Where `specifier` resolves from a project that has the package installed. */
  const resolveFromProject = (specifier) => {
    const { status, stdout, stderr } = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`],
      { cwd: project, encoding: 'utf8' },
    );
    assert.equal(status, 0, `${specifier} does not resolve: ${stderr}`);
    return fileURLToPath(stdout.trim());
  };

  it(`is ${NAME}, the name the README installs, imports and runs`, () => {
    assert.equal(manifest.name, NAME);
    assert.equal(packed.filename, `${NAME}-${manifest.version}.tgz`);
    assert.ok(readme.includes(`npm install ${NAME}`), 'the README does not say `npm install cookie-policy-element`');
    assert.ok(readme.includes(`import '${NAME}'`), "the README does not say `import 'cookie-policy-element'`");
    assert.ok(readme.includes(`npx ${NAME} validate`), 'the README does not say `npx cookie-policy-element validate`');
    assert.doesNotMatch(readme, /npx cookie-policy (validate|scan)|import 'cookie-policy'|npm\/cookie-policy[@/]/);
  });

  it(`has one command, ${NAME}, that runs from the installed package`, () => {
    assert.deepEqual(Object.keys(manifest.bin), [NAME]);
    const registry = join(root, 'test/node/fixtures/clean.json');
    const result = spawnSync(process.execPath, [join(installed, manifest.bin[NAME]), 'validate', registry], {
      cwd: project,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim(), `${registry}: ok`);
  });

  it('resolves the import, the script and the schema the README names', () => {
    assert.equal(resolveFromProject(NAME), join(installed, 'dist/esm/index.js'));
    assert.ok(existsSync(join(installed, 'dist/esm/index.d.ts')), 'no type declarations for the import');
    const subpaths = [...readme.matchAll(/(?<![/@\w-])cookie-policy-element\/([\w./-]+\w)/g)].map(([, path]) => path);
    assert.ok(subpaths.includes('cookie-policy.js') && subpaths.includes('schema/cookie-registry.schema.json'));
    for (const subpath of new Set(subpaths)) {
      assert.ok(existsSync(resolveFromProject(`${NAME}/${subpath}`)), `${NAME}/${subpath} resolves to no file`);
    }
    assert.equal(resolveFromProject(`${NAME}/cookie-policy.js`), join(installed, 'dist/cookie-policy.js'));
  });

  it('holds every file the README points into, at the packed version', () => {
    const paths = [...readme.matchAll(/(?:node_modules\/|npm\/|unpkg\.com\/)cookie-policy-element(@[^/\s`]+)?\/([\w./-]+\w)/g)];
    assert.ok(paths.length >= 2, 'the README names no file of the package');
    for (const [match, version, path] of paths) {
      if (version) assert.equal(version, `@${manifest.version}`, `${match}: not the packed version`);
      assert.ok(files().includes(path), `${match}: ${path} is not in the tarball`);
    }
  });

  it('contains the script, the schema, the manifest and the command line, and no tests', () => {
    for (const path of ['dist/cookie-policy.js', 'schema/cookie-registry.schema.json', 'custom-elements.json', 'bin/cookie-policy.mjs']) {
      assert.ok(files().includes(path), `${path} is missing from the tarball`);
    }
    assert.deepEqual(
      files().filter((path) => /^test\/|\.test\.|(^|\/)(fixtures|coverage|\.cache|node_modules)\//.test(path)),
      [],
    );
  });
});

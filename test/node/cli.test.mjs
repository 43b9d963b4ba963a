import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { durationDays } from '../../bin/registry-warnings.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = fileURLToPath(new URL('../../bin/cookie-policy.mjs', import.meta.url));
const fixture = (name) => `test/node/fixtures/${name}.json`;

// The CLI runs the element's parser from the ES module build: without it every test would fail
// for a reason that has nothing to do with the CLI.
if (!existsSync(`${root}dist/esm/registry/parse.js`)) {
  throw new Error('dist/esm/registry/parse.js is missing: run `npm run build` first');
}

function run(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { status, stdout, stderr, lines: stdout.trim().split('\n') };
}

const json = (...args) => JSON.parse(run('--json', ...args).stdout);

describe('cookie-policy-element validate', () => {
  it('passes the five demo registries with no warning, even with --strict', () => {
    const files = readdirSync(`${root}demo/registries`)
      .filter((name) => name.endsWith('.json'))
      .map((name) => `demo/registries/${name}`);
    assert.equal(files.length, 5);
    const result = run('validate', '--strict', ...files);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.deepEqual(
      result.lines,
      files.map((file) => `${file}: ok`),
    );
  });

  it('prints "file: ok" and exits 0 for a clean registry', () => {
    const result = run('validate', fixture('clean'));
    assert.equal(result.status, 0);
    assert.equal(result.stdout, `${fixture('clean')}: ok\n`);
  });

  it('reports the JSON Pointer and exits 1 for an invalid registry', () => {
    const result = run('validate', fixture('invalid-names'));
    assert.equal(result.status, 1);
    assert.equal(result.stdout, `${fixture('invalid-names')}: /cookies/1/names: expected a non-empty array of strings\n`);
  });

  it('prints the very message the element shows, from its own parser', async () => {
    const { parseRegistry } = await import(`${root}dist/esm/registry/parse.js`);
    const file = fixture('invalid-category');
    let expected;
    try {
      parseRegistry(JSON.parse(readFileSync(`${root}${file}`, 'utf8')));
    } catch (error) {
      expected = error.message;
    }
    assert.equal(expected, '/cookies/0/category: unknown category "marketing"');
    assert.equal(run('validate', file).stdout, `${file}: ${expected}\n`);
  });

  it('reports a file that is not JSON, or cannot be read, and still checks the others', () => {
    const result = run('validate', fixture('not-json'), 'test/node/fixtures/missing.json', fixture('clean'));
    assert.equal(result.status, 1);
    assert.equal(result.lines[0], `${fixture('not-json')}: not JSON: line 1, column 40: unexpected end of the file`);
    assert.match(result.lines[3], /^test\/node\/fixtures\/missing\.json: cannot read: .*ENOENT/);
    assert.equal(result.lines[4], `${fixture('clean')}: ok`);
  });

  it('gives the line and column of a JSON syntax error and shows the offending line once', () => {
    const result = run('validate', fixture('syntax-error'));
    assert.equal(result.status, 1);
    assert.deepEqual(result.lines, [
      `${fixture('syntax-error')}: not JSON: line 4, column 16: unexpected "}"`,
      '  4 |   "languages": },',
      '    |                ^',
    ]);
  });

  it('cuts a long offending line around the column (a minified registry)', () => {
    const result = run('validate', fixture('syntax-error-minified'));
    assert.match(result.lines[0], /: not JSON: line 1, column 301: unexpected "x"$/);
    const [excerpt, caret] = result.lines.slice(1);
    assert.ok(excerpt.length < 90, excerpt);
    assert.equal(excerpt[caret.indexOf('^')], 'x');
  });

  it('reports every problem of an invalid registry in one run, each with its pointer', () => {
    const result = run('validate', fixture('many-errors'));
    assert.equal(result.status, 1);
    assert.deepEqual(result.lines, [
      `${fixture('many-errors')}: /site: expected a non-empty string`,
      `${fixture('many-errors')}: /categories/1/title: missing (a required field)`,
      `${fixture('many-errors')}: /cookies/0/names: expected a non-empty array of strings`,
      `${fixture('many-errors')}: /cookies/1/purpose: missing (a required field)`,
      `${fixture('many-errors')}: /cookies/1/category: unknown category "marketing"`,
    ]);
  });

  it('warns about a valid but likely wrong registry, and exits 0 without --strict', () => {
    const result = run('validate', fixture('warnings'));
    assert.equal(result.status, 0);
    assert.equal(result.lines[0], `${fixture('warnings')}: ok, 11 warnings`);
    for (const line of result.lines.slice(1)) assert.match(line, /^test\/node\/fixtures\/warnings\.json: warning: \/\S*: /);
  });

  it('fails on warnings with --strict', () => {
    const result = run('validate', '--strict', fixture('warnings'));
    assert.equal(result.status, 1);
    assert.equal(result.lines[0], `${fixture('warnings')}: fails with 11 warnings (--strict)`);
  });

  describe('warnings', () => {
    const warnings = json('validate', fixture('warnings')).files[0].warnings;
    const at = (pointer) => warnings.find((warning) => warning.pointer === pointer)?.message;

    it('flags durations over 13 months, in English and French', () => {
      assert.match(at('/cookies/1/duration/en'), /"2 years" is longer than 13 months/);
      assert.match(at('/cookies/1/duration/fr'), /"2 ans" is longer than 13 months/);
      assert.match(at('/cookies/2/duration'), /"400 days"/);
      assert.equal(at('/cookies/0/duration'), undefined, '"1 year" is fine');
    });

    it('flags statistics in a required category, by title or by cookie name', () => {
      assert.match(at('/categories/1'), /required category "audience" looks like statistics/);
      assert.match(at('/cookies/0/names/1'), /"_ga" is an analytics or advertising cookie in the required category/);
      assert.equal(at('/categories/0'), undefined);
    });

    it('flags missing translations and texts for undeclared languages', () => {
      assert.match(at('/cookies/0/purpose'), /no text for "fr"/);
      assert.match(at('/categories/2/description/de'), /"de" is not listed in \/languages/);
      assert.match(at('/texts/de'), /"de" is not listed in \/languages/);
    });

    it('flags a language with no built-in interface texts and no overrides', () => {
      const [warning] = json('validate', fixture('german')).files[0].warnings;
      assert.deepEqual(warning.pointer, '/languages/1');
      assert.match(warning.message, /no built-in interface texts for "de"/);
    });

    it('flags a cookie name listed twice', () => {
      assert.equal(at('/cookies/1/names/1'), '/cookies/1/names/1: "sessionid" is already listed at /cookies/0/names/0');
    });

    it('flags policy URLs that are not http(s), but not relative ones', () => {
      assert.match(at('/policyUrl'), /"javascript:alert\(1\)" is not an http\(s\) URL/);
      assert.match(at('/cookies/1/policyUrl'), /"data:text\/html,hello"/);
      assert.equal(at('/cookies/2/policyUrl'), undefined);
    });

    it('reads durations in the usual English and French forms', () => {
      const month = 365.25 / 12;
      assert.equal(durationDays('13 months'), 13 * month);
      assert.equal(durationDays('13 mois'), 13 * month);
      assert.equal(durationDays('1 year'), 365.25);
      assert.equal(durationDays('1 an'), 365.25);
      assert.equal(durationDays('2 ans'), 730.5);
      assert.equal(durationDays('2 years'), 730.5);
      assert.equal(durationDays('400 days'), 400);
      assert.equal(durationDays('390 jours'), 390);
      assert.equal(durationDays('1 year and 2 months'), 365.25 + 2 * month);
      assert.equal(durationDays('un an'), 365.25);
      assert.equal(durationDays('2 semaines'), 14);
      assert.equal(durationDays('session'), null);
    });
  });

  it('prints a JSON report with --json', () => {
    const report = json('validate', fixture('clean'), fixture('invalid-names'));
    assert.equal(report.ok, false);
    assert.deepEqual(report.files[0], { file: fixture('clean'), ok: true, warnings: [] });
    assert.deepEqual(report.files[1].errors, [
      { pointer: '/cookies/1/names', message: '/cookies/1/names: expected a non-empty array of strings' },
    ]);
  });

  it('prints its help with --help and exits 0', () => {
    const result = run('--help');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: cookie-policy-element validate/);
  });

  it('exits 2 on a usage error', () => {
    for (const args of [[], ['check', 'a.json'], ['validate'], ['validate', '--nope', 'a.json']]) {
      const result = run(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^cookie-policy-element: /);
      assert.equal(result.stdout, '');
    }
  });
});

describe('where a JSON text stops being JSON', async () => {
  const { syntaxErrorOffset } = await import('../../bin/json-position.mjs');

  it('finds nothing wrong in what JSON.parse accepts', () => {
    for (const text of ['{}', ' [1, -2.5e3, "a\\u00e9", true, false, null] ', '"x"', '{"a":{"b":[{}]}}']) {
      JSON.parse(text);
      assert.equal(syntaxErrorOffset(text), null, text);
    }
  });

  it('points at the first character that breaks the grammar', () => {
    const cases = { '{"a": 1,}': 8, '{"a" 1}': 5, '[1 2]': 3, '{"a": x}': 6, '01': 1, '[1]]': 3, '"\t"': 0, '': 0, '{"a": [1,': 9 };
    for (const [text, offset] of Object.entries(cases)) {
      assert.throws(() => JSON.parse(text));
      assert.equal(syntaxErrorOffset(text), offset, JSON.stringify(text));
    }
  });
});

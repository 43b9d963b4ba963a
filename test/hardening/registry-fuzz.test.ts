import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { parseRegistry, RegistryError } from '../../src/registry/parse.js';
import { TEXT_KEYS } from '../../src/i18n/text-keys.js';
import { validRegistries } from '../registry/corpus.js';

// Seeded mutations of valid registries. A failure prints the seed and the case number: set SEED
// and FIRST_CASE to replay it. Raise RUNS (or add ?fuzz-runs=N to the test page URL) for a long run.
const SEED = 0x5eed_c0de;
const RUNS = Number(new URLSearchParams(location.search).get('fuzz-runs')) || 3000;
const FIRST_CASE = 0;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** mulberry32: small, fast, and the same sequence in every browser. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const setOwn = (target: Record<string, Json> | Json[], key: string | number, value: Json) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/** The paths in `value`, capped in number and depth: a mutated registry can be huge and deep. */
function pathsOf(value: Json, limit = 1500): Path[] {
  const paths: Path[] = [];
  const walk = (node: Json, path: Path) => {
    if (paths.length >= limit || path.length > 12) return;
    paths.push(path);
    if (Array.isArray(node)) node.slice(0, 50).forEach((item, index) => walk(item, [...path, index]));
    else if (isObject(node)) for (const key of Object.keys(node)) walk(node[key], [...path, key]);
  };
  walk(value, []);
  return paths;
}

const get = (root: Json, path: Path): Json =>
  path.reduce<Json>((node, key) => (node as Record<string, Json>)[key as string], root);

const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'en', 'fr', 'id', 'x', ...TEXT_KEYS];

const STRINGS = [
  '', ' ', 'NaN', 'Infinity', '-Infinity', '-0', '1e999', 'null', 'undefined', 'true', '[]', '{}',
  'en', 'fr', 'EN', 'en-', 'e', 'english', 'necessary', 'analytics', 'Analytics', 'first', 'third',
  'analytics_storage', 'ads_storage', '\uD800', '\uDC00x', 'a\u0000b', '\u202E', '\uFEFF', '__proto__',
  'constructor', 'https://example.org/', 'javascript:alert(1)', 'matomo', 'youtube',
];

function randomScalar(rng: Random): Json {
  switch (rng.int(7)) {
    case 0:
      return rng.pick([0, -1, 1.5, 1e308, -0, 2 ** 53]);
    case 1:
      return rng.next() < 0.5;
    case 2:
      return null;
    default:
      return rng.pick(STRINGS);
  }
}

function randomValue(rng: Random, depth = 0): Json {
  const roll = rng.int(10);
  if (depth > 2 || roll < 6) return randomScalar(rng);
  if (roll < 8) return Array.from({ length: rng.int(3) }, () => randomValue(rng, depth + 1));
  const object: Record<string, Json> = {};
  for (let i = rng.int(3); i > 0; i--) setOwn(object, rng.pick(KEYS), randomValue(rng, depth + 1));
  return object;
}

function deep(rng: Random): Json {
  let value: Json = rng.pick(['x', 1, null] as Json[]);
  const asArray = rng.next() < 0.5;
  for (let i = 200 + rng.int(1800); i > 0; i--) value = asArray ? [value] : { en: value };
  return value;
}

/** One mutation, in place; returns what it did, for the failure message. */
function mutate(root: Json, rng: Random): string {
  const paths = pathsOf(root);
  const path = rng.pick(paths);
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  const parent = path.length ? (get(root, parentPath) as Record<string, Json> | Json[]) : null;
  const node = get(root, path);
  const where = `/${path.join('/')}`;
  switch (rng.int(10)) {
    case 0: // drop a key or an item
      if (!parent) return 'nothing';
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last as string];
      return `drop ${where}`;
    case 1: // retype a value
      if (!parent) return 'nothing';
      setOwn(parent, last, randomValue(rng));
      return `retype ${where}`;
    case 2: // duplicate an item
      if (!Array.isArray(node) || !node.length) return 'nothing';
      node.push(structuredClone(rng.pick(node)));
      return `duplicate in ${where}`;
    case 3: // nest deeply
      if (!parent) return 'nothing';
      setOwn(parent, last, deep(rng));
      return `nest ${where}`;
    case 4: // huge string
      if (!parent) return 'nothing';
      setOwn(parent, last, rng.pick(['x', '\uD800', '<'] as const).repeat(100_000));
      return `huge string ${where}`;
    case 5: // huge array
      if (!parent) return 'nothing';
      {
        // Ten thousand copies of a small item (of a big one, the case would take longer than the suite).
        const item = Array.isArray(node) && node.length && JSON.stringify(node[0]).length < 200 ? node[0] : 'x';
        setOwn(parent, last, JSON.parse(`[${new Array(10_000).fill(JSON.stringify(item)).join()}]`));
      }
      return `huge array ${where}`;
    case 6: // hostile or unknown key
      if (!isObject(node)) return 'nothing';
      setOwn(node, rng.pick(KEYS), randomValue(rng));
      return `key in ${where}`;
    case 7: // wrong unicode in a string or a key
      if (typeof node === 'string' && parent) {
        setOwn(parent, last, node.slice(0, 1) + rng.pick(['\uD800', '\uDFFF', '\u0000', '\u202E', '\uFFFE']) + node.slice(1));
        return `unicode ${where}`;
      }
      if (isObject(node) && Object.keys(node).length) {
        const key = rng.pick(Object.keys(node));
        setOwn(node, `${key}\uD800`, node[key]);
        delete node[key];
        return `unicode key in ${where}`;
      }
      return 'nothing';
    case 8: // rename a key
      if (!isObject(parent) || !parent) return 'nothing';
      setOwn(parent, `${last}`.toUpperCase() === `${last}` ? `${last}_` : `${last}`.toUpperCase(), node);
      delete (parent as Record<string, Json>)[last as string];
      return `rename ${where}`;
    default: // move a value somewhere else
      if (!parent) return 'nothing';
      setOwn(parent, last, structuredClone(get(root, rng.pick(paths))));
      return `copy into ${where}`;
  }
}

const unescape = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/** Whether `pointer` names a value in `root`, or a missing key of an object that is there. */
function pointsIntoInput(root: unknown, pointer: string): boolean {
  if (pointer === '') return true;
  const tokens = pointer.split('/').slice(1).map(unescape);
  let node: unknown = root;
  for (const [index, token] of tokens.entries()) {
    const isLast = index === tokens.length - 1;
    const container = node as Record<string, unknown>;
    if (typeof node !== 'object' || node === null) return false;
    if (Array.isArray(node) ? !/^(0|[1-9]\d*)$/.test(token) || Number(token) >= node.length : !Object.hasOwn(node, token)) {
      return isLast && isObject(node);
    }
    node = container[token];
  }
  return true;
}

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function schemaPointers(errors: readonly ErrorObject[]): string[] {
  return errors.flatMap((error) => {
    const { instancePath, params } = error as ErrorObject & { params: Record<string, unknown> };
    const child = params.additionalProperty ?? params.missingProperty ?? params.propertyName ?? params.i;
    return child === undefined ? [instancePath] : [instancePath, `${instancePath}/${escape(String(child))}`];
  });
}

/** The parser's rules the schema cannot express: only the parser rejects these. */
const SEMANTIC = /duplicate (category )?id|unknown category|unknown service|is not of category/;

describe(`registry fuzzing (seed ${SEED}, ${RUNS} cases)`, () => {
  let validate: ValidateFunction;

  before(async () => {
    const schema = await (await fetch('/schema/cookie-registry.schema.json')).json();
    validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  });

  it('parseRegistry returns or throws a RegistryError pointing into the input, and agrees with the schema', function () {
    this.timeout(60_000);
    const rng = random(SEED);
    const bases = validRegistries.map(({ registry }) => JSON.stringify(registry));
    const tally = { accepted: 0, rejected: 0, semantic: 0 };
    for (let n = 0; n < FIRST_CASE + RUNS; n++) {
      const root = JSON.parse(rng.pick(bases)) as Json;
      const steps: string[] = [];
      for (let i = 1 + rng.int(3); i > 0; i--) steps.push(mutate(root, rng));
      if (n < FIRST_CASE) continue;
      // Through JSON and back, as a fetched registry arrives (own `__proto__` keys stay keys).
      const input: unknown = JSON.parse(JSON.stringify(root));
      const label = `seed ${SEED}, case ${n}: ${steps.join('; ')}`;

      let error: unknown = null;
      try {
        parseRegistry(input);
      } catch (caught) {
        error = caught;
      }
      const schemaAccepts = validate(input) as boolean;
      if (error === null) {
        tally.accepted++;
        expect(schemaAccepts, `${label}: the parser accepted what the schema rejects ${JSON.stringify(validate.errors?.slice(0, 3))}`).to.equal(true);
        continue;
      }
      expect(error, `${label}: threw ${String(error)}`).to.be.instanceOf(RegistryError);
      const { pointer, message } = error as RegistryError;
      expect(pointsIntoInput(input, pointer), `${label}: pointer ${pointer} is not in the input`).to.equal(true);
      if (schemaAccepts) {
        tally.semantic++;
        expect(message, `${label}: the schema accepted what the parser rejects (${message})`).to.match(SEMANTIC);
      } else {
        tally.rejected++;
        const reported = schemaPointers(validate.errors!);
        // ajv names one pair of duplicates, not necessarily the first: the parser names the first.
        const parent = pointer.slice(0, pointer.lastIndexOf('/'));
        const sameDuplicates =
          /: duplicate /.test(message) &&
          validate.errors!.some(({ keyword, instancePath }) => keyword === 'uniqueItems' && instancePath === parent);
        if (!sameDuplicates) expect(reported, `${label}: the schema does not report ${pointer}`).to.include(pointer);
      }
    }
    // The mutations reach every outcome, so the checks above are not vacuous.
    expect(tally.accepted, JSON.stringify(tally)).to.be.above(RUNS / 50);
    expect(tally.rejected, JSON.stringify(tally)).to.be.above(RUNS / 2);
    expect(tally.semantic, JSON.stringify(tally)).to.be.above(0);
  });
});

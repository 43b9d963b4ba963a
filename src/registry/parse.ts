import { TEXT_KEYS } from '../i18n/text-keys.js';
import type { Registry } from './types.js';
import { isObject } from '../is-object.js';

/**
 * Why a registry cannot be used: not fetched, not JSON, or not valid against the schema.
 * `pointer` is the JSON Pointer (RFC 6901) of the first invalid field, `''` for the registry
 * itself or when the problem is not about one field (fetching, parsing).
 *
 * @example
 * try { parseRegistry(json) } catch (e) { if (e instanceof RegistryError) console.log(e.pointer) }
 */
export class RegistryError extends Error {
  /** JSON Pointer of the invalid field; `''` for the root or for a fetch or JSON problem. */
  readonly pointer: string;
  /** The HTTP status when the registry's URL answered with a non-2xx status. */
  readonly status?: number;

  constructor(message: string, pointer = '', status?: number) {
    super(message);
    this.name = 'RegistryError';
    this.pointer = pointer;
    if (status !== undefined) this.status = status;
  }
}

type Json = Record<string, unknown>;
/**
 * Where a value sits: `''` for the registry itself, else its parent's path and its key. It becomes
 * a JSON Pointer only for an error: building one for every field of a long registry cost more than
 * the rest of its validation.
 */
type Path = '' | readonly [Path, string | number];
type Check = (value: unknown, path: Path) => unknown;
/** The fields of an object: how each is checked, and whether it is required (`1`). */
type Shape = Record<string, [Check, 1?]>;

const pointerOf = (path: Path): string =>
  path && `${pointerOf(path[0])}/${String(path[1]).replace(/~/g, '~0').replace(/\//g, '~1')}`;

const fail = (path: Path, problem: string): never => {
  const pointer = pointerOf(path);
  throw new RegistryError(`${pointer || '/'}: ${problem}`, pointer);
};

const at = (path: Path, key: string | number): Path => [path, key];

const quote = JSON.stringify;


const string =
  (pattern: RegExp, what: string): Check =>
  (value, path) =>
    typeof value === 'string' && pattern.test(value) ? value : fail(path, `expected ${what}`);

const oneOf =
  (values: unknown[]): Check =>
  (value, path) =>
    values.includes(value) ? value : fail(path, `expected one of ${values.join(', ')}`);

const anyString = string(/^/, 'a string');
const nonEmpty = string(/./s, 'a non-empty string');
const language = string(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'a language tag like "en" or "fr-CA"');

/** An array check; `distinct` fails at the later of two equal items, where a reader looks for the mistake. */
const array =
  (what: string, item: Check, min = 0, distinct?: 1): Check =>
  (value, path) => {
    if (!Array.isArray(value) || value.length < min) fail(path, `expected ${what}`);
    const seen = distinct && new Set();
    const result = [];
    // Plain loops here and in `object`: this code runs once per page, mostly before the engine
    // optimises it, where callbacks and destructuring cost several times more per field.
    const list = value as unknown[];
    for (let index = 0; index < list.length; index++) {
      const checked = item(list[index], at(path, index));
      if (seen) {
        if (seen.has(checked)) fail(at(path, index), `duplicate ${quote(checked)}`);
        seen.add(checked);
      }
      result.push(checked);
    }
    return result;
  };

/**
 * An object check that copies only the fields of `shape`. Keys are looked up as own properties of
 * `shape`, so `__proto__` or `constructor` in the input is an unknown property like any other.
 */
const object = (shape: Shape): Check => {
  const fields = Object.keys(shape);
  return (value, path) => {
    if (!isObject(value)) fail(path, 'expected an object');
    const json = value as Json;
    const keys = Object.keys(json);
    for (let index = 0; index < keys.length; index++) {
      if (!{}.hasOwnProperty.call(shape, keys[index])) fail(at(path, keys[index]), 'unknown property');
    }
    const result: Json = {};
    for (let index = 0; index < fields.length; index++) {
      const key = fields[index];
      const field = json[key];
      if (field !== undefined || shape[key][1]) result[key] = shape[key][0](field, at(path, key));
    }
    return result;
  };
};

/** A language → value map; every key passes the language pattern, so none can be `__proto__`. */
const languageMap =
  (item: Check): Check =>
  (value, path) => {
    if (!isObject(value)) fail(path, 'expected an object');
    const result: Json = {};
    for (const key of Object.keys(value as Json)) {
      language(key, at(path, key));
      result[key] = item((value as Json)[key], at(path, key));
    }
    return result;
  };

const translations = languageMap(anyString);
const text: Check = (value, path) =>
  typeof value === 'string'
    ? value
    : isObject(value) && Object.keys(value).length
      ? translations(value, path)
      : fail(path, 'expected a string or a non-empty object of language tag to string');

const registry = object({
  $schema: [anyString],
  revision: [nonEmpty, 1],
  site: [nonEmpty],
  policyUrl: [anyString],
  languages: [array('a non-empty array of language tags', language, 1, 1), 1],
  categories: [
    array(
      'a non-empty array of categories',
      object({
        id: [string(/^[\w-]+$/, 'an id of letters, digits, _ or -'), 1],
        required: [oneOf([true, false])],
        title: [text, 1],
        description: [text],
        consentMode: [
          array(
            'an array of Consent Mode signals',
            oneOf([
              'ad_storage',
              'ad_user_data',
              'ad_personalization',
              'analytics_storage',
              'functionality_storage',
              'personalization_storage',
              'security_storage',
            ]),
            0,
            1,
          ),
        ],
      }),
      1,
    ),
    1,
  ],
  cookies: [
    array(
      'an array of cookies',
      object({
        category: [nonEmpty, 1],
        provider: [text, 1],
        function: [text],
        names: [array('a non-empty array of strings', nonEmpty, 1), 1],
        purpose: [text, 1],
        party: [oneOf(['first', 'third'])],
        duration: [text],
        policyUrl: [anyString],
      }),
    ),
    1,
  ],
  texts: [languageMap(object(Object.fromEntries(TEXT_KEYS.map((key) => [key, [anyString]]))))],
});

/**
 * Validates an untrusted value (usually parsed JSON) against the registry schema
 * (`schema/cookie-registry.schema.json`) plus the two rules the schema cannot express: category ids
 * are unique, and each cookie's `category` is one of them. Returns a fresh object holding only the
 * known fields (the editor-only `$schema` key is dropped).
 *
 * Throws a {@link RegistryError} at the first invalid field, whose message starts with its JSON
 * Pointer: `/cookies/6/names: expected a non-empty array of strings`. Given any JSON value it throws
 * nothing else: it never recurses beyond the schema's depth and copies only known keys.
 *
 * @example
 * const registry = parseRegistry(await response.json());
 */
export function parseRegistry(input: unknown): Registry {
  const { $schema: _editorsOnly, ...result } = registry(input, '') as Json;
  const parsed = result as unknown as Registry;
  const ids = new Set<string>();
  parsed.categories.forEach(({ id }, index) => {
    if (ids.has(id)) fail(at(at(at('', 'categories'), index), 'id'), `duplicate category id ${quote(id)}`);
    ids.add(id);
  });
  parsed.cookies.forEach(({ category }, index) => {
    if (!ids.has(category)) fail(at(at(at('', 'cookies'), index), 'category'), `unknown category ${quote(category)}`);
  });
  return parsed;
}

// The command line imports it from here (bin/cookie-policy.mjs).
export { resolveHttpUrl } from '../http-url.js';

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

/** One reason a registry is invalid: where (a JSON Pointer, `''` for the root) and what. */
export interface RegistryProblem {
  readonly pointer: string;
  /** The message as the element shows it, starting with the pointer: `/cookies/6/names: …`. */
  readonly message: string;
}

type Json = Record<string, unknown>;
/**
 * Where a value sits: `''` for the registry itself, else its parent's path and its key. It becomes
 * a JSON Pointer only for an error: building one for every field of a long registry cost more than
 * the rest of its validation.
 */
type Path = '' | readonly [Path, string | number];
/**
 * Checks one value. With `problems`, a field's error is recorded there and the check goes on with
 * the next field (the command line reports every problem); without it, the first error is thrown
 * (the element needs only that one, and stops at once).
 */
type Check = (value: unknown, path: Path, problems?: RegistryProblem[]) => unknown;
/** The fields of an object: how each is checked, and whether it is required (`1`). */
type Shape = Record<string, [Check, 1?]>;

const pointerOf = (path: Path): string =>
  path && `${pointerOf(path[0])}/${String(path[1]).replace(/~/g, '~0').replace(/\//g, '~1')}`;

const problemAt = (path: Path, problem: string): RegistryProblem => {
  const pointer = pointerOf(path);
  return { pointer, message: `${pointer || '/'}: ${problem}` };
};

const fail = (path: Path, problem: string): never => {
  const { pointer, message } = problemAt(path, problem);
  throw new RegistryError(message, pointer);
};

/** A problem that does not stop its siblings' checks: recorded while collecting, else thrown. */
const report = (problems: RegistryProblem[] | undefined, path: Path, problem: string): void => {
  if (problems) problems.push(problemAt(path, problem));
  else fail(path, problem);
};

const at = (path: Path, key: string | number): Path => [path, key];

/** What a check that failed returns while every problem is being collected. */
const INVALID = Symbol('invalid');

/**
 * Runs a child's check. While collecting, its error is recorded and the child stands as
 * `INVALID`, so that its siblings are still checked; otherwise the error goes up unchanged.
 */
const child = (check: Check, value: unknown, path: Path, problems?: RegistryProblem[]): unknown => {
  if (!problems) return check(value, path);
  try {
    return check(value, path, problems);
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    problems.push({ pointer: error.pointer, message: error.message });
    return INVALID;
  }
};

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
  (value, path, problems) => {
    if (!Array.isArray(value) || value.length < min) fail(path, `expected ${what}`);
    const seen = distinct && new Set();
    const result = [];
    // Plain loops here and in `object`: this code runs once per page, mostly before the engine
    // optimises it, where callbacks and destructuring cost several times more per field.
    const list = value as unknown[];
    for (let index = 0; index < list.length; index++) {
      const checked = child(item, list[index], at(path, index), problems);
      if (seen && checked !== INVALID) {
        if (seen.has(checked)) report(problems, at(path, index), `duplicate ${quote(checked)}`);
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
  return (value, path, problems) => {
    if (!isObject(value)) fail(path, 'expected an object');
    const json = value as Json;
    const keys = Object.keys(json);
    for (let index = 0; index < keys.length; index++) {
      if (!Object.hasOwn(shape, keys[index])) report(problems, at(path, keys[index]), 'unknown property');
    }
    const result: Json = {};
    for (let index = 0; index < fields.length; index++) {
      const key = fields[index];
      const field = json[key];
      const [check, required] = shape[key];
      if (field !== undefined) result[key] = child(check, field, at(path, key), problems);
      else if (required) report(problems, at(path, key), 'missing (a required field)');
    }
    return result;
  };
};

/** A language → value map; every key passes the language pattern, so none can be `__proto__`. */
const languageMap =
  (item: Check): Check =>
  (value, path, problems) => {
    if (!isObject(value)) fail(path, 'expected an object');
    const result: Json = {};
    for (const key of Object.keys(value as Json)) {
      if (child(language, key, at(path, key), problems) !== INVALID) {
        result[key] = child(item, (value as Json)[key], at(path, key), problems);
      }
    }
    return result;
  };

const translations = languageMap(anyString);
const text: Check = (value, path, problems) =>
  typeof value === 'string'
    ? value
    : isObject(value) && Object.keys(value).length
      ? translations(value, path, problems)
      : fail(path, 'expected a string or a non-empty object of language tag to string');

const id = string(/^[\w-]+$/, 'an id of letters, digits, _ or -');
const consentMode: [Check] = [
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
];

const registry = object({
  $schema: [anyString],
  revision: [nonEmpty, 1],
  site: [nonEmpty],
  policyUrl: [anyString],
  languages: [array('a non-empty array of language tags', language, 1, 1), 1],
  categories: [
    array(
      'a non-empty array of categories',
      object({ id: [id, 1], required: [oneOf([true, false])], title: [text, 1], description: [text], consentMode }),
      1,
    ),
    1,
  ],
  services: [
    array(
      'an array of services',
      object({
        id: [id, 1],
        category: [nonEmpty, 1],
        title: [text, 1],
        description: [text],
        policyUrl: [anyString],
        consentMode,
      }),
    ),
  ],
  cookies: [
    array(
      'an array of cookies',
      object({
        category: [nonEmpty, 1],
        service: [nonEmpty],
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

type Item = Record<string, unknown> | typeof INVALID;

/** The items of a checked array, or none when the array itself was invalid (or is absent). */
const items = (value: unknown): Item[] => (Array.isArray(value) ? value : []);

/** Checks a value against the schema and the cross-field rules; the registry, or `INVALID`. */
function check(input: unknown, problems?: RegistryProblem[]): Registry | typeof INVALID {
  const checked = child(registry, input, '', problems);
  if (checked === INVALID) return INVALID;
  const { $schema: _editorsOnly, ...result } = checked as Json;
  // One namespace: every category and service id → its category (a category's is itself).
  const owners = new Map<unknown, unknown>();
  // Without every id of a list, an id cannot be called unknown: that would be noise.
  const known = { categories: Array.isArray(result.categories), services: !result.services || Array.isArray(result.services) };
  const problem = (list: string, index: number, key: string, text: string) =>
    report(problems, at(at(at('', list), index), key), text);
  const isCategory = (id: unknown) => owners.get(id) === id;
  for (const list of ['categories', 'services'] as const) {
    items(result[list]).forEach((item, index) => {
      const { id, category } = item === INVALID ? ({} as Json) : item;
      if (typeof id !== 'string') known[list] = false;
      else if (owners.has(id)) problem(list, index, 'id', `duplicate ${list === 'categories' ? 'category ' : ''}id ${quote(id)}`);
      else owners.set(id, list === 'categories' ? id : category);
      if (known.categories && typeof category === 'string' && !isCategory(category)) {
        problem(list, index, 'category', `unknown category ${quote(category)}`);
      }
    });
  }
  items(result.cookies).forEach((cookie, index) => {
    const { category, service } = cookie === INVALID ? ({} as Json) : cookie;
    if (known.categories && typeof category === 'string' && !isCategory(category)) {
      problem('cookies', index, 'category', `unknown category ${quote(category)}`);
    }
    if (typeof service !== 'string') return;
    if (!owners.has(service) || isCategory(service)) {
      if (known.services) problem('cookies', index, 'service', `unknown service ${quote(service)}`);
    } else if (typeof category === 'string' && typeof owners.get(service) === 'string' && owners.get(service) !== category) {
      problem('cookies', index, 'service', `service ${quote(service)} is not of category ${quote(category)}`);
    }
  });
  return problems?.length ? INVALID : (result as unknown as Registry);
}

/**
 * Validates an untrusted value (usually parsed JSON) against the registry schema
 * (`schema/cookie-registry.schema.json`) plus the rules the schema cannot express: category and
 * service ids are unique across both lists, each service's `category` is a category, and each
 * cookie's `category` is one of them and its `service` (when given) a service of that category. Returns a fresh object holding only the
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
  return check(input) as Registry;
}

/**
 * Validates like {@link parseRegistry}, but reports every problem instead of stopping at the first:
 * what the command line prints, so that one run shows everything to fix. Each field is checked
 * once: a field that is invalid hides what lies inside it, not its siblings.
 *
 * @example
 * const { registry, problems } = validateRegistry(JSON.parse(text));
 * for (const { message } of problems) console.log(message);
 */
export function validateRegistry(input: unknown): { registry: Registry | null; problems: RegistryProblem[] } {
  const problems: RegistryProblem[] = [];
  const registry = check(input, problems);
  return { registry: registry === INVALID ? null : registry, problems };
}

// The command line imports it from here (bin/cookie-policy.mjs).
export { resolveHttpUrl } from '../http-url.js';

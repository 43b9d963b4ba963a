/**
 * Whether `value` is a plain `{…}` object: not `null`, not an array, not a `Date` or any other
 * built-in. Registry JSON and stored decisions are checked with it before their fields are read.
 *
 * @example
 * isObject(JSON.parse('{"a":1}')); // true
 * isObject([]); // false
 */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  Object.prototype.toString.call(value) === '[object Object]';

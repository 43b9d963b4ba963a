/**
 * The cookies of a `document.cookie` string as `[name, value]` pairs, in the order the browser
 * lists them (a host-only cookie before a domain one of the same name), values left encoded.
 * Pairs without a name are dropped. This is the one reader of the cookie string: the decision
 * storage, cookie clearing and the debug audit all go through it.
 *
 * @example
 * parseCookieString('a=1; b=x%20y'); // [['a', '1'], ['b', 'x%20y']]
 */
export function parseCookieString(text: string): [name: string, value: string][] {
  const pairs: [string, string][] = [];
  for (const pair of text.split(';')) {
    const equals = pair.indexOf('=');
    const name = (equals < 0 ? pair : pair.slice(0, equals)).trim();
    if (name) pairs.push([name, equals < 0 ? '' : pair.slice(equals + 1).trim()]);
  }
  return pairs;
}

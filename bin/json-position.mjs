// Where a JSON text stops being JSON, as a line and column a person can go to. JSON.parse gives an
// offset for some errors only (V8 omits it for an unexpected token), so the text is scanned once
// more, by the grammar of RFC 8259, only after JSON.parse has refused it.

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// A string: any character but `"`, `\` and controls, or an escape.
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /true|false|null/y;

/** The offset of the first character that breaks the JSON grammar in `text`, or `null` when it is JSON. */
export function syntaxErrorOffset(text) {
  let at = 0;
  const match = (pattern) => {
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (found) at = pattern.lastIndex;
    return !!found;
  };
  const space = () => match(WHITESPACE);
  const fail = () => {
    throw at;
  };
  const value = () => {
    space();
    const char = text[at];
    if (char === '{') {
      at++;
      space();
      if (text[at] === '}') return at++;
      for (;;) {
        space();
        if (!match(STRING)) fail();
        space();
        if (text[at] !== ':') fail();
        at++;
        value();
        space();
        if (text[at] === '}') return at++;
        if (text[at] !== ',') fail();
        at++;
      }
    }
    if (char === '[') {
      at++;
      space();
      if (text[at] === ']') return at++;
      for (;;) {
        value();
        space();
        if (text[at] === ']') return at++;
        if (text[at] !== ',') fail();
        at++;
      }
    }
    if (!(match(STRING) || match(NUMBER) || match(LITERAL))) fail();
    return at;
  };
  try {
    value();
    space();
    return at === text.length ? null : at;
  } catch (offset) {
    if (typeof offset !== 'number') throw offset;
    return offset;
  }
}

/**
 * Line and column (both from 1) of `offset` in `text`, and that line's text, for a message that
 * shows the offending line once: `not JSON at line 3, column 12`.
 */
export function lineAndColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const start = before.lastIndexOf('\n') + 1;
  const end = text.indexOf('\n', offset);
  return { line, column: offset - start + 1, source: text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '') };
}

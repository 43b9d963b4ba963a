#!/usr/bin/env node
// `cookie-policy-element validate <file>...`: checks registries with the element's own parser
// (dist/esm/registry/parse.js), so every message is the one the element would show.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { lineAndColumn, syntaxErrorOffset } from './json-position.mjs';
import { registryWarnings } from './registry-warnings.mjs';

const USAGE = `Usage: cookie-policy-element validate [--strict] [--json] <file>...

Validates cookie registries (JSON) with the same parser as the <cookie-policy> element.
Prints "<file>: ok", or "<file>: <JSON Pointer>: <problem>" for each problem of an invalid
registry (every one, not only the first; "not JSON" with the line and column), and
"<file>: warning: <JSON Pointer>: <problem>" for a valid registry that is probably wrong:
a duration over 13 months, statistics or advertising in a required category, missing or
undeclared translations, a cookie name listed twice, a policyUrl that is not http(s).

Also: cookie-policy-element scan <url> [options] audits a live site against its registry
(cookie-policy-element scan --help).

Options:
  --strict   warnings fail too
  --json     print one JSON report on stdout
  -h, --help print this help

Exit status: 0 all valid, 1 an invalid registry (or a warning with --strict), 2 usage error.`;

function usageError(message) {
  console.error(`cookie-policy-element: ${message}\n\n${USAGE}`);
  process.exit(2);
}

// `scan` has its own options and modules (bin/scan/): dispatched before the options of `validate` are parsed.
if (process.argv[2] === 'scan') {
  const { scanCommand } = await import('./scan/command.mjs');
  process.exit(await scanCommand(process.argv.slice(3)));
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      strict: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  usageError(error.message);
}
const { values: options, positionals } = parsed;
const [command, ...files] = positionals;

if (options.help || command === 'help') {
  console.log(USAGE);
  process.exit(0);
}
if (command === undefined) usageError('missing command');
if (command !== 'validate') usageError(`unknown command ${JSON.stringify(command)}`);
if (files.length === 0) usageError('validate needs at least one file');

async function importBuilt(path) {
  try {
    return await import(new URL(`../dist/esm/${path}`, import.meta.url));
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error(`cookie-policy-element: dist/esm/${path} is missing: run \`npm run build\` first`);
    process.exit(2);
  }
}
const { validateRegistry, resolveHttpUrl } = await importBuilt('registry/parse.js');
const { translator } = await importBuilt('i18n/texts.js');

/** Whether the element ships interface texts for `lang` (it falls back to English otherwise). */
const english = translator(null, 'en');
const hasBuiltInTexts = (lang) => {
  const translate = translator(null, lang);
  return lang.split('-')[0].toLowerCase() === 'en' || translate('acceptAll') !== english('acceptAll');
};

/** At most this many characters of a long line (minified JSON) are shown around the error. */
const EXCERPT = 72;

/**
 * Why `text` is not JSON, where, and the offending line (cut around the column when long), so a
 * person can go straight to it. V8's own message is not used: it embeds a multi-line snippet.
 */
function syntaxProblem(text) {
  // Past the last character, the last line is the one to show, not the blank after it.
  const offset = Math.min(syntaxErrorOffset(text) ?? 0, text.trimEnd().length);
  const { line, column, source } = lineAndColumn(text, offset);
  const found = text[offset];
  const reason = /^\s*$/.test(text.slice(offset)) ? 'unexpected end of the file' : `unexpected ${JSON.stringify(found)}`;
  const start = Math.max(0, Math.min(column - 1 - EXCERPT / 2, source.length - EXCERPT));
  const excerpt = `${start > 0 ? '…' : ''}${source.slice(start, start + EXCERPT)}${start + EXCERPT < source.length ? '…' : ''}`;
  const caret = column - start + (start > 0 ? 1 : 0);
  return {
    pointer: '',
    message: `not JSON: line ${line}, column ${column}: ${reason}`,
    line,
    column,
    excerpt: [`  ${line} | ${excerpt}`, `  ${' '.repeat(String(line).length)} | ${' '.repeat(caret - 1)}^`],
  };
}

/** One file's report: `errors` (all of them) when the registry is unusable, `warnings` when it is valid. */
async function check(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { file, ok: false, errors: [{ pointer: '', message: `cannot read: ${error.message}` }], warnings: [] };
  }
  // An editor's byte order mark is not part of the registry.
  text = text.replace(/^\uFEFF/, '');
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return { file, ok: false, errors: [syntaxProblem(text)], warnings: [] };
  }
  const { registry, problems } = validateRegistry(json);
  if (!registry) return { file, ok: false, errors: problems, warnings: [] };
  const warnings = registryWarnings(registry, { resolveHttpUrl, hasBuiltInTexts });
  return { file, ok: !(options.strict && warnings.length), warnings };
}

const results = [];
for (const file of files) results.push(await check(file));

if (options.json) {
  console.log(JSON.stringify({ ok: results.every((result) => result.ok), strict: options.strict, files: results }, null, 2));
} else {
  for (const { file, errors, warnings } of results) {
    if (errors) {
      for (const { message, excerpt } of errors) {
        console.log(`${file}: ${message}`);
        if (excerpt) console.log(excerpt.join('\n'));
      }
    } else if (warnings.length === 0) console.log(`${file}: ok`);
    else {
      const count = `${warnings.length} warning${warnings.length > 1 ? 's' : ''}`;
      console.log(`${file}: ${options.strict ? `fails with ${count} (--strict)` : `ok, ${count}`}`);
      for (const warning of warnings) console.log(`${file}: warning: ${warning.message}`);
    }
  }
}
process.exitCode = results.every((result) => result.ok) ? 0 : 1;

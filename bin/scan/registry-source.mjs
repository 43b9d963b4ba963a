// The registry a scan compares the site with: the file or URL given with --registry, else the one
// the page's widget loads (its `src`, the script's `data-registry`, or inline JSON).
import { readFile } from 'node:fs/promises';
import { ScanSetupError } from './errors.mjs';

/** Reads and parses a registry; `source` is what the report names it by. */
async function readJson(location) {
  let text;
  if (/^https?:\/\//i.test(location)) {
    let response;
    try {
      response = await fetch(location);
    } catch (error) {
      throw new ScanSetupError(`cannot fetch the registry ${location}: ${error.cause?.message ?? error.message}`);
    }
    if (!response.ok) throw new ScanSetupError(`cannot fetch the registry ${location}: HTTP ${response.status}`);
    text = await response.text();
  } else {
    try {
      text = await readFile(location, 'utf8');
    } catch (error) {
      throw new ScanSetupError(`cannot read the registry ${location}: ${error.message}`);
    }
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ScanSetupError(`the registry ${location} is not JSON: ${error.message}`);
  }
}

/**
 * Loads the registry and checks it with the element's own parser. Returns `{ json, source }`
 * (`json` as written, so that a draft keeps every field), or `{ json: null, source: null }` when
 * there is none to compare with.
 */
export async function loadRegistry({ option, widget, startUrl, parseRegistry }) {
  let json;
  let source;
  if (option) {
    source = option;
    json = await readJson(option);
  } else if (widget?.registryUrl) {
    source = widget.registryUrl;
    json = await readJson(widget.registryUrl);
  } else if (widget?.inlineRegistry) {
    source = `inline JSON in ${startUrl}`;
    try {
      json = JSON.parse(widget.inlineRegistry);
    } catch (error) {
      throw new ScanSetupError(`the inline registry of ${startUrl} is not JSON: ${error.message}`);
    }
  } else {
    return { json: null, source: null };
  }
  try {
    parseRegistry(json);
  } catch (error) {
    if (error?.name !== 'RegistryError') throw error;
    throw new ScanSetupError(`the registry ${source} is invalid: ${error.message} (see \`cookie-policy-element validate\`)`);
  }
  return { json, source };
}

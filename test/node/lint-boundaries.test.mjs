import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../', import.meta.url)) });

/** The specifiers eslint.config.mjs refuses in `file` (which need not exist). */
async function refused(file, specifiers) {
  const code = specifiers.map((specifier, index) => `import * as m${index} from '${specifier}';`).join('\n');
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: file });
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => specifiers[message.line - 1]);
}

const forbidden = ['lit', 'lit/decorators.js', '@lit/context', '../ui/banner.js', '../cookie-policy.js', '../cookie-policy.styles.js', '../index.js', '../controllers/dialog-controller.js'];
const allowed = ['../registry/types.js', '../consent/decision.js', '../gating/clear-cookies.js', './parse.js', 'literal-lib'];

describe('layer boundaries (eslint no-restricted-imports)', () => {
  for (const layer of ['registry', 'consent', 'gating', 'debug', 'i18n']) {
    it(`keeps Lit, the views and the element out of src/${layer}`, async () => {
      assert.deepEqual(await refused(`src/${layer}/probe.ts`, forbidden), forbidden);
      assert.deepEqual(await refused(`src/${layer}/probe.ts`, allowed), []);
    });
  }

  it('lets the views use Lit', async () => {
    assert.deepEqual(await refused('src/ui/probe.ts', ['lit', '../registry/types.js']), []);
  });
});

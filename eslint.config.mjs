// `npm run lint` runs this, then lit-analyzer for the templates.
import { builtinRules } from 'eslint/use-at-your-own-risk';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

/** ESLint's own recommended rules, read from ESLint itself (the same list as @eslint/js's, without the extra package). */
const jsRecommended = {
  rules: Object.fromEntries(
    [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended).map(([name]) => [name, 'error']),
  ),
};

const readonly = (...names) => Object.fromEntries(names.map((name) => [name, 'readonly']));

/** src/registry, consent, gating, debug and i18n stay plain TypeScript: no Lit, no view, no element. */
const plainLayer = {
  patterns: [
    { regex: '^(lit|lit-html|lit-element|@lit/[^/]+)(/.*)?$', message: 'Only src/ui and the element use Lit.' },
    { regex: '(^|/)ui(/|$)', message: 'Views belong to the element, not to this layer.' },
    {
      regex: '^\\.\\./(index|bundle|cookie-policy|cookie-policy\\.styles|controllers/.*)(\\.[jt]s)?$',
      message: 'This layer must not depend on the element.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', '.cache/', 'node_modules/', 'demo/'] },
  jsRecommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    rules: {
      // `_name` marks a value accepted or destructured only to be dropped.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/registry/**/*.ts', 'src/consent/**/*.ts', 'src/gating/**/*.ts', 'src/debug/**/*.ts', 'src/i18n/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', plainLayer] },
  },
  {
    // Google's tag tells a command from an event by the `arguments` object itself: a rest array would not do.
    files: ['src/consent/consent-mode.ts'],
    rules: { 'prefer-rest-params': 'off' },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`, `.to.exist`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Node: configs, scripts, the CLI and its tests.
    files: ['**/*.mjs'],
    languageOptions: {
      globals: readonly('process', 'console', 'URL', 'setTimeout', 'clearTimeout', 'Buffer', 'fetch'),
    },
  },
  {
    // Plain browser scripts served to end-to-end test pages.
    files: ['test/**/*.js'],
    languageOptions: {
      globals: readonly('window', 'document', 'navigator', 'location', 'console', 'URLSearchParams', 'setTimeout', 'customElements', 'HTMLElement'),
    },
  },
);

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { registryWarnings } from '../../bin/registry-warnings.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = fileURLToPath(new URL('../../bin/cookie-policy.mjs', import.meta.url));
const file = 'test/node/fixtures/services-warnings.json';

/** The warnings `validate --json` prints for the services fixture, by pointer. */
function warningsOf() {
  const { stdout } = spawnSync(process.execPath, [cli, 'validate', '--json', file], { cwd: root, encoding: 'utf8' });
  const [report] = JSON.parse(stdout).files;
  assert.equal(report.ok, true, JSON.stringify(report));
  return new Map(report.warnings.map(({ pointer, message }) => [pointer, message]));
}

/** A registry as the parser returns it, with one analytics service. */
const registry = (service, cookie) => ({
  revision: '1',
  languages: ['en'],
  categories: [{ id: 'analytics', title: 'Statistics' }],
  services: [{ id: 'matomo', category: 'analytics', title: 'Matomo', ...service }],
  cookies: [{ category: 'analytics', service: 'matomo', provider: 'Matomo', names: ['_pk_id.*'], purpose: 'Audience', ...cookie }],
});
const options = { resolveHttpUrl: () => 'https://example.org/', hasBuiltInTexts: () => true };

describe('validate: services that are valid but likely wrong', () => {
  const warnings = warningsOf();

  it('warns about a service that no cookie names, at the service', () => {
    assert.equal(
      warnings.get('/services/2'),
      '/services/2: no cookie names the service "hotjar": its switch controls no declared cookie',
    );
    assert.equal(warnings.has('/services/0'), false, 'matomo is named by a cookie');
  });

  it("warns about a cookie whose provider is not its service's title, at the provider", () => {
    assert.equal(
      warnings.get('/cookies/2/provider'),
      '/cookies/2/provider: "Google" differs from the title of its service "google-analytics" ("Google Analytics"): ' +
        "the policy lists these cookies under the service's title",
    );
  });

  it('compares provider and title in every language of the registry', () => {
    assert.match(warnings.get('/cookies/4/provider'), /^\/cookies\/4\/provider: "Tuiles" differs from .* \("Fonds de carte"\)/);
    assert.equal(warnings.has('/cookies/3/provider'), false, 'YouTube is YouTube in both languages');
  });

  it('ignores case and spacing when comparing a provider with its service title', () => {
    assert.equal(warnings.has('/cookies/1/provider'), false, '"matomo " names Matomo');
  });

  it("checks a service's translations and policy link like a category's and a cookie's", () => {
    assert.match(warnings.get('/services/2/policyUrl'), /"javascript:void\(0\)" is not an http\(s\) URL/);
    assert.equal(warnings.has('/services/0/policyUrl'), false);
    const untranslated = registryWarnings(
      { ...registry({ title: { en: 'Matomo' } }, { provider: { en: 'Matomo' } }), languages: ['en', 'fr'] },
      options,
    ).map(({ pointer }) => pointer);
    assert.deepEqual(untranslated, ['/services/0/title', '/cookies/0/provider']);
  });

  it('has nothing to say about a registry whose cookies name their services under the same title', () => {
    assert.deepEqual(registryWarnings(registry({}, {}), options), []);
  });

  it('warns about nothing service-related in a registry without services', () => {
    const { services: _none, ...plain } = registry({}, {});
    plain.cookies = [{ category: 'analytics', provider: 'Matomo', names: ['_pk_id.*'], purpose: 'Audience' }];
    assert.deepEqual(registryWarnings(plain, options), []);
  });
});

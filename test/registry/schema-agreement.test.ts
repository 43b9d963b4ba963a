import { expect } from '@open-wc/testing';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { parseRegistry, RegistryError } from '../../src/registry/parse.js';
import { TEXT_KEYS } from '../../src/i18n/text-keys.js';
import { invalidRegistries, validRegistries } from './corpus.js';

type Schema = {
  $schema: string;
  $defs: { textOverrides: { properties: Record<string, unknown> } };
};

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The JSON Pointers an ajv error can stand for. ajv reports some errors at the parent object,
 * naming the child in `params`; the parser reports them at the child itself.
 */
function pointersOf(error: ErrorObject): string[] {
  const { instancePath, params } = error as ErrorObject & { params: Record<string, unknown> };
  const child = params.additionalProperty ?? params.missingProperty ?? params.propertyName ?? params.i;
  return child === undefined ? [instancePath] : [instancePath, `${instancePath}/${escape(String(child))}`];
}

function parserError(registry: unknown): RegistryError | null {
  try {
    parseRegistry(registry);
    return null;
  } catch (error) {
    expect(error).to.be.instanceOf(RegistryError);
    return error as RegistryError;
  }
}

describe('the schema and the parser agree', () => {
  let schema: Schema;
  let validate: ValidateFunction;

  before(async () => {
    schema = await (await fetch('/schema/cookie-registry.schema.json')).json();
    validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  });

  it('is a draft 2020-12 schema', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
  });

  it('lists exactly the text keys the element knows, in the same order', () => {
    expect(Object.keys(schema.$defs.textOverrides.properties)).to.deep.equal([...TEXT_KEYS]);
  });

  describe('valid registries: both accept', () => {
    for (const { name, registry } of validRegistries) {
      it(name, () => {
        expect(validate(registry), JSON.stringify(validate.errors)).to.equal(true);
        expect(parserError(registry)?.message ?? null).to.equal(null);
      });
    }
  });

  describe('invalid registries: both reject, at the same place', () => {
    for (const { name, registry, pointer, semantic } of invalidRegistries) {
      if (semantic) {
        it(`${name}: only the parser rejects it (a rule the schema cannot express), at ${pointer}`, () => {
          expect(validate(registry), JSON.stringify(validate.errors)).to.equal(true);
          expect(parserError(registry)?.pointer).to.equal(pointer);
        });
      } else {
        it(`${name} → ${pointer || '(root)'}`, () => {
          expect(validate(registry), 'the schema accepted it').to.equal(false);
          const error = parserError(registry);
          expect(error, 'the parser accepted it').to.not.equal(null);
          const schemaPointers = validate.errors!.flatMap(pointersOf);
          expect(schemaPointers, `schema errors: ${JSON.stringify(validate.errors)}`).to.include(error!.pointer);
        });
      }
    }
  });
});

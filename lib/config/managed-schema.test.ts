import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFileSchema } from './schema';

// Chrome drops every policy value the managed schema does not name (PRODUCT.md §4.7): each field of
// the config file must be there, with the JSON type Chrome checks it against.
interface JsonSchema { type: string; properties?: Record<string, JsonSchema>; items?: JsonSchema }
interface ZodDef { type: string; shape?: Record<string, { _zod: { def: ZodDef } }>; innerType?: { _zod: { def: ZodDef } }; element?: { _zod: { def: ZodDef } }; values?: unknown[] }

const managedSchema = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../public/managed-schema.json'), 'utf8')) as JsonSchema;
const WRAPPERS = new Set(['optional', 'default', 'nullable', 'pipe']);

/** Every field path of a zod schema with the JSON type a policy value must have. */
function fieldsOf(def: ZodDef, at: string, out: Map<string, string>): Map<string, string> {
  while (WRAPPERS.has(def.type) && def.innerType) def = def.innerType._zod.def;
  if (def.type === 'object') {
    out.set(at, 'object');
    for (const [key, value] of Object.entries(def.shape ?? {})) fieldsOf(value._zod.def, at ? `${at}.${key}` : key, out);
  } else if (def.type === 'array') {
    out.set(at, 'array');
    fieldsOf(def.element!._zod.def, `${at}[]`, out);
  } else {
    out.set(at, def.type === 'literal' ? typeof def.values![0] : def.type);
  }
  return out;
}

function schemaFieldsOf(schema: JsonSchema, at: string, out: Map<string, string>): Map<string, string> {
  out.set(at, schema.type);
  for (const [key, value] of Object.entries(schema.properties ?? {})) schemaFieldsOf(value, at ? `${at}.${key}` : key, out);
  if (schema.items) schemaFieldsOf(schema.items, `${at}[]`, out);
  return out;
}

describe('public/managed-schema.json', () => {
  it('should name the four policy keys of PRODUCT.md 4.7 at the top level', () => {
    expect(Object.keys(managedSchema.properties!).sort()).toEqual(['config', 'configJson', 'locked', 'reminders']);
    expect(managedSchema.type).toBe('object');
  });

  it('should describe every field of the config file, portal.origins included, with its JSON type', () => {
    const zodFields = fieldsOf((configFileSchema as unknown as { _zod: { def: ZodDef } })._zod.def, '', new Map());
    const policyFields = schemaFieldsOf(managedSchema.properties!.config!, '', new Map());
    expect(zodFields.has('portal.origins[]')).toBe(true);
    // Chrome's schema has integer and number; zod says number for both.
    const normalised = new Map([...policyFields].map(([key, type]) => [key, type === 'integer' ? 'number' : type]));
    expect(normalised).toEqual(zodFields);
  });

  it('should give every schema node exactly one type, as Chrome requires', () => {
    for (const type of schemaFieldsOf(managedSchema, '', new Map()).values()) {
      expect(['object', 'array', 'string', 'integer', 'number', 'boolean']).toContain(type);
    }
  });
});

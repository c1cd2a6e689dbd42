// Requests generated from the node's own OpenAPI document (fast-check), for tests that walk every
// endpoint: hostile text in every free-text field and query parameter, valid values elsewhere, so that
// the hostile part gets past validation as far as the schema lets it.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
};

export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};
type Operation = {
  parameters?: Array<{ in: string; name: string; required?: boolean; schema?: Schema }>;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

/** Text that has broken servers before: NUL, lone surrogates, SQL and JSON metacharacters, odd Unicode. */
export const HOSTILE_TEXT = [
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDFFFy',
  "'; drop table cases; --",
  '" or 1=1 --',
  '%00%27',
  '\\u0000',
  '\u202EgnirtS\u202C',
  'Z̸̢͓̦a̷l̴g̵o̶',
  '😀👩‍👧‍👦',
  '=HYPERLINK("http://x","y")',
  '{"$ne": null}',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '\uFEFF\u200B\u00A0',
  'ﬀ İ ß Ǆ',
  'UA-30-\u0000',
];

const hostileText = (min = 0, max = 200): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ unit: 'binary', maxLength: 40 })).map((value) => {
    let text = value;
    while (text.length < min) text += value || 'x';
    return text.slice(0, Math.max(max, min));
  });

function resolve(schema: Schema, doc: OpenApiDocument): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').pop() ?? '';
  return doc.components?.schemas?.[name] ?? {};
}

/** A value of the schema with hostile text wherever the schema admits free text. */
export function arbitraryOf(raw: Schema, doc: OpenApiDocument, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw, doc);
  if (depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((option) => arbitraryOf(option, doc, depth + 1)));
  if (schema.allOf?.length) return arbitraryOf(schema.allOf[0] as Schema, doc, depth + 1);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'object'];
  const real = types.filter((type) => type !== 'null');
  const one = (type: string | undefined): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'string':
        if (schema.format === 'uuid') return fc.constant(randomUUID());
        if (schema.format === 'date') return fc.constantFrom('2025-02-28', '2024-02-29', '2026-11-30');
        if (schema.format === 'date-time') return fc.constant(new Date().toISOString());
        if (schema.pattern) return fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.constant('2025-01-01'));
        return hostileText(schema.minLength ?? 0, schema.maxLength ?? 200);
      case 'integer':
      case 'number':
        return fc.integer({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 50, 1_000_000) });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(arbitraryOf(schema.items ?? {}, doc, depth + 1), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 2, 2)),
        });
      default: {
        const properties = schema.properties ?? {};
        const required = new Set(schema.required ?? []);
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, property] of Object.entries(properties))
          record[key] = arbitraryOf(property, doc, depth + 1);
        return fc.record(record, { requiredKeys: [...required].filter((key) => key in record) });
      }
    }
  };
  const arbitraries = real.map(one);
  if (types.includes('null')) arbitraries.push(fc.constant(null));
  return arbitraries.length === 1 ? (arbitraries[0] as fc.Arbitrary<unknown>) : fc.oneof(...arbitraries);
}

export type GeneratedRequest = { method: string; path: string; body?: unknown };

/** Every operation of the document, with an arbitrary of concrete requests to it. */
export function operationsOf(
  doc: OpenApiDocument,
  pathParameter: (template: string, name: string) => string,
): Array<{ method: string; template: string; requests: fc.Arbitrary<GeneratedRequest> }> {
  return Object.entries(doc.paths).flatMap(([template, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const query = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
      const queryValues = fc.record(
        Object.fromEntries(
          query.map((parameter) => [parameter.name, arbitraryOf(parameter.schema ?? {}, doc)]),
        ),
        { requiredKeys: [] },
      );
      const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
      const body = bodySchema ? arbitraryOf(bodySchema, doc) : fc.constant(undefined);
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => pathParameter(template, name));
      const requests = fc.tuple(queryValues, body).map(([values, generated]) => {
        const search = new URLSearchParams();
        for (const [name, value] of Object.entries(values))
          if (value !== undefined && value !== null) search.set(name, String(value));
        const qs = search.toString();
        return {
          method: method.toUpperCase(),
          path: qs ? `${path}?${qs}` : path,
          ...(generated === undefined ? {} : { body: generated }),
        };
      });
      return { method: method.toUpperCase(), template, requests };
    }),
  );
}

/** Plain values tried in turn against a string pattern: a date, a country code, a unit code. */
const PATTERNED = ['2025-01-01', 'UA', 'UA-30', 'plain'];

/**
 * One plain valid value of the schema (the first choice of each union, the shortest string that fits):
 * for walks that must get past validation to the authorisation behind it, not to attack validation.
 */
export function plainValueOf(raw: Schema, doc: OpenApiDocument, depth = 0): unknown {
  const schema = resolve(raw, doc);
  if (depth > 6) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options?.length) {
    const concrete = options.find((option) => resolve(option, doc).type !== 'null') ?? options[0];
    return plainValueOf(concrete as Schema, doc, depth + 1);
  }
  if (schema.allOf?.length) return plainValueOf(schema.allOf[0] as Schema, doc, depth + 1);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'object'];
  switch (types.find((type) => type !== 'null')) {
    case 'string':
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date') return '2025-02-28';
      if (schema.format === 'date-time') return new Date().toISOString();
      if (schema.pattern) {
        const pattern = new RegExp(schema.pattern);
        return PATTERNED.find((value) => pattern.test(value)) ?? '2025-01-01';
      }
      return 'plain text to reach the handler'
        .slice(0, schema.maxLength ?? 200)
        .padEnd(schema.minLength ?? 0, 'x');
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () =>
        plainValueOf(schema.items ?? {}, doc, depth + 1),
      );
    default: {
      const required = new Set(schema.required ?? []);
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([key]) => required.has(key))
          .map(([key, property]) => [key, plainValueOf(property, doc, depth + 1)]),
      );
    }
  }
}

/**
 * Every operation of the document with one plain valid request: required query parameters filled, a
 * JSON body where it takes one, and a small text file where it takes raw bytes (an upload).
 */
export function plainRequestsOf(
  doc: OpenApiDocument,
  pathParameter: (template: string, name: string) => string,
): Array<GeneratedRequest & { template: string; contentType?: string; rawBody?: string }> {
  return Object.entries(doc.paths).flatMap(([template, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const content = operation.requestBody?.content ?? {};
      const bodySchema = content['application/json']?.schema;
      const rawType = bodySchema ? undefined : Object.keys(content)[0];
      const search = new URLSearchParams();
      for (const parameter of operation.parameters ?? [])
        if (parameter.in === 'query' && parameter.required)
          search.set(parameter.name, String(plainValueOf(parameter.schema ?? {}, doc)));
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => pathParameter(template, name));
      const qs = search.toString();
      return {
        template,
        method: method.toUpperCase(),
        path: qs ? `${path}?${qs}` : path,
        ...(bodySchema ? { body: plainValueOf(bodySchema, doc) } : {}),
        ...(rawType ? { contentType: 'text/plain', rawBody: 'a plain text file' } : {}),
      };
    }),
  );
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classOfField } from '../../src/server/policy/field-visibility.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Issue 10, defect 4: every field of every response schema is filed under a field group, 'case' (any
// reader of the case) or 'none' (not a child's data) in src/server/policy/field-visibility.ts. A new
// response field with no class fails here, so nothing reaches a caller without the policy deciding.

type Schema = {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Doc = {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>
  >;
  components?: { schemas?: Record<string, Schema> };
};

let server: TestServer;
let doc: Doc;
beforeAll(async () => {
  server = await startTestServer();
  doc = server.app.swagger() as unknown as Doc;
});
afterAll(() => server.close());

/** Every field of a schema with the name of its nearest named parent; fields under a closed class stop. */
function unfiledFields(
  doc: Doc,
  schema: Schema | undefined,
  parent: string | null,
  where: string,
  out: Set<string>,
  depth = 0,
) {
  if (!schema || depth > 40) return;
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    unfiledFields(doc, doc.components?.schemas?.[name], parent, where, out, depth + 1);
    return;
  }
  for (const part of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    unfiledFields(doc, part, parent, where, out, depth + 1);
  if (schema.items) unfiledFields(doc, schema.items, parent, where, out, depth + 1);
  if (typeof schema.additionalProperties === 'object')
    unfiledFields(doc, schema.additionalProperties, parent, where, out, depth + 1);
  for (const [field, inner] of Object.entries(schema.properties ?? {})) {
    const cls = classOfField(parent, field);
    if (cls === undefined) out.add(`${where}: ${parent ? `${parent}.` : ''}${field}`);
    else if (cls === 'case') unfiledFields(doc, inner, field, where, out, depth + 1);
  }
}

describe('field classes', () => {
  it('file every field of every response schema under a field group, case or none', () => {
    const unfiled = new Set<string>();
    let responses = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          if (!status.startsWith('2')) continue;
          for (const content of Object.values(response.content ?? {})) {
            responses += 1;
            unfiledFields(doc, content.schema, null, `${method.toUpperCase()} ${path}`, unfiled);
          }
        }
      }
    }
    expect(responses).toBeGreaterThan(100);
    expect([...unfiled]).toEqual([]);
  });

  it('would notice an unfiled field', () => {
    const unfiled = new Set<string>();
    unfiledFields(
      doc,
      { properties: { identity: { properties: { shoeSize: {} } } } },
      null,
      'GET /x',
      unfiled,
    );
    expect([...unfiled]).toEqual(['GET /x: identity.shoeSize']);
  });
});

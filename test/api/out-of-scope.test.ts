import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/server/policy/policy.ts';
import { replaceGrants } from '../../src/server/users/users.repository.ts';
import { makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { type OpenApiDocument, plainRequestsOf } from '../helpers/openapi-requests.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Issue 10, defect 11: a case id that exists but is outside the caller's reach must answer exactly like
// an unknown id, and leave a security audit row. The class, not one route: every /api/cases/{id}…
// operation of the published API is walked by an insider of another agency holding every role there.

// Breaking the glass is the one operation meant to open an out-of-reach case; it has its own tests.
const NOT_WALKED = new Set(['/api/cases/{id}/break-glass']);

let server: TestServer;
let caseId: string;
let intruder: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  const owner = await makeUser(server.ctx, {
    role: 'caseworker',
    agencyId: await makeAgency(server.ctx, { unitCodes: ['UA-30'] }),
  });
  const ownerClient = new ApiClient(server.url);
  await ownerClient.login(owner.username, owner.password);
  const created = await ownerClient.post('/api/cases', {
    sensitive: { names: [{ given: 'Дарина', family: 'Scope' }], birthDate: { kind: 'unknown' } },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: 'UA-30' },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  caseId = created.body.id;

  // Every role, each scoped to the intruder's own agency elsewhere: every route gate lets them through.
  const other = await makeUser(server.ctx, { role: 'caseworker', agencyId: await makeAgency(server.ctx) });
  await replaceGrants(
    server.ctx.database.db,
    other.id,
    ROLES.map((role) => ({ role, scope: 'agency', unitCode: null })),
  );
  intruder = new ApiClient(server.url);
  expect((await intruder.login(other.username, other.password)).status).toBe(200);
});
afterAll(() => server.close());

async function outOfScopeRows(requestId: string) {
  return server.ctx.database.db
    .selectFrom('audit_log')
    .select(['action', 'outcome', 'entity_type', 'entity_id', 'details'])
    .where('request_id', '=', requestId)
    .where('action', '=', 'case.out-of-scope')
    .execute();
}

function send(request: {
  method: string;
  path: string;
  body?: unknown;
  contentType?: string;
  rawBody?: string;
}) {
  const headers: Record<string, string> = { 'if-match': '"1"' };
  if (request.method === 'POST') headers['idempotency-key'] = `scope-${crypto.randomUUID()}`;
  if (request.contentType) headers['content-type'] = request.contentType;
  return intruder.request(request.method, request.path, {
    headers,
    ...(request.rawBody === undefined ? { body: request.body } : { rawBody: request.rawBody }),
  });
}

describe('a case outside the caller reach', () => {
  it('answers every case operation with the 404 of an unknown id, and audits each attempt', async () => {
    const doc = (await intruder.get<OpenApiDocument>('/api/openapi.json')).body;
    const requests = plainRequestsOf(doc, (_template, name) =>
      name === 'id' ? caseId : crypto.randomUUID(),
    ).filter(
      (request) => request.template.startsWith('/api/cases/{id}') && !NOT_WALKED.has(request.template),
    );
    expect(requests.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const request of requests) {
      const response = await send(request);
      const label = `${request.method} ${request.template}`;
      if (response.status !== 404 || response.body?.error?.code !== 'not_found') {
        failures.push(`${label} → ${response.status} ${response.body?.error?.code ?? ''}`);
        continue;
      }
      const rows = await outOfScopeRows(response.body.requestId);
      if (rows.length !== 1) failures.push(`${label} → 404 but ${rows.length} out-of-scope audit rows`);
      else expect(rows[0]).toMatchObject({ outcome: 'denied', entity_type: 'case', entity_id: caseId });
    }
    expect(failures).toEqual([]);
  });

  it('is told apart from an unknown id by nothing but the audit row', async () => {
    const unknown = await send({ method: 'GET', path: `/api/cases/${crypto.randomUUID()}` });
    const hidden = await send({ method: 'GET', path: `/api/cases/${caseId}` });
    expect(hidden.status).toBe(unknown.status);
    expect(hidden.body.error).toEqual(unknown.body.error);
    expect(await outOfScopeRows(unknown.body.requestId)).toEqual([]);
    expect(await outOfScopeRows(hidden.body.requestId)).toHaveLength(1);
  });
});

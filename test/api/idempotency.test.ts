import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Idempotency-Key (issue 10, defect 9): a key names one request of one user — route, path parameters,
// query and body — its stored answer is sealed, and a replay checks authorisation again.

let server: TestServer;
let district: string;
let agencyId: string;

async function signedIn(options: Parameters<typeof makeUser>[1]) {
  const account = await makeUser(server.ctx, options);
  const client = new ApiClient(server.url);
  await client.login(account.username, account.password);
  return { client, id: account.id };
}

async function openCase(client: ApiClient) {
  const created = await client.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Child', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Masculine', presumedMinor: true, unitCode: district },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const aunt = {
  relation: 'aunt-uncle',
  name: 'Оксана Ярошенко',
  contact: '+380 67 555 01 02',
  implicated: false,
  safeContact: true,
};

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
});
afterAll(() => server.close());

describe('Idempotency-Key', () => {
  it('replays the same request, refuses the key on another case or with another body (422)', async () => {
    const { client } = await signedIn({ role: 'caseworker', scope: 'agency', agencyId });
    const first = await openCase(client);
    const second = await openCase(client);
    const key = { 'idempotency-key': `family-${crypto.randomUUID()}` };
    const created = await client.post(`/api/cases/${first}/family`, aunt, key);
    expect(created.status).toBe(201);
    const again = await client.post(`/api/cases/${first}/family`, aunt, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(created.body.id);
    expect((await client.get(`/api/cases/${first}/family`)).body.items).toHaveLength(1);

    const otherCase = await client.post(`/api/cases/${second}/family`, aunt, key);
    expect(otherCase.status).toBe(422);
    expect(otherCase.body.error.code).toBe('idempotency_conflict');
    expect((await client.get(`/api/cases/${second}/family`)).body.items).toHaveLength(0);

    const otherBody = await client.post(
      `/api/cases/${first}/family`,
      { ...aunt, relation: 'grandparent' },
      key,
    );
    expect(otherBody.status).toBe(422);
    const otherRoute = await client.post(`/api/cases/${first}/notes`, { class: 'general', text: 'x' }, key);
    expect(otherRoute.status).toBe(422);
  });

  it('keys belong to one user: another user with the same key makes their own record', async () => {
    const one = await signedIn({ role: 'caseworker', scope: 'agency', agencyId });
    const two = await signedIn({ role: 'caseworker', scope: 'agency', agencyId });
    const caseId = await openCase(one.client);
    const key = { 'idempotency-key': `shared-${crypto.randomUUID()}` };
    const a = await one.client.post(`/api/cases/${caseId}/family`, aunt, key);
    const b = await two.client.post(`/api/cases/${caseId}/family`, aunt, key);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body.id).not.toBe(a.body.id);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
  });

  it('checks authorisation again on a replay: a caller who lost the case gets 404, not the stored answer', async () => {
    const { client } = await signedIn({ role: 'caseworker', scope: 'own', agencyId });
    const colleague = await makeUser(server.ctx, { role: 'caseworker', scope: 'own', agencyId });
    const caseId = await openCase(client);
    const key = { 'idempotency-key': `lost-${crypto.randomUUID()}` };
    expect((await client.post(`/api/cases/${caseId}/family`, aunt, key)).status).toBe(201);
    // The supervisor gives the case to a colleague: an `own` scope no longer reaches it.
    await sql`update cases set owner_user_id = ${colleague.id} where id = ${caseId}`.execute(
      server.ctx.database.db,
    );
    const replayed = await client.post(`/api/cases/${caseId}/family`, aunt, key);
    expect(replayed.status).toBe(404);
    expect(JSON.stringify(replayed.body)).not.toContain('Ярошенко');
  });

  it('stores the answer sealed: no name or phone of the created record in the table, and audits a replay', async () => {
    const { client, id } = await signedIn({ role: 'caseworker', scope: 'agency', agencyId });
    const caseId = await openCase(client);
    const key = { 'idempotency-key': `sealed-${crypto.randomUUID()}` };
    await client.post(`/api/cases/${caseId}/family`, aunt, key);
    await client.post(`/api/cases/${caseId}/family`, aunt, key);
    const rows = await sql<{
      row: string;
    }>`select row_to_json(k)::text as row from idempotency_keys k`.execute(server.ctx.database.db);
    const dump = rows.rows.map((r) => r.row).join('\n');
    expect(dump).not.toContain('Ярошенко');
    expect(dump).not.toContain('555 01 02');
    const replays = await server.ctx.database.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('actor_id', '=', id)
      .where('action', '=', 'request.replayed')
      .execute();
    expect(replays).toHaveLength(1);
    expect(JSON.stringify(replays[0]?.details)).not.toContain('Ярошенко');
  });
});

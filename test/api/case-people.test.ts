import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_FIELD_GROUPS } from '../../src/server/policy/policy.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let district: string;
let agencyId: string;
let worker: ApiClient;

async function signedIn(role: Parameters<typeof makeUser>[1]) {
  const account = await makeUser(server.ctx, role);
  const client = new ApiClient(server.url);
  await client.login(account.username, account.password);
  return client;
}

async function openCase(extra: Record<string, unknown> = {}) {
  const created = await worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Child', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: district, ...extra },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  worker = await signedIn({ role: 'caseworker', scope: 'agency', agencyId });
});
afterAll(() => server.close());

const mother = {
  relation: 'mother',
  name: 'Наталія Ковальчук',
  contact: '+380 50 111 22 33',
  implicated: true,
  safeContact: false,
  note: 'Sold the child to a recruiter in Odesa',
};

describe('family members', () => {
  it('adds, lists, changes (If-Match) and removes a family member, auditing ids only', async () => {
    const caseId = await openCase();
    const base = `/api/cases/${caseId}/family`;
    const created = await worker.post(base, mother);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...mother, version: 1 });
    expect(created.headers.get('etag')).toBe('"1"');
    const list = await worker.get(base);
    expect(list.body.items).toEqual([created.body]);

    const member = `${base}/${created.body.id}`;
    expect((await worker.patch(member, { safeContact: true })).status).toBe(428);
    expect((await worker.patch(member, { safeContact: true }, { 'if-match': '"7"' })).status).toBe(412);
    const changed = await worker.patch(member, { safeContact: true, note: null }, { 'if-match': '"1"' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ safeContact: true, note: null, version: 2 });

    expect((await worker.request('DELETE', member, { headers: { 'if-match': '"1"' } })).status).toBe(412);
    expect((await worker.request('DELETE', member, { headers: { 'if-match': '"2"' } })).status).toBe(204);
    expect((await worker.get(base)).body.items).toEqual([]);
    expect((await worker.patch(member, { safeContact: true }, { 'if-match': '"2"' })).status).toBe(404);

    const log = await server.ctx.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity_id', '=', caseId)
      .execute();
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'case.family.create',
        'case.family.read',
        'case.family.update',
        'case.family.delete',
      ]),
    );
    expect(JSON.stringify(log)).not.toMatch(/Наталія|Ковальчук|\+380|Odesa/);
  });

  it('names the fields that are wrong, and rejects unknown fields and coercion', async () => {
    const caseId = await openCase();
    const bad = await worker.post(`/api/cases/${caseId}/family`, {
      relation: 'cousin',
      name: '',
      implicated: 'yes',
      safeContact: false,
      nickname: 'x',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    const paths = bad.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.relation', 'body.name', 'body.implicated', 'body.nickname']),
    );
  });

  it('keeps names, contacts and notes unreadable in the table', async () => {
    const caseId = await openCase();
    await worker.post(`/api/cases/${caseId}/family`, mother);
    await worker.put(`/api/cases/${caseId}/guardian`, {
      kind: 'appointed-guardian',
      name: 'Остап Вишня',
      contact: 'ostap@example.org',
      appointingAuthority: 'Служба у справах дітей',
    });
    const dump = await sql<{ row: string }>`
      select row_to_json(f)::text as row from case_family_members f where case_id = ${caseId}
      union all select row_to_json(g)::text from case_guardians g where case_id = ${caseId}`.execute(
      server.ctx.database.db,
    );
    const text = dump.rows.map((r) => r.row).join('\n');
    expect(dump.rows).toHaveLength(2);
    for (const secret of ['Наталія', 'Ковальчук', '111 22', 'Odesa', 'Остап', 'ostap@', 'Служба'])
      expect(text).not.toContain(secret);
  });

  it('answers 404 to a user of another agency, and 403 to a reader who may not write', async () => {
    const caseId = await openCase();
    const created = await worker.post(`/api/cases/${caseId}/family`, mother);
    const outsider = await signedIn({
      role: 'caseworker',
      scope: 'agency',
      agencyId: await makeAgency(server.ctx, { unitCodes: [firstDistrictOf('UA-46')] }),
    });
    expect((await outsider.get(`/api/cases/${caseId}/family`)).status).toBe(404);
    expect((await outsider.post(`/api/cases/${caseId}/family`, mother)).status).toBe(404);
    expect((await outsider.get(`/api/cases/${caseId}/guardian`)).status).toBe(404);
    expect(
      (
        await outsider.patch(
          `/api/cases/${caseId}/family/${created.body.id}`,
          { implicated: false },
          { 'if-match': '"1"' },
        )
      ).status,
    ).toBe(404);
    const coordinator = await signedIn({ role: 'coordinator', scope: 'country', agencyId });
    expect((await coordinator.get(`/api/cases/${caseId}/family`)).status).toBe(200);
    expect((await coordinator.post(`/api/cases/${caseId}/family`, mother)).status).toBe(403);
  });

  it('gives names and contacts only to callers with the identity field group', async () => {
    const caseId = await openCase();
    await worker.post(`/api/cases/${caseId}/family`, mother);
    await worker.put(`/api/cases/${caseId}/guardian`, { kind: 'parent', name: 'Петро Ковальчук' });
    const coordinator = await signedIn({ role: 'coordinator', scope: 'country', agencyId });
    const saved = ROLE_FIELD_GROUPS.coordinator;
    // No shipped role reads cases without the identity group; take it away from one for this test.
    ROLE_FIELD_GROUPS.coordinator = ['exploitation', 'justice'];
    try {
      const family = await coordinator.get(`/api/cases/${caseId}/family`);
      expect(family.body.items[0]).toMatchObject({
        relation: 'mother',
        name: null,
        contact: null,
        note: null,
        implicated: true,
      });
      const guardian = await coordinator.get(`/api/cases/${caseId}/guardian`);
      expect(guardian.body.guardian).toMatchObject({ kind: 'parent', name: null, contact: null });
    } finally {
      ROLE_FIELD_GROUPS.coordinator = saved;
    }
    expect((await coordinator.get(`/api/cases/${caseId}/family`)).body.items[0].name).toBe(mother.name);
  });

  it('replays a create with the same Idempotency-Key', async () => {
    const caseId = await openCase();
    const headers = { 'idempotency-key': `family-${caseId}` };
    const first = await worker.post(`/api/cases/${caseId}/family`, mother, headers);
    const again = await worker.post(`/api/cases/${caseId}/family`, mother, headers);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect((await worker.get(`/api/cases/${caseId}/family`)).body.items).toHaveLength(1);
  });
});

describe('guardian', () => {
  it('is required for an unaccompanied child; recorded once, then replaced only with If-Match', async () => {
    const caseId = await openCase({ unaccompanied: true });
    const path = `/api/cases/${caseId}/guardian`;
    expect((await worker.get(path)).body).toEqual({ guardian: null, required: true });
    const body = {
      kind: 'appointed-guardian',
      name: 'Ірина Мороз',
      contact: '+380 67 000 11 22',
      appointedOn: '2026-01-15',
      appointingAuthority: 'Izmail district children’s service',
    };
    const first = await worker.put(path, body);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ ...body, familyMemberId: null, personId: expect.any(String), version: 1 });
    const read = await worker.get(path);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(read.body).toEqual({ guardian: first.body, required: true });
    expect((await worker.put(path, { ...body, name: 'Other' })).status).toBe(428);
    expect((await worker.put(path, { ...body, name: 'Other' }, { 'if-match': '"3"' })).status).toBe(412);
    const replaced = await worker.put(path, { kind: 'institution', name: 'Shelter' }, { 'if-match': '"1"' });
    expect(replaced.body).toMatchObject({ kind: 'institution', name: 'Shelter', contact: null, version: 2 });
    const bad = await worker.put(
      path,
      { kind: 'uncle', name: 'x', appointedOn: '15.01.2026' },
      { 'if-match': '"2"' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body.kind', 'body.appointedOn']),
    );
  });

  it('is not required for an accompanied child', async () => {
    const caseId = await openCase({ unaccompanied: false });
    expect((await worker.get(`/api/cases/${caseId}/guardian`)).body).toEqual({
      guardian: null,
      required: false,
    });
  });
});

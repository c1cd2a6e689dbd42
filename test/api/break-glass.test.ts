import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Break-glass (issue 10, HL7 "break the glass"): a user who reads cases somewhere opens one case outside
// their scope in an emergency, with a reason, for a configured time; it is recorded, audited, shown on
// the case, notified to the owning supervisor, who reviews it; expiry is enforced by the case loader.

const REASON = 'Child brought to our night shelter, owning agency closed until Monday.';
let server: TestServer;
let caseId: string;
let outsiderId: string;
let outsider: ApiClient;
let ownSupervisor: ApiClient;
let otherSupervisor: ApiClient;
let analyst: ApiClient;

async function signedIn(account: { username: string; password: string }) {
  const client = new ApiClient(server.url);
  expect((await client.login(account.username, account.password)).status).toBe(200);
  return client;
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none', HAVEN_BREAK_GLASS_HOURS: '2' });
  const district = firstDistrictOf('UA-30');
  const ownAgency = await makeAgency(server.ctx, { unitCodes: [district] });
  const otherAgency = await makeAgency(server.ctx, { unitCodes: [firstDistrictOf('UA-46')] });
  const owner = await signedIn(await makeUser(server.ctx, { role: 'caseworker', agencyId: ownAgency }));
  ownSupervisor = await signedIn(await makeUser(server.ctx, { role: 'supervisor', agencyId: ownAgency }));
  otherSupervisor = await signedIn(await makeUser(server.ctx, { role: 'supervisor', agencyId: otherAgency }));
  analyst = await signedIn(
    await makeUser(server.ctx, { role: 'analyst', scope: 'country', agencyId: otherAgency }),
  );
  const account = await makeUser(server.ctx, { role: 'caseworker', agencyId: otherAgency });
  outsiderId = account.id;
  outsider = await signedIn(account);
  const created = await owner.post('/api/cases', {
    sensitive: { names: [{ given: 'Соломія', family: 'Glass' }], birthDate: { kind: 'unknown' } },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: district },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  caseId = created.body.id;
});
afterAll(() => server.close());

const auditOf = (action: string) =>
  server.ctx.database.db
    .selectFrom('audit_log')
    .select(['actor_id', 'entity_id', 'details', 'request_id'])
    .where('action', '=', action)
    .where('entity_id', '=', caseId)
    .execute();

describe('break-glass', () => {
  it('refuses a short reason, a user who reads no cases, and an unknown case', async () => {
    expect((await outsider.get(`/api/cases/${caseId}`)).status).toBe(404);
    const short = await outsider.post(`/api/cases/${caseId}/break-glass`, { reason: 'urgent' });
    expect(short.status).toBe(400);
    expect(short.body.error.details[0]).toMatchObject({ path: 'body.reason', code: 'too_short' });
    expect((await analyst.post(`/api/cases/${caseId}/break-glass`, { reason: REASON })).status).toBe(403);
    const unknown = await outsider.post(`/api/cases/${crypto.randomUUID()}/break-glass`, { reason: REASON });
    expect(unknown.status).toBe(404);
  });

  it('opens the case for reading only, for the configured time, audited without the reason', async () => {
    const before = Date.now();
    const opened = await outsider.post(`/api/cases/${caseId}/break-glass`, { reason: REASON });
    expect(opened.status).toBe(201);
    const hours = (Date.parse(opened.body.expiresAt) - before) / 3_600_000;
    expect(hours).toBeGreaterThan(1.99);
    expect(hours).toBeLessThan(2.01);
    expect(opened.body).toMatchObject({ caseId, userId: outsiderId, reason: REASON, active: true });

    const file = await outsider.get(`/api/cases/${caseId}`);
    expect(file.status).toBe(200);
    expect(file.body.breakGlass).toEqual({ activeUntil: opened.body.expiresAt, unreviewedAccesses: null });
    expect(file.body.allowedActions).toEqual(['cases.read', 'cases.reveal']);
    expect((await outsider.get(`/api/cases/${caseId}/notes`)).status).toBe(200);
    const change = await outsider.patch(
      `/api/cases/${caseId}`,
      { identity: { presumedMinor: false } },
      { 'if-match': '"1"' },
    );
    expect(change.status).toBe(403);
    expect((await outsider.post(`/api/cases/${caseId}/break-glass`, { reason: REASON })).status).toBe(409);

    const recorded = await auditOf('case.break-glass');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.actor_id).toBe(outsiderId);
    expect(JSON.stringify(recorded)).not.toContain('shelter');
    const reads = await auditOf('case.read');
    expect(reads.filter((row) => row.actor_id === outsiderId).map((row) => row.details)).toEqual([
      { breakGlass: true },
    ]);
  });

  it('tells the owning supervisor, who sees it on the case and in the list; nobody else does', async () => {
    const notices = await ownSupervisor.get('/api/notifications');
    expect(
      notices.body.items.filter((item: { kind: string }) => item.kind === 'cases.break-glass'),
    ).toMatchObject([{ caseId, subjectType: 'break-glass' }]);
    const file = await ownSupervisor.get(`/api/cases/${caseId}`);
    expect(file.body.breakGlass).toEqual({ activeUntil: null, unreviewedAccesses: 1 });
    const list = await ownSupervisor.get('/api/break-glass?reviewed=false');
    expect(list.status).toBe(200);
    expect(list.body.items).toMatchObject([{ caseId, userId: outsiderId, reason: REASON }]);
    const elsewhere = await otherSupervisor.get('/api/break-glass');
    expect(elsewhere.body.items).toEqual([]);
    const otherNotices = await otherSupervisor.get('/api/notifications');
    expect(otherNotices.body.items).toEqual([]);
  });

  it('is reviewed once, with a note and the version, by a supervisor who reaches the case', async () => {
    const [access] = (await ownSupervisor.get('/api/break-glass?reviewed=false')).body.items;
    const path = `/api/break-glass/${access.id}/review`;
    const note = { note: 'Called the shelter: the access was needed.' };
    expect((await otherSupervisor.post(path, note, { 'if-match': `"${access.version}"` })).status).toBe(404);
    expect((await ownSupervisor.post(path, note)).status).toBe(428);
    const reviewed = await ownSupervisor.post(path, note, { 'if-match': `"${access.version}"` });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({ reviewNote: note.note, reviewerName: 'Test supervisor' });
    expect(reviewed.body.reviewedAt).not.toBeNull();
    const again = await ownSupervisor.post(path, note, { 'if-match': `"${reviewed.body.version}"` });
    expect(again.status).toBe(409);
    expect((await ownSupervisor.get('/api/break-glass?reviewed=false')).body.items).toEqual([]);
  });

  it('ends when it expires: the case is out of reach again, and the attempt is audited', async () => {
    await server.ctx.database.db
      .updateTable('break_glass_accesses')
      .set({ expires_at: new Date(Date.now() - 1000), started_at: new Date(Date.now() - 7_200_000) })
      .where('case_id', '=', caseId)
      .execute();
    const after = await outsider.get(`/api/cases/${caseId}`);
    expect(after.status).toBe(404);
    const attempts = await auditOf('case.out-of-scope');
    expect(attempts.map((row) => row.request_id)).toContain(after.body.requestId);
  });
});

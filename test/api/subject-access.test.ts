import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetention } from '../../src/server/retention/retention.service.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// The subject-access export (issue 10): what is held about the child and who saw it, for oversight in
// scope only, with the caller's field groups applied, and itself audited.

let server: TestServer;
let worker: ApiClient;
let supervisor: ApiClient;
let coordinator: ApiClient;
let police: ApiClient;
let elsewhere: ApiClient;
let caseId: string;
const family = crypto.randomUUID().slice(0, 8);

async function client(account: { username: string; password: string }) {
  const c = new ApiClient(server.url);
  expect((await c.login(account.username, account.password)).status).toBe(200);
  return c;
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  const district = firstDistrictOf('UA-30');
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district], name: 'Kyiv centre' });
  worker = await client(await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId }));
  supervisor = await client(await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId }));
  coordinator = await client(await makeUser(server.ctx, { role: 'coordinator', scope: 'country', agencyId }));
  police = await client(await makeUser(server.ctx, { role: 'police', scope: 'agency', agencyId }));
  elsewhere = await client(await makeUser(server.ctx, { role: 'supervisor', scope: 'agency' }));
  const created = await worker.post('/api/cases', {
    sensitive: { names: [{ given: 'Subject', family }], birthDate: { kind: 'exact', date: '2013-05-06' } },
    identity: { gender: 'Masculine', presumedMinor: true, unitCode: district },
    duplicatesReviewed: true,
  });
  caseId = created.body.id;
  await worker.post(`/api/cases/${caseId}/family`, {
    relation: 'father',
    name: 'Father of the child',
    implicated: false,
    safeContact: true,
  });
  await worker.post(`/api/cases/${caseId}/notes`, { class: 'general', text: 'Arrived by bus' });
  await worker.post(`/api/cases/${caseId}/notes`, { class: 'health', text: 'Needs a dentist' });
  expect((await worker.post(`/api/cases/${caseId}/reveal`)).status).toBe(200);
});
afterAll(() => server.close());

describe('subject-access export', () => {
  it('gives a supervisor in scope what is held and who saw it, as a file not to be cached', async () => {
    const answer = await supervisor.get(`/api/cases/${caseId}/subject-access`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toMatch(/attachment; filename="subject-access-UA-/);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const body = answer.body;
    expect(body.identity.sensitive.names[0].family).toBe(family);
    expect(body.identity.family[0].name).toBe('Father of the child');
    expect(body.notes.map((n: { text: string }) => n.text)).toEqual(['Arrived by bus', 'Needs a dentist']);
    expect(body.history[0].type).toBe('open');
    expect(body.retention).toMatchObject({ recordType: 'case.closed', endsAt: null, legalHolds: [] });
    expect(body.withheld).toEqual([]);
    const byWorker = body.accessSummary.find(
      (line: { actorName: string }) => line.actorName === 'Test caseworker',
    );
    expect(byWorker).toMatchObject({ agencyName: 'Kyiv centre', reveals: 1 });
    expect(byWorker.changes).toBeGreaterThanOrEqual(3);
  });

  it('applies the field groups: a coordinator gets no health texts and is told what was withheld', async () => {
    const answer = await coordinator.get(`/api/cases/${caseId}/subject-access`);
    expect(answer.status).toBe(200);
    expect(answer.body.notes.map((n: { text: string }) => n.text)).toEqual(['Arrived by bus']);
    expect(answer.body.monitoring).toBeUndefined();
    expect(answer.body.withheld.map((w: { fieldGroup: string }) => w.fieldGroup)).toContain('health');
    expect(JSON.stringify(answer.body)).not.toContain('dentist');
  });

  it('is refused to the worker and police, and answers as not found outside scope', async () => {
    expect((await worker.get(`/api/cases/${caseId}/subject-access`)).status).toBe(403);
    expect((await police.get(`/api/cases/${caseId}/subject-access`)).status).toBe(403);
    expect((await elsewhere.get(`/api/cases/${caseId}/subject-access`)).status).toBe(404);
  });

  it('is audited without personal data, and shows in the next export as an export', async () => {
    const rows = await server.ctx.database.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('entity_id', '=', caseId)
      .where('action', '=', 'case.subject-access.export')
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(rows)).not.toContain(family);
    const next = await supervisor.get(`/api/cases/${caseId}/subject-access`);
    const exports = next.body.accessLog.filter((e: { kind: string }) => e.kind === 'export');
    expect(exports.length).toBeGreaterThanOrEqual(2);
  });

  it('has nothing to give once the case is anonymised', async () => {
    const etag = (await worker.get(`/api/cases/${caseId}/status`)).headers.get('etag')!;
    const closed = await worker.post(
      `/api/cases/${caseId}/status-decisions`,
      {
        status: 'not-a-victim',
        decidingOrgType: 'Police',
        decidedOn: new Date().toISOString().slice(0, 10),
        reason: 'No indicators found',
      },
      { 'if-match': etag },
    );
    expect(closed.status).toBe(200);
    const job = { userId: null, agencyId: null, requestId: 'retention-test' };
    await runRetention(server.ctx, job, { now: new Date(Date.now() + 4 * 366 * 86_400_000) });
    expect((await supervisor.get(`/api/cases/${caseId}/subject-access`)).status).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let worker: ApiClient;
let supervisor: ApiClient;
let district: string;

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  const w = await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId });
  const s = await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId });
  worker = new ApiClient(server.url);
  supervisor = new ApiClient(server.url);
  await worker.login(w.username, w.password);
  await supervisor.login(s.username, s.password);
});
afterAll(() => server.close());

async function act(client: ApiClient, id: string, body: Record<string, unknown>) {
  const etag = (await client.get(`/api/cases/${id}`)).headers.get('etag')!;
  return client.post(`/api/cases/${id}/actions`, body, { 'if-match': etag });
}

/** A formal status decision (the Status tab's path), under the case's current version. */
async function decide(client: ApiClient, id: string, body: Record<string, unknown>) {
  const etag = (await client.get(`/api/cases/${id}/status`)).headers.get('etag')!;
  return client.post(`/api/cases/${id}/status-decisions`, body, { 'if-match': etag });
}

const today = () => new Date().toISOString().slice(0, 10);

describe('case lifecycle over the API', () => {
  it('walks screening → presumed → identified → assistance → monitoring → closed (four eyes) → reopened', async () => {
    const created = await worker.post('/api/cases', {
      sensitive: {
        names: [{ given: 'Тарас', family: 'Мельник' }],
        birthDate: { kind: 'estimated', from: '2010-01-01', to: '2011-12-31' },
      },
      identity: { gender: 'Masculine', presumedMinor: true, unitCode: district },
    });
    const id = created.body.id;
    expect((await worker.get(`/api/cases/${id}/actions`)).body.available).toEqual(
      expect.arrayContaining(['presume']),
    );
    expect((await worker.post(`/api/cases/${id}/actions`, { type: 'presume' })).status).toBe(428);
    expect((await act(worker, id, { type: 'presume' })).body.stage).toBe('presumed');
    const presumed = (await worker.get(`/api/cases/${id}`)).body;
    expect(presumed.status).toBe('presumed');
    // The recovery and reflection period (at least 30 days) becomes the case's deadline.
    const days =
      (Date.parse(presumed.nextDeadline) - Date.parse(new Date().toISOString().slice(0, 10))) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(29);
    // Identification is a formal decision: the lifecycle endpoint refuses it and says where it is made.
    expect((await worker.get(`/api/cases/${id}/actions`)).body.available).not.toContain('identify');
    const bypass = await act(worker, id, { type: 'identify' });
    expect(bypass.status).toBe(422);
    expect(bypass.body.error).toMatchObject({
      code: 'status_decision_required',
      details: { action: 'identify' },
    });
    expect((await worker.get(`/api/cases/${id}`)).body.stage).toBe('presumed');
    const identified = await decide(worker, id, {
      status: 'identified',
      decidingOrgType: 'CourtOrProsecution',
      decidedOn: today(),
      reason: 'Recognised as a victim in the criminal proceedings',
    });
    expect(identified.status).toBe(200);
    expect((await worker.get(`/api/cases/${id}`)).body).toMatchObject({
      stage: 'identified',
      nextDeadline: null,
    });
    expect((await act(worker, id, { type: 'start-assistance' })).body.stage).toBe('assistance');
    expect((await act(worker, id, { type: 'start-monitoring' })).body.stage).toBe('monitoring');
    const noReason = await act(worker, id, { type: 'request-closure', closureReason: 'other' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error.details.reason).toBe('reason_required');
    expect(
      (
        await act(worker, id, {
          // Presumed today: the reflection period runs, so only death or an error closes the case
          // (test/api/exits.test.ts); 'reintegrated' needs monitoring evidence (test/api/closure.test.ts).
          type: 'request-closure',
          closureReason: 'deceased',
          reason: 'Recorded by the hospital',
        })
      ).body.pendingClosure,
    ).toBe(true);
    expect((await act(worker, id, { type: 'approve-closure' })).status).toBe(403);
    expect((await act(supervisor, id, { type: 'approve-closure' })).body.stage).toBe('closed');
    const reopened = await act(worker, id, {
      type: 'reopen',
      reason: 'New exploitation reported',
      retrafficking: true,
    });
    expect(reopened.body).toMatchObject({ stage: 'monitoring', reopenCount: 1 });
    const history = await worker.get(`/api/cases/${id}/history`);
    expect(history.body.items.map((i: { type: string }) => i.type)).toEqual([
      'open',
      'presume',
      'identify',
      'start-assistance',
      'start-monitoring',
      'request-closure',
      'approve-closure',
      'reopen',
    ]);
    const reopen = history.body.items.at(-1);
    expect(reopen.reason).toBe('New exploitation reported');
    expect(reopen.actorName).toBe('Test caseworker');
  });

  it('assigns only to an active user of the owning agency', async () => {
    const created = await worker.post('/api/cases', {
      sensitive: { names: [{ given: 'Остап', family: 'Гнатюк' }], birthDate: { kind: 'unknown' } },
      identity: { gender: 'Masculine', presumedMinor: true, unitCode: district },
    });
    const staff = await supervisor.get(`/api/cases/${created.body.id}/assignable-users`);
    expect(staff.status).toBe(200);
    expect(staff.body.items.map((u: { displayName: string }) => u.displayName)).toEqual(
      expect.arrayContaining(['Test caseworker', 'Test supervisor']),
    );
    const colleague = staff.body.items.find((u: { roles: string[] }) => u.roles.includes('supervisor'));
    expect(
      (await act(supervisor, created.body.id, { type: 'assign', toUserId: colleague.id, reason: 'Caseload' }))
        .status,
    ).toBe(200);
    expect((await worker.get(`/api/cases/${created.body.id}/assignable-users`)).status).toBe(403);
    const stranger = await makeUser(server.ctx, { role: 'caseworker' });
    const refused = await act(supervisor, created.body.id, {
      type: 'assign',
      toUserId: stranger.id,
      reason: 'Caseload',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].path).toBe('body.toUserId');
  });

  it('refuses an action the transition table does not allow, and keeps the reason encrypted', async () => {
    const created = await worker.post('/api/cases', {
      sensitive: { names: [{ given: 'Ірина', family: 'Ткач' }], birthDate: { kind: 'unknown' } },
      identity: { gender: 'Feminine', presumedMinor: true, unitCode: district },
    });
    const refused = await act(worker, created.body.id, { type: 'start-monitoring' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('lifecycle_refused');
    // A not-a-victim outcome is a formal decision too: refused here, recorded as a status decision.
    const bypass = await act(worker, created.body.id, { type: 'decide-not-victim', reason: 'No indicators' });
    expect(bypass.body.error.code).toBe('status_decision_required');
    const decided = await decide(worker, created.body.id, {
      status: 'not-a-victim',
      decidingOrgType: 'Police',
      decidedOn: today(),
      reason: 'Screening found a runaway, not exploitation',
    });
    expect(decided.status).toBe(200);
    const stored = await server.ctx.database.db
      .selectFrom('case_actions')
      .select('reason')
      .where('case_id', '=', created.body.id)
      .execute();
    expect(JSON.stringify(stored)).not.toContain('runaway');
  });
});

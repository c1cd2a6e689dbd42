import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_ITEMS } from '../../src/domain/monitoring/index.ts';
import { closureRefusals } from '../../src/server/closure/closure.service.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Closure (issue 5 item 4): monitoring evidence before 'reintegrated', open alerts block the reasons
// that do not end the work by themselves, the 'case-closure' approval and the direct lifecycle action
// kept in step, and reopening.

let server: TestServer;
let district: string;
let worker: ApiClient;
let supervisor: ApiClient;
let supervisorId: string;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const calm = { contactWithExploiters: false, newOffers: false, wentMissing: false, riskLevel: 'low' };
const items = (score: number, overrides: Record<string, number> = {}) =>
  ASSESSMENT_ITEMS.map((item) => ({
    itemId: item.id,
    score: overrides[item.id] ?? score,
    evidence: 'observation',
  }));

async function client(account: { username: string; password: string }) {
  const c = new ApiClient(server.url);
  expect((await c.login(account.username, account.password)).status).toBe(200);
  return c;
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  worker = await client(await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId }));
  const s = await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId });
  supervisorId = s.id;
  supervisor = await client(s);
});
afterAll(() => server.close());

async function act(as: ApiClient, caseId: string, body: Record<string, unknown>) {
  const etag = (await as.get(`/api/cases/${caseId}`)).headers.get('etag')!;
  return as.post(`/api/cases/${caseId}/actions`, body, { 'if-match': etag });
}

/** A case in reintegration monitoring, its schedule started 400 days ago. */
async function monitoredCase() {
  const created = await worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Closure', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Masculine', presumedMinor: true, unitCode: district },
    duplicatesReviewed: true,
  });
  const caseId = created.body.id as string;
  // Presumed long ago: the reflection period (CETS 197 Art. 13) is over, so closures are possible.
  const statusTag = (await worker.get(`/api/cases/${caseId}/status`)).headers.get('etag')!;
  const presumed = await worker.post(
    `/api/cases/${caseId}/status-decisions`,
    { status: 'presumed', decidingOrgType: 'NGO', decidedOn: day(-420), reason: 'Screening' },
    { 'if-match': statusTag },
  );
  expect(presumed.status).toBe(200);
  for (const type of ['start-assistance', 'start-monitoring'])
    expect((await act(worker, caseId, { type })).status).toBe(200);
  expect(
    (
      await worker.post(`/api/cases/${caseId}/monitoring`, {
        startedOn: day(-400),
        placementType: 'foster-care',
      })
    ).status,
  ).toBe(201);
  return caseId;
}

async function review(caseId: string, index: number, doneOn: string, assessment: ReturnType<typeof items>) {
  const visit = (await worker.get(`/api/cases/${caseId}/monitoring`)).body.visits[index];
  const saved = await worker.post(
    `/api/cases/${caseId}/monitoring/visits/${visit.id}/record`,
    { doneOn, riskReview: calm, assessment: { items: assessment } },
    { 'if-match': `"${visit.version}"` },
  );
  expect(saved.status).toBe(200);
  return saved.body;
}

async function resolveAlerts(caseId: string) {
  const alerts = await supervisor.get(`/api/cases/${caseId}/monitoring/alerts`);
  for (const alert of alerts.body.items.filter((a: { resolvedAt: string | null }) => !a.resolvedAt)) {
    const done = await supervisor.post(
      `/api/cases/${caseId}/monitoring/alerts/${alert.id}/resolve`,
      { outcome: 'safety-plan-agreed', note: 'Safety plan agreed with the family' },
      { 'if-match': `"${alert.version}"` },
    );
    expect(done.status).toBe(200);
  }
}

const closure = (closureReason: string) => ({
  type: 'request-closure',
  closureReason,
  reason: 'Discussed at the team meeting',
});

async function pendingApproval(caseId: string) {
  const list = await supervisor.get(`/api/cases/${caseId}/approvals`);
  return list.body.items.filter((a: { kind: string }) => a.kind === 'case-closure');
}

describe('closing as reintegrated', () => {
  it('is refused while monitoring says no, then allowed, recording the assessments as evidence and asking for approval', async () => {
    const caseId = await monitoredCase();
    // Safety 1, 2, 4: an alert, and a domain mean under 3 (under the closure threshold of 2/3).
    await review(caseId, 0, day(-300), items(4, { 'safety.abuse-in-care': 1, 'safety.safety-plan': 2 }));
    const blocked = await act(worker, caseId, closure('reintegrated'));
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.code).toBe('closure_blocked');
    expect(blocked.body.error.message).toMatch(/safety alert is still open/);
    expect(blocked.body.error.details.blockers.map((b: { code: string }) => b.code)).toEqual([
      'SAFETY_ALERT_OPEN',
      'TOO_FEW_REVIEWS',
    ]);
    // Lost contact is held back by the open alert only; moving abroad by the alert as well (issue 11:
    // no reason is exempt but death), and by the missing best-interests determination.
    const lost = await act(worker, caseId, {
      ...closure('lost-contact'),
      closureEvidence: { lastContactOn: day(-60), reportedMissingOn: day(-59) },
    });
    expect(lost.body.error.details.blockers.map((b: { code: string }) => b.code)).toEqual([
      'SAFETY_ALERT_OPEN',
    ]);
    expect(
      (await closureRefusals(server.ctx, server.ctx.database.db, caseId, 'moved-abroad')).map((b) => b.code),
    ).toEqual(['NO_BEST_INTERESTS_DETERMINATION', 'SAFETY_ALERT_OPEN']);
    expect(await closureRefusals(server.ctx, server.ctx.database.db, caseId, 'deceased')).toEqual([]);

    await resolveAlerts(caseId);
    await review(caseId, 1, day(-200), items(4));
    expect((await act(worker, caseId, closure('reintegrated'))).body.error.details.blockers).toMatchObject([
      { code: 'DOMAINS_BELOW_THRESHOLD' },
    ]);
    await review(caseId, 2, day(-100), items(4));
    const requested = await act(worker, caseId, closure('reintegrated'));
    expect(requested.status).toBe(200);
    expect(requested.body.pendingClosure).toBe(true);

    const history = await worker.get(`/api/cases/${caseId}/history`);
    const request = history.body.items.findLast((i: { type: string }) => i.type === 'request-closure');
    expect(request.payload.evidence.assessmentIds).toHaveLength(2);
    const latest = await server.ctx.database.db
      .selectFrom('monitoring_assessments')
      .select('id')
      .where('case_id', '=', caseId)
      .orderBy('assessed_on', 'desc')
      .execute();
    expect(request.payload.evidence.assessmentIds).toEqual(latest.slice(0, 2).map((row) => row.id));

    const [approval] = await pendingApproval(caseId);
    expect(approval).toMatchObject({ status: 'pending', subjectId: caseId, mayDecide: true });
    const decided = await supervisor.post(
      `/api/approvals/${approval.id}/decision`,
      { decision: 'approved', reason: null },
      { 'if-match': `"${approval.version}"` },
    );
    expect(decided.status).toBe(200);
    expect((await worker.get(`/api/cases/${caseId}`)).body.stage).toBe('closed');
    const approveAction = (await worker.get(`/api/cases/${caseId}/history`)).body.items.at(-1);
    expect(approveAction).toMatchObject({ type: 'approve-closure', actorId: supervisorId });
  });

  it('is checked again at approval: an alert raised meanwhile refuses the decision and leaves it pending', async () => {
    const caseId = await monitoredCase();
    await review(caseId, 0, day(-300), items(4));
    await review(caseId, 1, day(-200), items(4));
    expect((await act(worker, caseId, closure('reintegrated'))).status).toBe(200);
    await review(caseId, 2, day(-10), items(4, { 'safety.abuse-in-care': 1 }));
    const [approval] = await pendingApproval(caseId);
    const refused = await supervisor.post(
      `/api/approvals/${approval.id}/decision`,
      { decision: 'approved', reason: null },
      { 'if-match': `"${approval.version}"` },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('closure_blocked');
    expect((await pendingApproval(caseId))[0].status).toBe('pending');
    const direct = await act(supervisor, caseId, { type: 'approve-closure' });
    expect(direct.body.error.code).toBe('closure_blocked');
    expect((await worker.get(`/api/cases/${caseId}`)).body.stage).toBe('monitoring');
  });
});

describe('the direct lifecycle actions and the approval stay in step', () => {
  it('a direct rejection and a direct approval settle the pending approval; the case reopens', async () => {
    const caseId = await monitoredCase();
    await review(caseId, 0, day(-300), items(4, { 'safety.abuse-in-care': 1 }));
    // An open safety alert holds back every closure but death (issue 11 item 1).
    const died = { ...closure('deceased'), closureEvidence: { effectiveOn: day(-2) } };
    expect((await act(worker, caseId, died)).status).toBe(200);
    const rejected = await act(supervisor, caseId, {
      type: 'reject-closure',
      reason: 'Death certificate missing',
    });
    expect(rejected.status).toBe(200);
    const [first] = await pendingApproval(caseId);
    expect(first).toMatchObject({
      status: 'rejected',
      decidedBy: supervisorId,
      reason: 'Death certificate missing',
    });
    expect((await act(worker, caseId, died)).status).toBe(200);
    const approved = await act(supervisor, caseId, { type: 'approve-closure' });
    expect(approved.body.stage).toBe('closed');
    const approvals = await pendingApproval(caseId);
    expect(approvals.map((a: { status: string }) => a.status).sort()).toEqual(['approved', 'rejected']);
    const reopened = await act(worker, caseId, { type: 'reopen', reason: 'Recorded for the wrong child' });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ stage: 'monitoring', reopenCount: 1 });
  });
});

describe('four eyes on closure (issue 10, defect 5)', () => {
  it('nobody who ever asked to close the case approves a closure of it, directly or on the approvals page', async () => {
    const caseId = await monitoredCase();
    // Any closure with its evidence (issue 11 item 1); the rule under test is who may decide it.
    const deathWithEvidence = { ...closure('deceased'), closureEvidence: { effectiveOn: day(-2) } };
    // The supervisor asks, then takes the request back; the worker asks again.
    expect((await act(supervisor, caseId, deathWithEvidence)).status).toBe(200);
    expect(
      (await act(supervisor, caseId, { type: 'reject-closure', reason: 'Asked too early' })).status,
    ).toBe(200);
    expect((await act(worker, caseId, deathWithEvidence)).status).toBe(200);
    const direct = await act(supervisor, caseId, { type: 'approve-closure' });
    expect(direct.status).toBe(409);
    expect(direct.body.error.code).toBe('four_eyes');
    const pending = (await pendingApproval(caseId)).find((a: { status: string }) => a.status === 'pending');
    expect(pending.mayDecide).toBe(false);
    const viaPage = await supervisor.post(
      `/api/approvals/${pending.id}/decision`,
      { decision: 'approved' },
      { 'if-match': `"${pending.version}"` },
    );
    expect(viaPage.status).toBe(409);
    expect(viaPage.body.error.code).toBe('four_eyes');
    const agencyId = (await worker.get(`/api/cases/${caseId}`)).body.ownerAgencyId;
    const other = await client(await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId }));
    expect((await act(other, caseId, { type: 'approve-closure' })).body.stage).toBe('closed');
  });
});

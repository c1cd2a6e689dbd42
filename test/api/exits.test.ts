import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_ITEMS } from '../../src/domain/monitoring/index.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Issue 11 items 1, 5, 6: the audit's uncontrolled exit tried again through the API as a careless or
// hostile user would — missing evidence, open alerts, a reflection period on its first day, a
// determination for local integration — and the controlled way out: a move abroad carried out as the
// determination decided, with the national coordinator's step for a member country.

let server: TestServer;
let district: string;
let worker: ApiClient;
let supervisor: ApiClient;
let supervisorId: string;
let coordinator: ApiClient;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const items = (score: number, overrides: Record<string, number> = {}) =>
  ASSESSMENT_ITEMS.map((item) => ({
    itemId: item.id,
    score: overrides[item.id] ?? score,
    evidence: 'observation',
  }));
const codes = (body: { error: { details: { blockers: Array<{ code: string }> } } }) =>
  body.error.details.blockers.map((b) => b.code);

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
  coordinator = await client(await makeUser(server.ctx, { role: 'coordinator', scope: 'country', agencyId }));
});
afterAll(() => server.close());

async function act(as: ApiClient, caseId: string, body: Record<string, unknown>) {
  const etag = (await as.get(`/api/cases/${caseId}`)).headers.get('etag')!;
  return as.post(`/api/cases/${caseId}/actions`, body, { 'if-match': etag });
}

/** A presumed child: by the lifecycle action today, or by a status decision `presumedDaysAgo` days ago. */
async function presumedCase(presumedDaysAgo: number | null) {
  const created = await worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Exit', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: district },
    duplicatesReviewed: true,
  });
  const caseId = created.body.id as string;
  if (presumedDaysAgo === null) expect((await act(worker, caseId, { type: 'presume' })).status).toBe(200);
  else {
    const etag = (await worker.get(`/api/cases/${caseId}/status`)).headers.get('etag')!;
    const presumed = await worker.post(
      `/api/cases/${caseId}/status-decisions`,
      { status: 'presumed', decidingOrgType: 'NGO', decidedOn: day(-presumedDaysAgo), reason: 'Screening' },
      { 'if-match': etag },
    );
    expect(presumed.status).toBe(200);
  }
  return caseId;
}

/** A decided best-interests determination (worker proposes, supervisor confirms). */
async function determination(caseId: string, solution: string, returnInBestInterests: boolean) {
  const created = await worker.post(`/api/cases/${caseId}/best-interests`, {
    childViews: {
      heardOn: day(-5),
      howHeard: 'child-friendly-room',
      whoPresent: 'Psychologist',
      guardianPresent: true,
      views: 'Heard with the guardian',
    },
    riskAssessment: {
      assessedOn: day(-5),
      riskLevel: returnInBestInterests ? 'low' : 'high',
      returnInBestInterests,
      factors: 'Assessed with the police',
    },
  });
  expect(created.status).toBe(201);
  const path = `/api/cases/${caseId}/best-interests/${created.body.id}`;
  const proposed = await worker.post(
    `${path}/propose`,
    { solution, reunificationTargetId: null, reasons: 'Weighed with the child', panel: [supervisorId] },
    { 'if-match': `"${created.body.version}"` },
  );
  if (proposed.status !== 200) return proposed;
  return supervisor.post(`${path}/confirm`, {}, { 'if-match': `"${proposed.body.version}"` });
}

async function startMonitoring(caseId: string, placementType: string) {
  for (const type of ['start-assistance', 'start-monitoring'])
    expect((await act(worker, caseId, { type })).status).toBe(200);
  return worker.post(`/api/cases/${caseId}/monitoring`, { startedOn: day(-40), placementType });
}

const moveTo = (destinationCountry: string) => ({
  type: 'request-closure',
  closureReason: 'moved-abroad',
  reason: 'The child left with the family',
  closureEvidence: { effectiveOn: day(-1), destinationCountry },
});

describe('the uncontrolled exit of the audit', () => {
  it('is refused: evidence first, then every rule it broke, each named by a code', async () => {
    const caseId = await presumedCase(null);
    expect((await determination(caseId, 'local-integration', false)).status).toBe(200);
    expect((await startMonitoring(caseId, 'foster-care')).status).toBe(201);
    const visit = (await worker.get(`/api/cases/${caseId}/monitoring`)).body.visits[0];
    const recorded = await worker.post(
      `/api/cases/${caseId}/monitoring/visits/${visit.id}/record`,
      {
        doneOn: day(-1),
        riskReview: { contactWithExploiters: true, newOffers: true, wentMissing: false, riskLevel: 'high' },
        assessment: { items: items(3, { 'safety.abuse-in-care': 1 }) },
      },
      { 'if-match': `"${visit.version}"` },
    );
    expect(recorded.body.alerts.map((a: { kind: string }) => a.kind).sort()).toEqual([
      'retrafficking-risk',
      'safety',
    ]);

    // Careless: no evidence, then a country that is not one, then the own country.
    const bare = await act(worker, caseId, {
      type: 'request-closure',
      closureReason: 'moved-abroad',
      reason: 'Left',
    });
    expect(bare.status).toBe(400);
    expect(bare.body.error.details.map((d: { path: string; code: string }) => `${d.path}:${d.code}`)).toEqual(
      [
        'body.closureEvidence.effectiveOn:evidence_required',
        'body.closureEvidence.destinationCountry:evidence_required',
      ],
    );
    for (const [country, code] of [
      ['XQ', 'invalid_country'],
      ['UA', 'own_country'],
    ]) {
      const wrong = await act(worker, caseId, moveTo(country!));
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.details[0]).toMatchObject({
        path: 'body.closureEvidence.destinationCountry',
        code,
      });
    }
    // With the evidence complete, the rules speak: alerts, reflection period, determination, risk.
    const refused = await act(worker, caseId, moveTo('PL'));
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('closure_blocked');
    expect(codes(refused.body)).toEqual([
      'DETERMINATION_DISAGREES',
      'REFLECTION_PERIOD_RUNNING',
      'RETRAFFICKING_ALERT_OPEN',
      'RISK_ASSESSMENT_AGAINST_MOVE',
      'SAFETY_ALERT_OPEN',
    ]);
    // No reason escapes: a transfer, adulthood, a lost contact are held back too; only death is not.
    const transfer = await act(worker, caseId, {
      type: 'request-closure',
      closureReason: 'transferred',
      reason: 'Handed over',
      closureEvidence: { effectiveOn: day(-1), receivingOrganisationType: 'NGO' },
    });
    expect(codes(transfer.body)).toEqual([
      'REFLECTION_PERIOD_RUNNING',
      'RETRAFFICKING_ALERT_OPEN',
      'SAFETY_ALERT_OPEN',
    ]);
    const adult = await act(worker, caseId, {
      type: 'request-closure',
      closureReason: 'reached-adulthood',
      reason: 'Turned 18',
      closureEvidence: { effectiveOn: day(-1) },
    });
    expect(adult.body.error.details[0]).toMatchObject({ code: 'birth_date_unknown' });
    expect((await worker.get(`/api/cases/${caseId}`)).body.stage).toBe('monitoring');

    // The case header and the Status tab say the same: the period runs.
    const file = (await worker.get(`/api/cases/${caseId}`)).body;
    const status = (await worker.get(`/api/cases/${caseId}/status`)).body;
    expect(file.reflectionPeriod).toMatchObject({ state: 'running', startsOn: day(0) });
    expect(status.reflectionPeriod).toEqual(file.reflectionPeriod);
  });

  it('during the reflection period no return is decided, and a closure is only death or a verified error', async () => {
    const caseId = await presumedCase(3);
    const returned = await determination(caseId, 'return', true);
    expect(returned.status).toBe(422);
    expect(returned.body.error.code).toBe('reflection_period_running');
    const unknown = await act(worker, caseId, {
      type: 'request-closure',
      closureReason: 'opened-in-error',
      reason: 'Entered twice',
      closureEvidence: { errorKind: 'duplicate-record', duplicateOfCaseId: crypto.randomUUID() },
    });
    expect(unknown.body.error.details[0]).toMatchObject({ code: 'unknown_case' });
    const other = await presumedCase(3);
    const error = await act(worker, caseId, {
      type: 'request-closure',
      closureReason: 'opened-in-error',
      reason: 'Entered twice',
      closureEvidence: { errorKind: 'duplicate-record', duplicateOfCaseId: other },
    });
    expect(error.status).toBe(200);
    expect((await act(supervisor, caseId, { type: 'approve-closure' })).body.stage).toBe('closed');
    // Closed: no deadline and no period in the header or the Status tab.
    const file = (await worker.get(`/api/cases/${caseId}`)).body;
    expect(file).toMatchObject({ nextDeadline: null, overdue: false, reflectionPeriod: null });
    expect((await worker.get(`/api/cases/${caseId}/status`)).body.reflectionPeriod).toBeNull();
  });
});

describe('placement and closure against the latest determination (Art. 16(7))', () => {
  it('refuses a placement with the family the determination refused', async () => {
    const caseId = await presumedCase(40);
    expect((await determination(caseId, 'local-integration', false)).status).toBe(200);
    const placed = await startMonitoring(caseId, 'family-reunification');
    expect(placed.status).toBe(422);
    expect(placed.body.error).toMatchObject({
      code: 'placement_against_determination',
      details: { reason: 'determination-chose-otherwise' },
    });
  });
});

describe('the controlled move abroad', () => {
  it('after the period, with a determination of return that the risk assessment supports', async () => {
    const caseId = await presumedCase(40);
    expect(codes((await act(worker, caseId, moveTo('PL'))).body)).toEqual([
      'NO_BEST_INTERESTS_DETERMINATION',
    ]);
    expect((await determination(caseId, 'return', true)).status).toBe(200);
    expect((await act(worker, caseId, moveTo('PL'))).status).toBe(200);
    expect((await act(supervisor, caseId, { type: 'approve-closure' })).body.stage).toBe('closed');
  });

  it('to another member country needs the national coordinator before the supervisor', async () => {
    const caseId = await presumedCase(40);
    expect((await determination(caseId, 'return', true)).status).toBe(200);
    expect((await act(worker, caseId, moveTo('MD'))).status).toBe(200);
    const approvals = (await supervisor.get(`/api/cases/${caseId}/approvals`)).body.items;
    const step = approvals.find((a: { kind: string }) => a.kind === 'case-closure-coordinator');
    expect(step).toMatchObject({ status: 'pending', mayDecide: false });
    const early = await act(supervisor, caseId, { type: 'approve-closure' });
    expect(early.status).toBe(422);
    expect(codes(early.body)).toEqual(['COORDINATOR_APPROVAL_PENDING']);
    // A supervisor cannot take the coordinator's step.
    const grab = await supervisor.post(
      `/api/approvals/${step.id}/decision`,
      { decision: 'approved', reason: null },
      { 'if-match': `"${step.version}"` },
    );
    expect(grab.status).toBe(403);
    const approved = await coordinator.post(
      `/api/approvals/${step.id}/decision`,
      { decision: 'approved', reason: null },
      { 'if-match': `"${step.version}"` },
    );
    expect(approved.status).toBe(200);
    expect((await act(supervisor, caseId, { type: 'approve-closure' })).body.stage).toBe('closed');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_ITEMS } from '../../src/domain/monitoring/index.ts';
import { caseloadOf } from '../../src/server/dashboard/dashboard.service.ts';
import { setDueAt } from '../../src/server/referrals/referrals.repository.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// The supervisor dashboard over a world built by hand: two workers of agency A, one of agency B; every
// figure is counted here from what was built, then compared with what each scope sees.

let server: TestServer;
const clients: Record<string, ApiClient> = {};
const ids: Record<string, string> = {};
const cases: Record<string, string> = {};

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const calm = { contactWithExploiters: false, newOffers: false, wentMissing: false, riskLevel: 'low' };
const items = (score: number, overrides: Record<string, number> = {}) =>
  ASSESSMENT_ITEMS.map((item) => ({
    itemId: item.id,
    score: overrides[item.id] ?? score,
    evidence: 'observation',
  }));

async function signIn(name: string, options: Parameters<typeof makeUser>[1]) {
  const account = await makeUser(server.ctx, options);
  ids[name] = account.id;
  const client = new ApiClient(server.url);
  expect((await client.login(account.username, account.password)).status).toBe(200);
  clients[name] = client;
}

async function openCase(as: string, unitCode: string) {
  const created = await clients[as]!.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Dashboard', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function act(as: string, caseId: string, body: Record<string, unknown>) {
  const client = clients[as]!;
  const etag = (await client.get(`/api/cases/${caseId}`)).headers.get('etag')!;
  const done = await client.post(`/api/cases/${caseId}/actions`, body, { 'if-match': etag });
  expect(done.status).toBe(200);
}

async function review(caseId: string, index: number, doneOn: string, assessment: ReturnType<typeof items>) {
  const visit = (await clients.w1!.get(`/api/cases/${caseId}/monitoring`)).body.visits[index];
  const saved = await clients.w1!.post(
    `/api/cases/${caseId}/monitoring/visits/${visit.id}/record`,
    { doneOn, riskReview: calm, assessment: { items: assessment } },
    { 'if-match': `"${visit.version}"` },
  );
  expect(saved.status).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  const districtA = firstDistrictOf('UA-30');
  const districtB = firstDistrictOf('UA-46');
  const agencyA = await makeAgency(server.ctx, { unitCodes: [districtA] });
  const agencyB = await makeAgency(server.ctx, { unitCodes: [districtB] });
  await signIn('w1', { role: 'caseworker', scope: 'agency', agencyId: agencyA });
  await signIn('w2', { role: 'caseworker', scope: 'agency', agencyId: agencyA });
  await signIn('w3', { role: 'caseworker', scope: 'agency', agencyId: agencyB });
  await signIn('supervisor', { role: 'supervisor', scope: 'agency', agencyId: agencyA });
  await signIn('coordinator', { role: 'coordinator', scope: 'country', agencyId: null });
  await signIn('localcoord', { role: 'localcoord', scope: 'region', unitCode: 'UA-46', agencyId: agencyB });
  await signIn('provider', { role: 'provider', scope: 'agency', agencyId: agencyA });
  const shelterAgency = await makeAgency(server.ctx, { unitCodes: [districtA] });
  await signIn('shelter', { role: 'provider', scope: 'agency', agencyId: shelterAgency });

  // w1: one presumed case, one in monitoring (two visits overdue, a score falling, a safety alert),
  // one closed (not counted). w2: one in screening. w3 (agency B): one in screening.
  cases.presumed = await openCase('w1', districtA);
  await act('w1', cases.presumed, { type: 'presume' });
  cases.monitored = await openCase('w1', districtA);
  for (const type of ['presume', 'start-assistance', 'start-monitoring'])
    await act('w1', cases.monitored, { type });
  const started = await clients.w1!.post(`/api/cases/${cases.monitored}/monitoring`, {
    startedOn: day(-400),
    placementType: 'family-reunification',
  });
  expect(started.status).toBe(201);
  await review(cases.monitored, 0, day(-360), items(4));
  await review(cases.monitored, 1, day(-300), items(2, { 'safety.abuse-in-care': 1 }));
  const proceeding = await clients.w1!.post(`/api/cases/${cases.monitored}/justice/proceedings`, {
    articles: ['149'],
    childRole: 'victim',
    openedOn: day(-250),
    stage: 'investigation',
  });
  expect(proceeding.status).toBe(201);
  // One referral from the presumed case, unanswered past its deadline; one still within it.
  const service = await clients.shelter!.post('/api/services', {
    kind: 'emergency-shelter',
    name: 'Dashboard shelter',
    units: [districtA],
    openingHours: { alwaysOpen: true, weekly: [] },
    capacity: 4,
    freePlaces: 2,
  });
  expect(service.status).toBe(201);
  await clients.w1!.put(`/api/cases/${cases.presumed}/guardian`, { kind: 'parent', name: 'Guardian' });
  const consent = await clients.w1!.post(`/api/cases/${cases.presumed}/consents`, {
    purpose: 'referral',
    recipientAgencyId: shelterAgency,
    childAssent: { given: true, date: day(-1), howInformed: 'orally-in-own-language' },
    guardianConsent: { given: true, date: day(-1) },
  });
  expect(consent.status).toBe(201);
  const referral = { serviceId: service.body.id, urgency: 'routine', reason: 'AdditionalServicesRequired' };
  const late = await clients.w1!.post(`/api/cases/${cases.presumed}/referrals`, referral);
  expect(late.status).toBe(201);
  await setDueAt(server.ctx.database.db, late.body.id, new Date(Date.now() - 86_400_000));
  expect((await clients.w1!.post(`/api/cases/${cases.presumed}/referrals`, referral)).status).toBe(201);
  cases.closed = await openCase('w1', districtA);
  await act('w1', cases.closed, {
    // Issue 11: a move abroad needs a determination; a record opened by mistake closes without one.
    type: 'request-closure',
    closureReason: 'opened-in-error',
    reason: 'Opened for the wrong child',
    closureEvidence: { errorKind: 'opened-by-mistake' },
  });
  await act('supervisor', cases.closed, { type: 'approve-closure' });
  cases.screening = await openCase('w2', districtA);
  cases.elsewhere = await openCase('w3', districtB);
});
afterAll(() => server.close());

describe('supervisor dashboard', () => {
  it('counts caseload per worker by stage, overdue visits, open alerts and worsening scores in the agency', async () => {
    const seen = await clients.supervisor!.get('/api/dashboard');
    expect(seen.status).toBe(200);
    const body = seen.body;
    expect(body.totals).toEqual({
      openCases: 3,
      // Visits at 6 and 12 months are past and not done; 18 and 24 months are still ahead.
      visitsOverdue: 2,
      casesWithOverdueVisits: 1,
      openSafetyAlerts: 1,
      worsening: 1,
      referralsOverdue: 1,
    });
    expect(body.caseload).toEqual([
      {
        ownerUserId: ids.w1,
        ownerName: 'Test caseworker',
        total: 2,
        byStage: { screening: 0, presumed: 1, identified: 0, assistance: 0, monitoring: 1 },
      },
      {
        ownerUserId: ids.w2,
        ownerName: 'Test caseworker',
        total: 1,
        byStage: { screening: 1, presumed: 0, identified: 0, assistance: 0, monitoring: 0 },
      },
    ]);
    const code = (await clients.w1!.get(`/api/cases/${cases.monitored}`)).body.code;
    expect(body.overdueVisits).toEqual([
      { caseId: cases.monitored, caseCode: code, ownerName: 'Test caseworker', visitsOverdue: 2 },
    ]);
    expect(body.openAlerts).toMatchObject([{ caseId: cases.monitored, openSafetyAlerts: 1 }]);
    expect(body.overdueReferrals).toMatchObject([{ caseId: cases.presumed, referralsOverdue: 1 }]);
    expect(body.worsening).toMatchObject([{ caseId: cases.monitored, caseCode: code }]);
    expect(body.worsening[0].latestOverall).toBeLessThan(body.worsening[0].previousOverall);
    expect(body.proceedingsByStage).toEqual([{ stage: 'investigation', count: 1 }]);
    expect(JSON.stringify(body)).not.toContain('Dashboard');
    const log = await server.ctx.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'dashboard.read')
      .execute();
    expect(log.at(-1)).toMatchObject({ actor_id: ids.supervisor });
  });

  it('is filtered by scope: the country sees every open case, a region only its own', async () => {
    const country = (await clients.coordinator!.get('/api/dashboard')).body;
    expect(country.totals.openCases).toBe(4);
    expect(country.caseload.map((row: { ownerUserId: string }) => row.ownerUserId).sort()).toEqual(
      [ids.w1, ids.w2, ids.w3].sort(),
    );
    const region = (await clients.localcoord!.get('/api/dashboard')).body;
    expect(region.totals).toEqual({
      openCases: 1,
      visitsOverdue: 0,
      casesWithOverdueVisits: 0,
      openSafetyAlerts: 0,
      worsening: 0,
      referralsOverdue: 0,
    });
    expect(region.caseload).toMatchObject([{ ownerUserId: ids.w3, total: 1 }]);
    expect(region.proceedingsByStage).toEqual([]);
  });

  it('gives the coordinator (no health group) no scores and no safety alerts, in the dashboard or the inbox', async () => {
    const country = (await clients.coordinator!.get('/api/dashboard')).body;
    expect(country.openAlerts).toEqual([]);
    expect(country.worsening).toEqual([]);
    expect(country.totals).toMatchObject({ openSafetyAlerts: 0, worsening: 0 });
    expect(JSON.stringify(country)).not.toContain('latestOverall');
    const kinds = async (who: string) =>
      ((await clients[who]!.get('/api/inbox')).body.items as Array<{ kind: string }>).map(
        (item) => item.kind,
      );
    expect(await kinds('supervisor')).toContain('monitoring.safety-alert-open');
    expect(await kinds('coordinator')).not.toContain('monitoring.safety-alert-open');
  });

  it('is refused to caseworkers and providers', async () => {
    expect((await clients.w1!.get('/api/dashboard')).status).toBe(403);
    expect((await clients.provider!.get('/api/dashboard')).status).toBe(403);
  });

  it('puts unassigned cases in their own row after the named workers with the same load', () => {
    const row = (owner: string | null, stage: string) => ({
      id: crypto.randomUUID(),
      code: 'X',
      stage,
      owner_user_id: owner,
      owner_agency_id: 'a',
      owner_team_id: null,
      unit_code: 'UA-30',
      owner_name: owner ? `Worker ${owner}` : null,
    });
    const load = caseloadOf([
      row(null, 'screening'),
      row('b', 'assistance'),
      row('a', 'presumed'),
      row('a', 'presumed'),
    ]);
    expect(load.map((r) => [r.ownerUserId, r.total])).toEqual([
      ['a', 2],
      ['b', 1],
      [null, 1],
    ]);
    expect(load[0]!.byStage.presumed).toBe(2);
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_ITEMS, MONITORING_DOMAINS } from '../../src/domain/monitoring/index.ts';
import { writeSetting } from '../../src/server/db/node-settings.ts';
import { seedMonitoringDemo } from '../../src/server/demo/monitoring-demo.ts';
import { closureBlockers, scoreTrends } from '../../src/server/monitoring/closure-readiness.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let district: string;
let worker: ApiClient;
let supervisor: ApiClient;
let police: ApiClient;
let stranger: ApiClient;
let workerId: string;
let supervisorId: string;
let otherSupervisorId: string;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function client(account: { username: string; password: string }) {
  const c = new ApiClient(server.url);
  await c.login(account.username, account.password);
  return c;
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  const w = await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId });
  const s = await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId });
  const s2 = await makeUser(server.ctx, {
    role: 'supervisor',
    scope: 'district',
    unitCode: district,
    agencyId,
  });
  const p = await makeUser(server.ctx, { role: 'police', scope: 'district', unitCode: district });
  const x = await makeUser(server.ctx, { role: 'caseworker', scope: 'agency' });
  workerId = w.id;
  supervisorId = s.id;
  otherSupervisorId = s2.id;
  worker = await client(w);
  supervisor = await client(s);
  police = await client(p);
  stranger = await client(x);
});
afterAll(() => server.close());

async function openCase() {
  const created = await worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Моніторинг', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: district },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function startMonitoring(caseId: string, startedOn = day(-400)) {
  const started = await worker.post(`/api/cases/${caseId}/monitoring`, {
    startedOn,
    placementType: 'family-reunification',
  });
  expect(started.status).toBe(201);
  return started.body;
}

function items(score: number, overrides: Record<string, number> = {}) {
  return ASSESSMENT_ITEMS.map((item) => ({
    itemId: item.id,
    score: overrides[item.id] ?? score,
    evidence: 'observation',
  }));
}

const calmReview = { contactWithExploiters: false, newOffers: false, wentMissing: false, riskLevel: 'low' };

async function record(
  as: ApiClient,
  caseId: string,
  visit: { id: string; version: number },
  body: Record<string, unknown>,
) {
  return as.post(`/api/cases/${caseId}/monitoring/visits/${visit.id}/record`, body, {
    'if-match': `"${visit.version}"`,
  });
}

async function visits(caseId: string) {
  return (await worker.get(`/api/cases/${caseId}/monitoring`)).body.visits as Array<{
    id: string;
    version: number;
    status: string;
    plannedOn: string;
  }>;
}

describe('monitoring schedule', () => {
  it('plans visits 1, 3, 6, 12, 18 and 24 months after the start; a second start is a conflict', async () => {
    const caseId = await openCase();
    const before = await worker.get(`/api/cases/${caseId}/monitoring`);
    expect(before.body).toMatchObject({ started: false, visits: [], version: 0 });
    const started = await startMonitoring(caseId, '2025-01-31');
    expect(started.visits.map((v: { plannedOn: string }) => v.plannedOn)).toEqual([
      '2025-02-28',
      '2025-04-30',
      '2025-07-31',
      '2026-01-31',
      '2026-07-31',
      '2027-01-31',
    ]);
    expect(started.visits.map((v: { monthsAfter: number }) => v.monthsAfter)).toEqual([1, 3, 6, 12, 18, 24]);
    expect(started).toMatchObject({ started: true, placementType: 'family-reunification', version: 1 });
    const again = await worker.post(`/api/cases/${caseId}/monitoring`, {
      startedOn: '2025-01-31',
      placementType: 'foster-care',
    });
    expect(again.status).toBe(409);
    const future = await worker.post(`/api/cases/${await openCase()}/monitoring`, {
      startedOn: day(30),
      placementType: 'foster-care',
    });
    expect(future.status).toBe(400);
  });

  it('reschedules with If-Match, records a missed visit with its reason (encrypted), adds an extra visit', async () => {
    const caseId = await openCase();
    await startMonitoring(caseId, day(-20));
    const [first, second] = await visits(caseId);
    const path = `/api/cases/${caseId}/monitoring/visits/${first!.id}`;
    expect((await worker.patch(path, { plannedOn: day(3) })).status).toBe(428);
    expect((await worker.patch(path, { plannedOn: day(3) }, { 'if-match': '"7"' })).status).toBe(412);
    const moved = await worker.patch(path, { plannedOn: day(3) }, { 'if-match': '"1"' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ plannedOn: day(3), timing: 'due-soon', version: 2 });
    const missed = await worker.post(
      `/api/cases/${caseId}/monitoring/visits/${second!.id}/missed`,
      { reason: 'The family had moved to Bila Tserkva' },
      { 'if-match': '"1"' },
    );
    expect(missed.body).toMatchObject({
      status: 'missed',
      missedReason: 'The family had moved to Bila Tserkva',
    });
    const twice = await worker.post(
      `/api/cases/${caseId}/monitoring/visits/${second!.id}/missed`,
      { reason: 'again' },
      { 'if-match': '"2"' },
    );
    expect(twice.status).toBe(409);
    const extra = await worker.post(`/api/cases/${caseId}/monitoring/visits`, { plannedOn: day(1) });
    expect(extra.status).toBe(201);
    expect(extra.body).toMatchObject({ monthsAfter: null, status: 'planned', timing: 'due-soon' });
    const dump = await sql<{ row: string }>`
      select row_to_json(v)::text as row from monitoring_visits v where case_id = ${caseId}`.execute(
      server.ctx.database.db,
    );
    expect(dump.rows.map((r) => r.row).join()).not.toMatch(/Bila Tserkva/);
  });
});

describe('reminders in the inbox (C2)', () => {
  it('shows visits due within 7 days and overdue ones to the owner and the supervisors, not to police', async () => {
    const caseId = await openCase();
    await startMonitoring(caseId, day(-40));
    const [first, second] = await visits(caseId);
    // The 1-month visit (day -10) is overdue; move the 3-month one to in 5 days.
    await worker.patch(
      `/api/cases/${caseId}/monitoring/visits/${second!.id}`,
      { plannedOn: day(5) },
      { 'if-match': '"1"' },
    );
    type Item = { kind: string; subjectId: string; overdue: boolean; dueAt: string };
    const mine = (items: Item[]) =>
      items.filter((i) => i.kind.startsWith('monitoring.') && [first!.id, second!.id].includes(i.subjectId));
    for (const as of [worker, supervisor]) {
      const inbox = await as.get('/api/inbox');
      expect(inbox.status).toBe(200);
      expect(mine(inbox.body.items)).toEqual([
        expect.objectContaining({ kind: 'monitoring.visit-overdue', subjectId: first!.id, overdue: true }),
        expect.objectContaining({
          kind: 'monitoring.visit-due',
          subjectId: second!.id,
          overdue: false,
          dueAt: day(5),
        }),
      ]);
    }
    expect(mine((await police.get('/api/inbox')).body.items)).toEqual([]);
    expect(mine((await stranger.get('/api/inbox')).body.items)).toEqual([]);
  });
});

describe('well-being assessment', () => {
  it('computes scores on the server, refuses client totals and incomplete items', async () => {
    const caseId = await openCase();
    await startMonitoring(caseId);
    const [visit] = await visits(caseId);
    const withTotal = await record(worker, caseId, visit!, {
      doneOn: day(-1),
      riskReview: calmReview,
      assessment: { items: items(4), overall: 1 },
    });
    expect(withTotal.status).toBe(400);
    const missing = await record(worker, caseId, visit!, {
      doneOn: day(-1),
      riskReview: calmReview,
      assessment: { items: items(4).slice(1) },
    });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body.error.details)).toContain('safety.retrafficking-risk: not scored');
    const noRisk = await record(worker, caseId, visit!, {
      doneOn: day(-1),
      assessment: { items: items(4) },
    });
    expect(noRisk.status).toBe(400);
    const childView = { ...Object.fromEntries(MONITORING_DOMAINS.map((d) => [d, 3])), health: null };
    const saved = await record(worker, caseId, visit!, {
      doneOn: day(-1),
      riskReview: { ...calmReview, riskLevel: 'medium', note: 'Cousin mentioned a job in Poland' },
      assessment: {
        items: items(3, { 'health.physical': 1, 'health.access': 1, 'health.srh': 2 }),
        caregiverView: 'Бабуся каже, що дівчинка спить краще',
        childView,
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"2"');
    expect(saved.body.visit).toMatchObject({
      status: 'done',
      doneOn: day(-1),
      assessmentId: saved.body.assessment.id,
    });
    expect(saved.body.visit.riskReview).toMatchObject({
      riskLevel: 'medium',
      note: 'Cousin mentioned a job in Poland',
    });
    expect(saved.body.assessment.domainScores).toMatchObject({ safety: 0.6667, health: 0.1111 });
    expect(saved.body.assessment.overall).toBeCloseTo((6 * 0.6667 + 0.1111) / 7, 3);
    expect(saved.body.assessment.childView).toEqual(childView);
    expect(saved.body.alerts).toEqual([]);
    const list = await worker.get(`/api/cases/${caseId}/monitoring/assessments`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].caregiverView).toBe('Бабуся каже, що дівчинка спить краще');
    // Health is under 0.34 and there is no open plan goal in that domain: a plan action is required.
    expect(list.body.planActions).toEqual([
      { domain: 'health', score: 0.1111, openGoals: 0, required: true },
    ]);
    // An open goal in the health domain of the assistance plan (C6) is the plan action.
    const plan = await worker.post(`/api/cases/${caseId}/plans`, {});
    expect(plan.status).toBe(201);
    const goals = await worker.put(
      `/api/cases/${caseId}/plans/${plan.body.id}`,
      {
        plannedEnd: null,
        reviewOn: null,
        goals: [
          {
            domain: 'health',
            supportPlanType: 'Health',
            objective: 'Treatment by the district paediatrician',
            actions: [],
          },
        ],
      },
      { 'if-match': `"${plan.body.version}"` },
    );
    expect(goals.status).toBe(200);
    const covered = await worker.get(`/api/cases/${caseId}/monitoring/assessments`);
    expect(covered.body.planActions).toEqual([
      { domain: 'health', score: 0.1111, openGoals: 1, required: false },
    ]);
    const dump = await sql<{ row: string }>`
      select row_to_json(a)::text as row from monitoring_assessments a where case_id = ${caseId}`.execute(
      server.ctx.database.db,
    );
    expect(dump.rows[0]!.row).not.toMatch(/Бабуся|observation|health\.physical/);
    const again = await record(
      worker,
      caseId,
      { id: visit!.id, version: 2 },
      {
        doneOn: day(-1),
        riskReview: calmReview,
        assessment: { items: items(4) },
      },
    );
    expect(again.status).toBe(409);
  });

  it('police read the schedule and the risk review but never the assessment; strangers get 404', async () => {
    const caseId = await openCase();
    await startMonitoring(caseId);
    const [visit] = await visits(caseId);
    await record(worker, caseId, visit!, {
      doneOn: day(-2),
      riskReview: calmReview,
      assessment: { items: items(3), caregiverView: 'private' },
    });
    const overview = await police.get(`/api/cases/${caseId}/monitoring`);
    expect(overview.status).toBe(200);
    expect(overview.body.access).toEqual({ record: false, resolveAlerts: false, assessments: false });
    expect(overview.body.visits[0].riskReview).toMatchObject({ riskLevel: 'low' });
    expect(JSON.stringify(overview.body)).not.toContain('private');
    expect((await police.get(`/api/cases/${caseId}/monitoring/assessments`)).status).toBe(403);
    expect((await police.get(`/api/cases/${caseId}/monitoring/alerts`)).status).toBe(403);
    expect((await police.post(`/api/cases/${caseId}/monitoring/visits`, { plannedOn: day(5) })).status).toBe(
      403,
    );
    expect((await stranger.get(`/api/cases/${caseId}/monitoring`)).status).toBe(404);
    expect((await stranger.get(`/api/cases/${caseId}/monitoring/assessments`)).status).toBe(404);
    expect(
      (await stranger.post(`/api/cases/${caseId}/monitoring/visits`, { plannedOn: day(5) })).status,
    ).toBe(404);
  });
});

describe('alerts and closure readiness (C4)', () => {
  it('a safety item scored 1 alerts the owner and supervisors and blocks closure until a supervisor resolves it', async () => {
    const caseId = await openCase();
    await startMonitoring(caseId);
    const [first, second, third] = await visits(caseId);
    // The supervisor records this visit, so the owner (the worker) and the other supervisor are told.
    const saved = await record(supervisor, caseId, first!, {
      doneOn: day(-300),
      riskReview: calmReview,
      // Safety 1, 2, 4: a mean under 3, so the domain is also under the closure threshold of 2/3.
      assessment: { items: items(4, { 'safety.abuse-in-care': 1, 'safety.safety-plan': 2 }) },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.alerts).toMatchObject([
      { kind: 'safety', itemIds: ['safety.abuse-in-care'], resolvedAt: null },
    ]);
    const notes = await server.ctx.database.db
      .selectFrom('notifications')
      .select(['user_id', 'kind', 'subject_id'])
      .where('case_id', '=', caseId)
      .execute();
    expect(notes.map((n) => n.user_id).sort()).toEqual([workerId, otherSupervisorId].sort());
    expect(new Set(notes.map((n) => n.kind))).toEqual(new Set(['monitoring.safety-alert']));
    expect(notes.every((n) => n.subject_id === saved.body.alerts[0].id)).toBe(true);
    expect(notes.some((n) => n.user_id === supervisorId)).toBe(false);

    let blockers = await closureBlockers(server.ctx, server.ctx.database.db, caseId);
    expect(blockers.map((b) => b.code)).toEqual(['SAFETY_ALERT_OPEN', 'TOO_FEW_REVIEWS']);

    await record(worker, caseId, second!, {
      doneOn: day(-200),
      riskReview: calmReview,
      assessment: { items: items(4) },
    });
    blockers = await closureBlockers(server.ctx, server.ctx.database.db, caseId);
    expect(blockers.map((b) => b.code)).toEqual(['DOMAINS_BELOW_THRESHOLD', 'SAFETY_ALERT_OPEN']);

    const alert = saved.body.alerts[0];
    const resolvePath = `/api/cases/${caseId}/monitoring/alerts/${alert.id}/resolve`;
    const outcome = 'child-moved-to-safety';
    expect((await worker.post(resolvePath, { outcome, note: 'x' }, { 'if-match': '"1"' })).status).toBe(403);
    expect((await supervisor.post(resolvePath, { outcome, note: 'x' })).status).toBe(428);
    // A note alone is not an outcome (issue 11 item 1), nor is the marker kept for old alerts.
    for (const body of [{ note: 'x' }, { outcome: 'recorded-before-outcomes', note: 'x' }]) {
      const refused = await supervisor.post(resolvePath, body, { 'if-match': '"1"' });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('validation_failed');
    }
    const resolved = await supervisor.post(
      resolvePath,
      { outcome, note: 'Moved to the grandmother; police informed' },
      { 'if-match': '"1"' },
    );
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ resolvedBy: supervisorId, resolutionOutcome: outcome, version: 2 });
    expect((await supervisor.post(resolvePath, { outcome, note: 'y' }, { 'if-match': '"2"' })).status).toBe(
      409,
    );

    // Still only one good review in a row (the first had safety items 1, 2, 4: a mean under 3).
    blockers = await closureBlockers(server.ctx, server.ctx.database.db, caseId);
    expect(blockers.map((b) => b.code)).toEqual(['DOMAINS_BELOW_THRESHOLD']);
    await record(worker, caseId, third!, {
      doneOn: day(-100),
      riskReview: calmReview,
      assessment: {
        items: items(
          3,
          Object.fromEntries(ASSESSMENT_ITEMS.slice(0, 18).map((i, n) => [i.id, n % 2 ? 3 : 4])),
        ),
      },
    });
    expect(await closureBlockers(server.ctx, server.ctx.database.db, caseId)).toEqual([]);
    const assessments = await worker.get(`/api/cases/${caseId}/monitoring/assessments`);
    expect(assessments.body.closureBlockers).toEqual([]);
    const alerts = await worker.get(`/api/cases/${caseId}/monitoring/alerts`);
    expect(alerts.body.items[0].resolutionNote).toBe('Moved to the grandmother; police informed');
  });

  it('a high re-trafficking risk raises an alert; scoreTrends reports worsening, open alerts and overdue visits', async () => {
    const caseId = await openCase();
    await startMonitoring(caseId, day(-400));
    const [first, second] = await visits(caseId);
    await record(worker, caseId, first!, {
      doneOn: day(-360),
      riskReview: calmReview,
      assessment: { items: items(4) },
    });
    const risky = await record(worker, caseId, second!, {
      doneOn: day(-300),
      riskReview: { contactWithExploiters: true, newOffers: true, wentMissing: false, riskLevel: 'high' },
      assessment: { items: items(2, { 'safety.retrafficking-risk': 1 }) },
    });
    expect(risky.body.alerts.map((a: { kind: string }) => a.kind).sort()).toEqual([
      'retrafficking-risk',
      'safety',
    ]);
    const kinds = await server.ctx.database.db
      .selectFrom('notifications')
      .select('kind')
      .where('case_id', '=', caseId)
      .where('user_id', '=', supervisorId)
      .execute();
    expect(kinds.map((k) => k.kind).sort()).toEqual([
      'monitoring.retrafficking-risk',
      'monitoring.safety-alert',
    ]);
    const blockers = await closureBlockers(server.ctx, server.ctx.database.db, caseId);
    expect(blockers.map((b) => b.code)).toEqual([
      'DOMAINS_BELOW_THRESHOLD',
      'RETRAFFICKING_ALERT_OPEN',
      'SAFETY_ALERT_OPEN',
    ]);
    const [trend, none] = await scoreTrends(server.ctx.database.db, [caseId, await openCase()], 'UA');
    expect(trend).toMatchObject({
      caseId,
      latestOverall: expect.any(Number),
      previousOverall: 1,
      worsening: true,
      openSafetyAlerts: 1,
      // The 6, 12 months visits (day -400 + 6 months, + 12 months) have passed unrecorded.
      visitsOverdue: 2,
    });
    expect(none).toMatchObject({
      latestOverall: null,
      worsening: false,
      openSafetyAlerts: 0,
      visitsOverdue: 0,
    });
  });
});

describe('re-trafficking', () => {
  it('a new trafficking event on a closed case reopens it, counted as re-trafficking', async () => {
    const caseId = await openCase();
    const act = async (as: ApiClient, body: Record<string, unknown>) => {
      const etag = (await as.get(`/api/cases/${caseId}`)).headers.get('etag')!;
      const result = await as.post(`/api/cases/${caseId}/actions`, body, { 'if-match': etag });
      expect(result.status).toBe(200);
    };
    await act(worker, { type: 'presume' });
    await act(worker, { type: 'start-assistance' });
    // Presumed today, so the reflection period runs: only death or an error closes the case now.
    await act(worker, {
      type: 'request-closure',
      closureReason: 'opened-in-error',
      reason: 'Opened for the wrong child',
      closureEvidence: { errorKind: 'opened-by-mistake' },
    });
    await act(supervisor, { type: 'approve-closure' });
    expect((await worker.get(`/api/cases/${caseId}`)).body.stage).toBe('closed');
    const event = await worker.post(`/api/cases/${caseId}/events`, {
      type: 'Recruitment',
      dateFrom: day(-3).slice(0, 7),
      country: 'UA',
    });
    expect(event.status).toBe(201);
    expect((await worker.get(`/api/cases/${caseId}`)).body.stage).toBe('assistance');
    expect((await worker.get(`/api/cases/${caseId}/monitoring`)).body.retraffickingCount).toBe(1);
    const history = await worker.get(`/api/cases/${caseId}/history`);
    expect(history.body.items.at(-1)).toMatchObject({ type: 'reopen' });
    // A second event on the now open case does not reopen or count again.
    await worker.post(`/api/cases/${caseId}/events`, {
      type: 'Transit',
      dateFrom: day(-2).slice(0, 7),
      country: 'UA',
    });
    expect((await worker.get(`/api/cases/${caseId}/monitoring`)).body.retraffickingCount).toBe(1);
  });
});

describe('demo monitoring histories', () => {
  it('seeds improving, stable and worsening histories, missed and overdue visits, one open safety alert', async () => {
    const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
    const demo = await makeUser(server.ctx, {
      role: 'caseworker',
      scope: 'own',
      agencyId,
      username: 'demo-caseworker',
    });
    const demoClient = await client(demo);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const created = await demoClient.post('/api/cases', {
        sensitive: { names: [{ given: 'Demo', family: `Child${i}` }], birthDate: { kind: 'unknown' } },
        identity: { gender: 'Feminine', presumedMinor: true, unitCode: district },
        duplicatesReviewed: true,
      });
      ids.push(created.body.id);
      for (const type of ['presume', 'start-assistance']) {
        const etag = (await demoClient.get(`/api/cases/${created.body.id}`)).headers.get('etag')!;
        await demoClient.post(`/api/cases/${created.body.id}/actions`, { type }, { 'if-match': etag });
      }
    }
    const db = server.ctx.database.db;
    await writeSetting(db, 'demo-children', true);
    const started = Date.now();
    await seedMonitoringDemo(server.ctx);
    expect(Date.now() - started).toBeLessThan(10_000);
    await seedMonitoringDemo(server.ctx); // idempotent
    const plans = await db
      .selectFrom('monitoring_plans')
      .select('case_id')
      .where('case_id', 'in', ids)
      .execute();
    expect(plans).toHaveLength(10);
    const trends = await scoreTrends(db, ids, 'UA');
    expect(trends.filter((t) => t.worsening).length).toBeGreaterThanOrEqual(2);
    expect(
      trends.filter(
        (t) => t.latestOverall !== null && t.previousOverall !== null && t.latestOverall > t.previousOverall,
      ).length,
    ).toBeGreaterThanOrEqual(2);
    expect(trends.reduce((sum, t) => sum + t.openSafetyAlerts, 0)).toBe(1);
    expect(trends.filter((t) => t.visitsOverdue > 0).length).toBeGreaterThanOrEqual(3);
    const missed = await db
      .selectFrom('monitoring_visits')
      .select('id')
      .where('case_id', 'in', ids)
      .where('status', '=', 'missed')
      .execute();
    expect(missed.length).toBeGreaterThanOrEqual(3);
    // At least one improving child is ready for closure as reintegrated.
    const ready = [];
    for (const id of ids) if ((await closureBlockers(server.ctx, db, id)).length === 0) ready.push(id);
    expect(ready.length).toBeGreaterThanOrEqual(1);
    const views = await demoClient.get(`/api/cases/${ids[0]}/monitoring/assessments`);
    expect(views.body.items.some((a: { childView: unknown }) => a.childView !== null)).toBe(true);
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGoalsInDomain } from '../../src/server/plans/plans.service.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let agencyId: string;
let district: string;
let worker: ApiClient;
let supervisor: ApiClient;
let police: ApiClient;
let workerSupervisor: ApiClient;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function signIn(account: { username: string; password: string }) {
  const client = new ApiClient(server.url);
  expect((await client.login(account.username, account.password)).status).toBe(200);
  return client;
}

async function openCase() {
  const created = await worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Plan', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: district },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const goals = (extra: Record<string, unknown> = {}) => [
  {
    domain: 'education',
    supportPlanType: 'Education',
    objective: 'Return to school in September — Марія',
    reviewOn: day(30),
    actions: [
      {
        text: 'Enrol at the district school',
        responsibleAgencyId: agencyId,
        dueOn: day(-2),
        status: 'planned',
      },
    ],
    ...extra,
  },
  {
    domain: 'psychosocial',
    supportPlanType: 'SocialCare',
    objective: 'Weekly trauma counselling',
    actions: [{ text: 'Book a psychologist', dueOn: day(10) }],
  },
];

async function draftWithGoals(caseId: string) {
  const created = await worker.post(`/api/cases/${caseId}/plans`, { plannedEnd: day(180) });
  expect(created.status).toBe(201);
  const saved = await worker.put(
    `/api/cases/${caseId}/plans/${created.body.id}`,
    { plannedEnd: day(180), reviewOn: day(5), goals: goals() },
    { 'if-match': created.headers.get('etag')! },
  );
  expect(saved.status).toBe(200);
  return saved.body;
}

async function pendingApprovalOf(caseId: string) {
  const list = await supervisor.get(`/api/cases/${caseId}/approvals`);
  expect(list.status).toBe(200);
  return list.body.items.find(
    (a: { kind: string; status: string }) => a.kind === 'assistance-plan' && a.status === 'pending',
  );
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  worker = await signIn(await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId }));
  supervisor = await signIn(await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId }));
  workerSupervisor = await signIn(
    await makeUser(server.ctx, {
      role: 'supervisor',
      scope: 'agency',
      agencyId,
      extraGrants: [{ role: 'caseworker', scope: 'agency', unitCode: null }],
    }),
  );
  police = await signIn(
    await makeUser(server.ctx, { role: 'police', scope: 'region', unitCode: 'UA-30', agencyId }),
  );
});
afterAll(() => server.close());

describe('assistance plan', () => {
  it('is written as a draft with goals per domain and actions; texts are encrypted; writes need If-Match', async () => {
    const caseId = await openCase();
    const created = await worker.post(`/api/cases/${caseId}/plans`, {});
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      number: 1,
      status: 'draft',
      goals: [],
      operations: ['edit', 'submit'],
    });
    const path = `/api/cases/${caseId}/plans/${created.body.id}`;
    const content = { plannedEnd: day(90), reviewOn: day(3), goals: goals() };
    expect((await worker.put(path, content)).status).toBe(428);
    expect((await worker.put(path, content, { 'if-match': '"9"' })).status).toBe(412);
    const bad = await worker.put(
      path,
      { ...content, goals: [{ ...goals()[0], domain: 'happiness' }] },
      { 'if-match': '"1"' },
    );
    expect(bad.status).toBe(400);
    const saved = await worker.put(path, content, { 'if-match': '"1"' });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"2"');
    expect(saved.body.goals).toHaveLength(2);
    expect(saved.body.goals[0]).toMatchObject({
      domain: 'education',
      objective: 'Return to school in September — Марія',
      actions: [
        {
          text: 'Enrol at the district school',
          responsibleAgencyName: expect.any(String),
          status: 'planned',
        },
      ],
    });
    // Goals keep their ids when the plan is saved again.
    const goalId = saved.body.goals[0].id;
    const again = await worker.put(
      path,
      { ...content, goals: [{ ...goals()[0], id: goalId, status: 'achieved' }] },
      { 'if-match': '"2"' },
    );
    expect(again.status).toBe(200);
    expect(again.body.goals.map((g: { id: string }) => g.id)).toEqual([goalId]);
    expect(await openGoalsInDomain(server.ctx.database.db, caseId, 'education')).toBe(0);
    expect(await openGoalsInDomain(server.ctx.database.db, caseId, 'psychosocial')).toBe(0);
    const dump = await sql<{ row: string }>`
      select row_to_json(g)::text || row_to_json(a)::text as row from plan_goals g join plan_actions a on a.goal_id = g.id
      where g.case_id = ${caseId}`.execute(server.ctx.database.db);
    expect(dump.rows[0]!.row).not.toMatch(/school|Марія/);
  });

  it('is approved by another person only; the requester cannot approve; approval supersedes the earlier version', async () => {
    const caseId = await openCase();
    const draft = await draftWithGoals(caseId);
    expect(await openGoalsInDomain(server.ctx.database.db, caseId, 'education')).toBe(1);
    const submitted = await worker.post(
      `/api/cases/${caseId}/plans/${draft.id}/submit`,
      {},
      { 'if-match': `"${draft.version}"` },
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    // Submitted: no more edits.
    const edit = await worker.put(
      `/api/cases/${caseId}/plans/${draft.id}`,
      { plannedEnd: null, reviewOn: null, goals: goals() },
      { 'if-match': `"${submitted.body.version}"` },
    );
    expect(edit.status).toBe(409);

    const approval = await pendingApprovalOf(caseId);
    expect(approval).toBeDefined();
    // A caseworker may not decide at all; the supervisor may.
    const byWorker = await worker.post(
      `/api/approvals/${approval.id}/decision`,
      { decision: 'approved' },
      { 'if-match': `"${approval.version}"` },
    );
    expect([403, 404]).toContain(byWorker.status);
    const decided = await supervisor.post(
      `/api/approvals/${approval.id}/decision`,
      { decision: 'approved' },
      { 'if-match': `"${approval.version}"` },
    );
    expect(decided.status).toBe(200);
    const list = await worker.get(`/api/cases/${caseId}/plans`);
    expect(list.body.items[0]).toMatchObject({
      status: 'approved',
      operations: ['record-progress', 'revise'],
    });
    expect(list.body.inForceId).toBe(draft.id);
    // Overdue actions are flagged on the plan in force.
    expect(list.body.items[0].goals[0].actions[0].overdue).toBe(true);
    // ... and are in the case owner's inbox, with the review due within a week.
    const inbox = await worker.get('/api/inbox');
    const mine = inbox.body.items.filter((i: { caseId: string }) => i.caseId === caseId);
    expect(mine.map((i: { kind: string }) => i.kind).sort()).toEqual([
      'plans.action-overdue',
      'plans.review-due',
    ]);
    expect(mine[0]).toMatchObject({ subjectType: 'plan', subjectId: draft.id });
    expect(
      (await police.get('/api/inbox')).body.items.some((i: { caseId: string }) => i.caseId === caseId),
    ).toBe(false);

    // Progress on the approved plan needs no new approval.
    const progress = await worker.post(
      `/api/cases/${caseId}/plans/${draft.id}/progress`,
      { actions: [{ id: list.body.items[0].goals[0].actions[0].id, status: 'done' }] },
      { 'if-match': `"${list.body.items[0].version}"` },
    );
    expect(progress.status).toBe(200);
    expect(progress.body.status).toBe('approved');
    expect(progress.body.goals[0].actions[0]).toMatchObject({ status: 'done', overdue: false });
    const inboxAfter = await worker.get('/api/inbox');
    expect(
      inboxAfter.body.items
        .filter((i: { caseId: string; kind: string }) => i.caseId === caseId)
        .map((i: { kind: string }) => i.kind),
    ).toEqual(['plans.review-due']);

    // Changing what was approved: a new draft version, goals copied with their lineage.
    const revision = await worker.post(`/api/cases/${caseId}/plans`, {});
    expect(revision.status).toBe(201);
    expect(revision.body).toMatchObject({ number: 2, status: 'draft' });
    expect(revision.body.goals.map((g: { lineageId: string }) => g.lineageId)).toEqual(
      draft.goals.map((g: { lineageId: string }) => g.lineageId),
    );
    expect((await worker.post(`/api/cases/${caseId}/plans`, {})).status).toBe(409);

    // The person who asked may not decide, even holding a deciding role.
    const resubmit = await workerSupervisor.post(
      `/api/cases/${caseId}/plans/${revision.body.id}/submit`,
      {},
      { 'if-match': `"${revision.body.version}"` },
    );
    expect(resubmit.status).toBe(200);
    const second = await pendingApprovalOf(caseId);
    const own = await workerSupervisor.post(
      `/api/approvals/${second.id}/decision`,
      { decision: 'approved' },
      { 'if-match': `"${second.version}"` },
    );
    expect(own.status).toBe(409);
    expect(own.body.error.code).toBe('four_eyes');
    expect(
      (
        await supervisor.post(
          `/api/approvals/${second.id}/decision`,
          { decision: 'approved' },
          { 'if-match': `"${second.version}"` },
        )
      ).status,
    ).toBe(200);
    const after = await worker.get(`/api/cases/${caseId}/plans`);
    expect(after.body.items.map((p: { status: string }) => p.status)).toEqual(['approved', 'superseded']);
    expect(after.body.inForceId).toBe(revision.body.id);
  });

  it('four eyes: whoever edited this plan or an earlier version of it may not approve it (issue 10, defect 5)', async () => {
    const caseId = await openCase();
    const first = await draftWithGoals(caseId);
    // A supervisor who also works the case edits version 1; the worker submits; a clean supervisor approves.
    const edited = await workerSupervisor.put(
      `/api/cases/${caseId}/plans/${first.id}`,
      { plannedEnd: day(200), reviewOn: day(5), goals: goals() },
      { 'if-match': `"${first.version}"` },
    );
    expect(edited.status).toBe(200);
    const submitted = await worker.post(
      `/api/cases/${caseId}/plans/${first.id}/submit`,
      {},
      { 'if-match': `"${edited.body.version}"` },
    );
    expect(submitted.status).toBe(200);
    const one = await pendingApprovalOf(caseId);
    const byEditor = await workerSupervisor.post(
      `/api/approvals/${one.id}/decision`,
      { decision: 'approved' },
      { 'if-match': `"${one.version}"` },
    );
    expect(byEditor.status).toBe(409);
    expect(byEditor.body.error.code).toBe('four_eyes');
    const approve = (approval: { id: string; version: number }) =>
      supervisor.post(
        `/api/approvals/${approval.id}/decision`,
        { decision: 'approved' },
        { 'if-match': `"${approval.version}"` },
      );
    expect((await approve(one)).status).toBe(200);
    // Version 2, written and submitted by the worker alone, still carries the editor's work.
    const revision = await worker.post(`/api/cases/${caseId}/plans`, {});
    expect(
      (
        await worker.post(
          `/api/cases/${caseId}/plans/${revision.body.id}/submit`,
          {},
          { 'if-match': `"${revision.body.version}"` },
        )
      ).status,
    ).toBe(200);
    const two = await pendingApprovalOf(caseId);
    const stillRefused = await workerSupervisor.post(
      `/api/approvals/${two.id}/decision`,
      { decision: 'approved' },
      { 'if-match': `"${two.version}"` },
    );
    expect(stillRefused.body.error.code).toBe('four_eyes');
    expect((await approve(two)).status).toBe(200);
  });

  it('returned with a reason goes back to editing and may be submitted again', async () => {
    const caseId = await openCase();
    const draft = await draftWithGoals(caseId);
    await worker.post(
      `/api/cases/${caseId}/plans/${draft.id}/submit`,
      {},
      { 'if-match': `"${draft.version}"` },
    );
    const approval = await pendingApprovalOf(caseId);
    const returned = await supervisor.post(
      `/api/approvals/${approval.id}/decision`,
      { decision: 'rejected', reason: 'Add a health goal' },
      { 'if-match': `"${approval.version}"` },
    );
    expect(returned.status).toBe(200);
    const plan = (await worker.get(`/api/cases/${caseId}/plans`)).body.items[0];
    expect(plan).toMatchObject({ status: 'returned', operations: ['edit', 'submit'] });
    const edited = await worker.put(
      `/api/cases/${caseId}/plans/${plan.id}`,
      {
        plannedEnd: null,
        reviewOn: null,
        goals: [
          ...goals(),
          { domain: 'health', supportPlanType: 'Health', objective: 'Dental care', actions: [] },
        ],
      },
      { 'if-match': `"${plan.version}"` },
    );
    expect(edited.status).toBe(200);
    const again = await worker.post(
      `/api/cases/${caseId}/plans/${plan.id}/submit`,
      {},
      { 'if-match': `"${edited.body.version}"` },
    );
    expect(again.body.status).toBe('submitted');
  });

  it('police read the plan but not the texts of health and psychosocial goals, and cannot edit', async () => {
    const caseId = await openCase();
    await draftWithGoals(caseId);
    const seen = await police.get(`/api/cases/${caseId}/plans`);
    expect(seen.status).toBe(200);
    const [education, psychosocial] = seen.body.items[0].goals;
    expect(education.objective).toBe('Return to school in September — Марія');
    expect(psychosocial).toMatchObject({ domain: 'psychosocial', objective: null });
    expect(psychosocial.actions[0].text).toBeNull();
    expect(seen.body.items[0].operations).toEqual([]);
    expect((await police.post(`/api/cases/${caseId}/plans`, {})).status).toBe(403);
  });

  it('submitting an empty plan is refused', async () => {
    const caseId = await openCase();
    const created = await worker.post(`/api/cases/${caseId}/plans`, {});
    const submit = await worker.post(
      `/api/cases/${caseId}/plans/${created.body.id}/submit`,
      {},
      { 'if-match': '"1"' },
    );
    expect(submit.status).toBe(409);
  });
});

import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldCipher } from '../../src/server/crypto/field-cipher.ts';
import { parseKeyRing } from '../../src/server/crypto/key-ring.ts';
import { rotateKeys } from '../../src/server/crypto/key-rotation.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let district: string;
let worker: ApiClient;
let supervisor: ApiClient;
let supervisorId: string;
let workerId: string;
let policeId: string;
let police: ApiClient;
let provider: ApiClient;

async function signIn(account: { username: string; password: string }) {
  const client = new ApiClient(server.url);
  expect((await client.login(account.username, account.password)).status).toBe(200);
  return client;
}

async function openCase() {
  const created = await worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Best', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Masculine', presumedMinor: true, unitCode: district },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  const caseId = created.body.id as string;
  const member = async (relation: string, implicated: boolean) => {
    const saved = await worker.post(`/api/cases/${caseId}/family`, {
      relation,
      name: `${relation} ${caseId.slice(0, 4)}`,
      implicated,
      safeContact: !implicated,
    });
    expect(saved.status).toBe(201);
    return saved.body.id as string;
  };
  return { caseId, mother: await member('mother', false), uncle: await member('aunt-uncle', true) };
}

const views = {
  heardOn: '2026-01-10',
  howHeard: 'child-friendly-room',
  whoPresent: 'Psychologist Olena',
  guardianPresent: true,
  views: 'I want to stay at school here and not go back to my uncle',
};
const risk = (returnInBestInterests: boolean) => ({
  assessedOn: '2026-01-12',
  riskLevel: returnInBestInterests ? 'low' : 'high',
  returnInBestInterests,
  factors: 'The uncle recruited the child; the village is unsafe',
});

async function assessment(
  caseId: string,
  family: Array<{ familyMemberId: string; implicated: boolean }>,
  positive: boolean,
) {
  const created = await worker.post(`/api/cases/${caseId}/best-interests`, {
    childViews: views,
    familyAssessment: family.map((m) => ({ ...m, assessment: 'Assessed at home visit' })),
    riskAssessment: risk(positive),
    options: [
      { option: 'return', pros: 'Home language', cons: 'Recruiter lives nearby' },
      { option: 'local-integration', pros: 'School and foster family', cons: 'Far from siblings' },
    ],
  });
  expect(created.status).toBe(201);
  return created.body;
}

const propose = (caseId: string, a: { id: string; version: number }, body: Record<string, unknown>) =>
  worker.post(
    `/api/cases/${caseId}/best-interests/${a.id}/propose`,
    { reasons: 'Weighed with the child and the guardian', panel: [supervisorId], ...body },
    { 'if-match': `"${a.version}"` },
  );

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  const workerAccount = await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId });
  workerId = workerAccount.id;
  worker = await signIn(workerAccount);
  const supervisorAccount = await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId });
  supervisorId = supervisorAccount.id;
  supervisor = await signIn(supervisorAccount);
  const policeAccount = await makeUser(server.ctx, {
    role: 'police',
    scope: 'region',
    unitCode: 'UA-30',
    agencyId,
  });
  policeId = policeAccount.id;
  police = await signIn(policeAccount);
  provider = await signIn(await makeUser(server.ctx, { role: 'provider', scope: 'agency', agencyId }));
});
afterAll(() => server.close());

describe('best-interests determination', () => {
  it('refuses return or reunification against a negative risk assessment (422), in a clear message', async () => {
    const { caseId, mother } = await openCase();
    const a = await assessment(caseId, [{ familyMemberId: mother, implicated: false }], false);
    for (const solution of ['return', 'family-reunification']) {
      const refused = await propose(caseId, a, { solution, reunificationTargetId: mother });
      expect(refused.status).toBe(422);
      expect(refused.body.error).toMatchObject({
        code: 'return_against_risk_assessment',
        details: { reason: 'not-in-best-interests' },
      });
      expect(refused.body.error.message).toMatch(/not in the child's best interests/);
    }
    // Nothing was half-written.
    const still = (await worker.get(`/api/cases/${caseId}/best-interests`)).body.items[0];
    expect(still).toMatchObject({ status: 'open', decision: null, version: 1 });
    // Local integration is not affected by the rule.
    expect((await propose(caseId, a, { solution: 'local-integration' })).status).toBe(200);
  });

  it('refuses return without a risk assessment, and reunification with an implicated family member', async () => {
    const { caseId, mother, uncle } = await openCase();
    const bare = (await worker.post(`/api/cases/${caseId}/best-interests`, { childViews: views })).body;
    const none = await propose(caseId, bare, { solution: 'return', reunificationTargetId: mother });
    expect(none.body.error.details.reason).toBe('no-risk-assessment');
    const a = await assessment(caseId, [{ familyMemberId: mother, implicated: false }], true);
    // The uncle is implicated in the case's family record even though this assessment does not list him.
    const toUncle = await propose(caseId, a, {
      solution: 'family-reunification',
      reunificationTargetId: uncle,
    });
    expect(toUncle.status).toBe(422);
    expect(toUncle.body.error.details.reason).toBe('target-implicated');
    const allowed = await propose(caseId, a, {
      solution: 'family-reunification',
      reunificationTargetId: mother,
    });
    expect(allowed.status).toBe(200);
    expect(allowed.body).toMatchObject({
      status: 'proposed',
      decision: { solution: 'family-reunification' },
    });
  });

  it('is taken by at least two people: the proposer and a named panel member who confirms', async () => {
    const { caseId, mother } = await openCase();
    const a = await assessment(caseId, [{ familyMemberId: mother, implicated: false }], true);
    expect((await propose(caseId, a, { solution: 'return', panel: [] })).status).toBe(400);
    const alone = await propose(caseId, a, {
      solution: 'return',
      reunificationTargetId: mother,
      panel: [workerId],
    });
    expect(alone.status).toBe(400);
    const withPolice = await propose(caseId, a, {
      solution: 'return',
      reunificationTargetId: mother,
      panel: [policeId],
    });
    expect(withPolice.status).toBe(400);
    const candidates = await worker.get(`/api/cases/${caseId}/best-interests/panel-candidates`);
    expect(candidates.body.items.map((c: { userId: string }) => c.userId)).toContain(supervisorId);
    expect(candidates.body.items.map((c: { userId: string }) => c.userId)).not.toContain(policeId);

    const proposed = await propose(caseId, a, { solution: 'return', reunificationTargetId: mother });
    expect(proposed.status).toBe(200);
    expect(proposed.body.decision.panel).toHaveLength(2);
    expect(proposed.body.decision.decidedAt).toBeNull();
    const path = `/api/cases/${caseId}/best-interests/${a.id}`;
    const inbox = await supervisor.get('/api/inbox');
    expect(inbox.body.items).toContainEqual(
      expect.objectContaining({ kind: 'bestInterests.to-confirm', caseId, subjectId: a.id }),
    );
    // Locked while proposed.
    expect(
      (await worker.patch(path, { options: [] }, { 'if-match': `"${proposed.body.version}"` })).status,
    ).toBe(409);
    // The proposer has confirmed by proposing; confirming again is refused.
    expect(
      (await worker.post(`${path}/confirm`, {}, { 'if-match': `"${proposed.body.version}"` })).status,
    ).toBe(409);
    expect((await supervisor.post(`${path}/confirm`, {}, {})).status).toBe(428);
    const confirmed = await supervisor.post(
      `${path}/confirm`,
      {},
      { 'if-match': `"${proposed.body.version}"` },
    );
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.status).toBe('decided');
    expect(confirmed.body.decision.decidedAt).toEqual(expect.any(String));
    const list = await worker.get(`/api/cases/${caseId}/best-interests`);
    expect(list.body.durableSolution).toBe('return');
    expect(
      (await supervisor.get('/api/inbox')).body.items.some(
        (i: { subjectId: string }) => i.subjectId === a.id,
      ),
    ).toBe(false);
    const log = await server.ctx.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', caseId)
      .execute();
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['case.best-interests.propose', 'case.best-interests.decide']),
    );
  });

  it('a panel member who does not agree reopens the assessment', async () => {
    const { caseId } = await openCase();
    const a = await assessment(caseId, [], false);
    const proposed = await propose(caseId, a, { solution: 'alternative-care' });
    const declined = await supervisor.post(
      `/api/cases/${caseId}/best-interests/${a.id}/decline`,
      {},
      { 'if-match': `"${proposed.body.version}"` },
    );
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'open', decision: null });
  });

  it('keeps the child views from police and everything from providers; texts are sealed at rest', async () => {
    const { caseId, mother } = await openCase();
    const a = await assessment(caseId, [{ familyMemberId: mother, implicated: false }], false);
    await propose(caseId, a, { solution: 'local-integration' });
    const seen = await police.get(`/api/cases/${caseId}/best-interests`);
    expect(seen.status).toBe(200);
    const item = seen.body.items[0];
    expect(item).toMatchObject({
      childViews: null,
      options: null,
      riskAssessment: { returnInBestInterests: false },
      hiddenSections: ['childViews', 'options', 'reasons'],
      operations: [],
    });
    expect(item.decision).toMatchObject({ solution: 'local-integration', reasons: null });
    expect(JSON.stringify(seen.body)).not.toMatch(/stay at school|Psychologist Olena|Home language/);
    expect((await police.post(`/api/cases/${caseId}/best-interests`, {})).status).toBe(403);
    expect((await provider.get(`/api/cases/${caseId}/best-interests`)).status).toBe(403);
    const full = (await worker.get(`/api/cases/${caseId}/best-interests`)).body.items[0];
    expect(full.childViews).toEqual(views);
    expect(full.decision.reasons).toBe('Weighed with the child and the guardian');
    const dump = await sql<{ row: string }>`
      select row_to_json(b)::text as row from best_interests b where case_id = ${caseId}`.execute(
      server.ctx.database.db,
    );
    expect(dump.rows[0]!.row).not.toMatch(/school|Olena|uncle|Home language|Weighed/);
  });

  it('validates family members against the case and writes with If-Match', async () => {
    const { caseId } = await openCase();
    const other = await openCase();
    const bad = await worker.post(`/api/cases/${caseId}/best-interests`, {
      familyAssessment: [{ familyMemberId: other.mother, implicated: false, assessment: 'x' }],
    });
    expect(bad.status).toBe(400);
    const a = (await worker.post(`/api/cases/${caseId}/best-interests`, {})).body;
    const path = `/api/cases/${caseId}/best-interests/${a.id}`;
    expect((await worker.patch(path, { childViews: views })).status).toBe(428);
    expect((await worker.patch(path, { childViews: views }, { 'if-match': '"7"' })).status).toBe(412);
    const saved = await worker.patch(path, { childViews: views }, { 'if-match': '"1"' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ childViews: views, riskAssessment: null, version: 2 });
  });
});

// Last: after rotation the running server's key ring no longer holds the current key.
describe('key rotation', () => {
  it('re-seals plan texts and every best-interests section', async () => {
    const { caseId, mother } = await openCase();
    const a = await assessment(caseId, [{ familyMemberId: mother, implicated: false }], false);
    await propose(caseId, a, { solution: 'local-integration' });
    const plan = await worker.post(`/api/cases/${caseId}/plans`, {});
    await worker.put(
      `/api/cases/${caseId}/plans/${plan.body.id}`,
      {
        plannedEnd: null,
        reviewOn: null,
        goals: [
          {
            domain: 'safety',
            supportPlanType: 'SocialCare',
            objective: 'Safe home',
            actions: [{ text: 'Visit' }],
          },
        ],
      },
      { 'if-match': '"1"' },
    );
    const db = server.ctx.database.db;
    const keyFile = server.ctx.config.keyFile;
    const result = await rotateKeys(db, keyFile);
    const cipher = new FieldCipher(parseKeyRing(readFileSync(keyFile, 'utf8'), keyFile));
    const row = await db
      .selectFrom('best_interests')
      .selectAll()
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    for (const column of [
      'child_views',
      'family_assessment',
      'risk_factors',
      'options',
      'reasons',
    ] as const) {
      expect(cipher.keyIdOf(row[column]!), column).toBe(result.keyId);
      expect(cipher.decrypt(row[column]!, `best_interests.${column}`)).toBeTruthy();
    }
    const goal = await db
      .selectFrom('plan_goals')
      .selectAll()
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(cipher.decrypt(goal.objective, 'plan_goals.objective')).toBe('Safe home');
    expect(cipher.keyIdOf(goal.objective)).toBe(result.keyId);
    const action = await db
      .selectFrom('plan_actions')
      .selectAll()
      .where('goal_id', '=', goal.id)
      .executeTakeFirstOrThrow();
    expect(cipher.decrypt(action.text, 'plan_actions.text')).toBe('Visit');
  });
});

describe('four eyes on the determination (issue 10, defect 5)', () => {
  it('refuses as the second panel member anyone who wrote or changed the assessment', async () => {
    const { caseId, mother } = await openCase();
    const a = await assessment(caseId, [{ familyMemberId: mother, implicated: false }], true);
    const path = `/api/cases/${caseId}/best-interests/${a.id}`;
    const edited = await supervisor.patch(
      path,
      { options: [{ option: 'local-integration', pros: 'School', cons: 'Far from siblings' }] },
      { 'if-match': `"${a.version}"` },
    );
    expect(edited.status).toBe(200);
    const refused = await propose(caseId, edited.body, { solution: 'local-integration' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toMatchObject([
      expect.objectContaining({ path: 'body.panel.0', code: 'four_eyes' }),
    ]);
    const agencyId = (await worker.get(`/api/cases/${caseId}`)).body.ownerAgencyId;
    const other = await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId });
    const withOther = await propose(caseId, edited.body, {
      solution: 'local-integration',
      panel: [other.id],
    });
    expect(withOther.status).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// The child in the justice process: proceedings with If-Match and stage transitions, perpetrators,
// non-punishment decisions, and the justice field group (police yes, provider and analyst no; police
// never see health notes).

let server: TestServer;
let district: string;
let agencyId: string;
let worker: ApiClient;
let police: ApiClient;
let provider: ApiClient;
let analyst: ApiClient;
let outsider: ApiClient;

async function signedIn(options: Parameters<typeof makeUser>[1]) {
  const account = await makeUser(server.ctx, options);
  const client = new ApiClient(server.url);
  expect((await client.login(account.username, account.password)).status).toBe(200);
  return client;
}

async function openCase() {
  const created = await worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Justice', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: district },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const proceedingBody = {
  number: '12024100000000777',
  articles: ['149', '303'],
  authorityName: 'Kyiv regional prosecutor',
  childRole: 'victim-and-witness',
  openedOn: day(-200),
  legalAid: { provider: 'Free legal aid centre No. 3', from: day(-190) },
  measures: [
    { measure: 'specialised-interview-room', on: day(-180) },
    { measure: 'single-recorded-interview', on: day(-180) },
  ],
};

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  worker = await signedIn({ role: 'caseworker', scope: 'agency', agencyId });
  police = await signedIn({
    role: 'police',
    scope: 'district',
    unitCode: district,
    agencyId: await makeAgency(server.ctx),
  });
  provider = await signedIn({ role: 'provider', scope: 'agency', agencyId });
  analyst = await signedIn({ role: 'analyst', scope: 'country', agencyId: null });
  outsider = await signedIn({
    role: 'police',
    scope: 'district',
    unitCode: firstDistrictOf('UA-46'),
    agencyId: await makeAgency(server.ctx, { unitCodes: [firstDistrictOf('UA-46')] }),
  });
});
afterAll(() => server.close());

describe('criminal proceedings', () => {
  it('are created with their first stage, read back decrypted, and stored encrypted', async () => {
    const caseId = await openCase();
    const created = await police.post(`/api/cases/${caseId}/justice/proceedings`, proceedingBody);
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({
      country: 'UA',
      number: proceedingBody.number,
      articles: ['149', '303'],
      stage: 'report',
      outcome: null,
      nextStages: ['investigation', 'suspended', 'closed'],
      childRole: 'victim-and-witness',
      legalAid: proceedingBody.legalAid,
      stageHistory: [{ stage: 'report', on: proceedingBody.openedOn, outcome: null }],
    });
    const view = await worker.get(`/api/cases/${caseId}/justice`);
    expect(view.status).toBe(200);
    expect(view.body.proceedings).toHaveLength(1);
    expect(view.body.mayWrite).toBe(true);
    const rows = await server.ctx.database.db
      .selectFrom('justice_proceedings')
      .selectAll()
      .where('case_id', '=', caseId)
      .execute();
    expect(JSON.stringify(rows)).not.toContain('000777');
    expect(JSON.stringify(rows)).not.toContain('prosecutor');
    const log = await server.ctx.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', caseId)
      .execute();
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['case.justice.proceeding.create', 'case.justice.read']),
    );
    expect(JSON.stringify(log)).not.toContain('000777');
  });

  it('refuses an article not in the country code, a future date, and unknown fields', async () => {
    const caseId = await openCase();
    const path = `/api/cases/${caseId}/justice/proceedings`;
    const wrongCountry = await worker.post(path, { ...proceedingBody, articles: ['181'] });
    expect(wrongCountry.status).toBe(400);
    expect(wrongCountry.body.error.details[0].path).toBe('body.articles.0');
    const future = await worker.post(path, { ...proceedingBody, openedOn: day(3) });
    expect(future.status).toBe(400);
    expect((await worker.post(path, { ...proceedingBody, judge: 'X' })).status).toBe(400);
  });

  it('changes only with the current version (428 without, 412 stale)', async () => {
    const caseId = await openCase();
    const created = await worker.post(`/api/cases/${caseId}/justice/proceedings`, proceedingBody);
    const path = `/api/cases/${caseId}/justice/proceedings/${created.body.id}`;
    const change = {
      compensation: [
        { kind: 'claimed', source: 'perpetrator', amount: 150000, currency: 'UAH', on: day(-100) },
        { kind: 'claimed', source: 'state', amount: 1200.456, currency: 'EUR' },
      ],
    };
    expect((await worker.patch(path, change)).status).toBe(428);
    const saved = await worker.patch(path, change, { 'if-match': '"1"' });
    expect(saved.status).toBe(200);
    expect(saved.headers.get('etag')).toBe('"2"');
    expect(saved.body.compensation).toEqual([
      { kind: 'claimed', source: 'perpetrator', amount: 150000, currency: 'UAH', on: day(-100) },
      { kind: 'claimed', source: 'state', amount: 1200.46, currency: 'EUR', on: null },
    ]);
    expect(saved.body.number).toBe(proceedingBody.number);
    expect((await worker.patch(path, { childRole: 'witness' }, { 'if-match': '"1"' })).status).toBe(412);
    const other = await openCase();
    expect(
      (
        await worker.patch(
          `/api/cases/${other}/justice/proceedings/${created.body.id}`,
          { childRole: 'witness' },
          { 'if-match': '"2"' },
        )
      ).status,
    ).toBe(404);
  });

  it('moves through the stages the transition table allows, dated, with the outcome at verdict', async () => {
    const caseId = await openCase();
    const created = await police.post(`/api/cases/${caseId}/justice/proceedings`, proceedingBody);
    const path = `/api/cases/${caseId}/justice/proceedings/${created.body.id}/stage`;
    let version = 1;
    const move = (body: Record<string, unknown>) => police.post(path, body, { 'if-match': `"${version}"` });
    const skip = await move({ to: 'trial', on: day(-150) });
    expect(skip.status).toBe(422);
    expect(skip.body.error).toMatchObject({
      code: 'stage_change_refused',
      details: { reason: 'invalid_stage_transition' },
    });
    const early = await move({ to: 'investigation', on: day(-300) });
    expect(early.body.error.details.reason).toBe('date_before_previous');
    for (const [to, on] of [
      ['investigation', -150],
      ['indictment', -90],
      ['trial', -60],
    ] as const) {
      const moved = await move({ to, on: day(on), note: to === 'indictment' ? 'Two accused' : null });
      expect(moved.status).toBe(200);
      version = Number(moved.headers.get('etag')!.replaceAll('"', ''));
    }
    const noOutcome = await move({ to: 'verdict', on: day(-20) });
    expect(noOutcome.body.error.details.reason).toBe('outcome_required');
    const verdict = await move({ to: 'verdict', on: day(-20), outcome: 'conviction' });
    expect(verdict.status).toBe(200);
    version += 1;
    expect((await police.post(path, { to: 'appeal', on: day(-5) }, { 'if-match': '"1"' })).status).toBe(412);
    const appeal = await move({ to: 'appeal', on: day(-5) });
    expect(appeal.body).toMatchObject({
      stage: 'appeal',
      outcome: 'conviction',
      nextStages: ['verdict', 'trial', 'closed'],
    });
    expect(appeal.body.stageHistory.map((s: { stage: string }) => s.stage)).toEqual([
      'report',
      'investigation',
      'indictment',
      'trial',
      'verdict',
      'appeal',
    ]);
    expect(appeal.body.stageHistory[2].note).toBe('Two accused');
    const rows = await server.ctx.database.db
      .selectFrom('justice_stage_history')
      .selectAll()
      .where('proceeding_id', '=', created.body.id)
      .execute();
    expect(JSON.stringify(rows)).not.toContain('Two accused');
  });
});

describe('perpetrators and non-punishment decisions', () => {
  it('links a perpetrator to a family member of the same case as Familial, and deletes with If-Match', async () => {
    const caseId = await openCase();
    const member = await worker.post(`/api/cases/${caseId}/family`, {
      relation: 'father',
      name: 'Petro K.',
      implicated: true,
      safeContact: false,
    });
    expect(member.status).toBe(201);
    const path = `/api/cases/${caseId}/justice/perpetrators`;
    const wrong = await worker.post(path, {
      roles: ['Exploiter'],
      familyMember: true,
      familyMemberId: member.body.id,
      relation: 'Unacquainted',
    });
    expect(wrong.status).toBe(400);
    const created = await worker.post(path, {
      roles: ['RecruiterOrIntermediary', 'Exploiter'],
      familyMember: true,
      familyMemberId: member.body.id,
      sex: 'Masculine',
      nationalities: ['UA'],
      alias: 'Batya',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      relation: 'Familial',
      familyMember: true,
      alias: 'Batya',
      name: null,
    });
    const elsewhere = await openCase();
    const foreignMember = await worker.post(`/api/cases/${elsewhere}/justice/perpetrators`, {
      roles: ['Exploiter'],
      familyMember: true,
      familyMemberId: member.body.id,
    });
    expect(foreignMember.body.error.details[0].path).toBe('body.familyMemberId');
    const changed = await police.patch(
      `${path}/${created.body.id}`,
      { name: 'Petro Kovalenko' },
      { 'if-match': '"1"' },
    );
    expect(changed.status).toBe(200);
    expect(
      (await worker.request('DELETE', `${path}/${created.body.id}`, { headers: { 'if-match': '"1"' } }))
        .status,
    ).toBe(412);
    expect(
      (await worker.request('DELETE', `${path}/${created.body.id}`, { headers: { 'if-match': '"2"' } }))
        .status,
    ).toBe(204);
    expect((await worker.get(`/api/cases/${caseId}/justice`)).body.perpetrators).toEqual([]);
  });

  it('records non-punishment decisions beside the case flag kept by the status area', async () => {
    const caseId = await openCase();
    const etag = (await worker.get(`/api/cases/${caseId}/status`)).headers.get('etag')!;
    const flag = await worker.put(
      `/api/cases/${caseId}/non-punishment`,
      { flagged: true, note: 'Theft ordered by the exploiter' },
      { 'if-match': etag },
    );
    expect(flag.status).toBe(200);
    const path = `/api/cases/${caseId}/justice/non-punishment`;
    const created = await police.post(path, {
      decision: 'pending',
      offence: 'Pickpocketing at the station',
      authorityAgencyId: agencyId,
    });
    expect(created.status).toBe(201);
    const decided = await police.patch(
      `${path}/${created.body.id}`,
      { decision: 'applied', decidedOn: day(-1) },
      { 'if-match': '"1"' },
    );
    expect(decided.body).toMatchObject({
      decision: 'applied',
      decidedOn: day(-1),
      offence: 'Pickpocketing at the station',
      authorityAgencyName: expect.any(String),
    });
    const view = await police.get(`/api/cases/${caseId}/justice`);
    expect(view.body.nonPunishment).toMatchObject({
      flagged: true,
      note: 'Theft ordered by the exploiter',
      decisions: [{ decision: 'applied' }],
    });
    const rows = await server.ctx.database.db
      .selectFrom('justice_non_punishment')
      .selectAll()
      .where('case_id', '=', caseId)
      .execute();
    expect(JSON.stringify(rows)).not.toContain('Pickpocketing');
  });
});

describe('the justice field group', () => {
  it('is refused to the provider and the analyst; a case out of scope is not found', async () => {
    const caseId = await openCase();
    await worker.post(`/api/cases/${caseId}/justice/proceedings`, proceedingBody);
    for (const client of [provider, analyst]) {
      const read = await client.get(`/api/cases/${caseId}/justice`);
      expect(read.status).toBe(403);
      expect(read.body.error.code).toBe('forbidden');
      expect(JSON.stringify(read.body)).not.toContain('000777');
      expect(
        (await client.post(`/api/cases/${caseId}/justice/perpetrators`, { roles: ['Exploiter'] })).status,
      ).toBe(403);
    }
    expect((await outsider.get(`/api/cases/${caseId}/justice`)).status).toBe(404);
    expect(
      (await outsider.post(`/api/cases/${caseId}/justice/perpetrators`, { roles: ['Exploiter'] })).status,
    ).toBe(404);
  });

  it('lets the police read justice data but nothing of the health (psychosocial) notes', async () => {
    const caseId = await openCase();
    await worker.post(`/api/cases/${caseId}/justice/proceedings`, proceedingBody);
    expect(
      (
        await worker.post(`/api/cases/${caseId}/notes`, {
          class: 'health',
          text: 'PTSD, weekly psychotherapy',
        })
      ).status,
    ).toBe(201);
    expect(
      (await worker.post(`/api/cases/${caseId}/notes`, { class: 'justice', text: 'Ready to testify' }))
        .status,
    ).toBe(201);
    const justice = await police.get(`/api/cases/${caseId}/justice`);
    expect(justice.status).toBe(200);
    expect(justice.body.proceedings[0].number).toBe(proceedingBody.number);
    const notes = await police.get(`/api/cases/${caseId}/notes`);
    expect(notes.status).toBe(200);
    expect(notes.body.items.map((n: { class: string }) => n.class)).toEqual(['justice']);
    expect(JSON.stringify(notes.body)).not.toContain('PTSD');
    expect((await police.post(`/api/cases/${caseId}/notes`, { class: 'health', text: 'x' })).status).toBe(
      403,
    );
  });
});

describe('demo proceedings', () => {
  it('are seeded for eight children in every stage, once, visible to the demo police but not the provider', async () => {
    const { writeSetting } = await import('../../src/server/db/node-settings.ts');
    const { seedJusticeDemo } = await import('../../src/server/demo/justice-demo.ts');
    // The demo accounts and children as seedDemo leaves them: the police of the district, the supervisor.
    const account = await makeUser(server.ctx, {
      role: 'police',
      scope: 'district',
      unitCode: district,
      username: 'demo-police',
    });
    await makeUser(server.ctx, {
      role: 'supervisor',
      scope: 'agency',
      agencyId,
      username: 'demo-supervisor',
    });
    const ids: string[] = [];
    for (let i = 0; i < 9; i++) {
      const caseId = await openCase();
      const etag = (await worker.get(`/api/cases/${caseId}`)).headers.get('etag')!;
      expect(
        (await worker.post(`/api/cases/${caseId}/actions`, { type: 'presume' }, { 'if-match': etag })).status,
      ).toBe(200);
      ids.push(caseId);
    }
    const db = server.ctx.database.db;
    await writeSetting(db, 'demo-children', true);
    await seedJusticeDemo(server.ctx);
    await seedJusticeDemo(server.ctx);
    const rows = await db
      .selectFrom('justice_proceedings')
      .select(['case_id', 'stage', 'outcome'])
      .where('case_id', 'in', ids)
      .execute();
    expect(rows).toHaveLength(8);
    expect(new Set(rows.map((r) => r.stage))).toEqual(
      new Set(['report', 'investigation', 'suspended', 'indictment', 'trial', 'verdict', 'appeal', 'closed']),
    );
    expect(rows.find((r) => r.stage === 'closed')!.outcome).toBe('closed-lack-of-evidence');
    const perpetrators = await db
      .selectFrom('justice_perpetrators')
      .select('id')
      .where('case_id', 'in', ids)
      .execute();
    expect(perpetrators).toHaveLength(12);
    const demoPolice = new ApiClient(server.url);
    expect((await demoPolice.login(account.username, account.password)).status).toBe(200);
    const verdict = rows.find((r) => r.stage === 'verdict')!;
    const seen = await demoPolice.get(`/api/cases/${verdict.case_id}/justice`);
    expect(seen.status).toBe(200);
    expect(seen.body.proceedings[0]).toMatchObject({
      outcome: 'conviction',
      stage: 'verdict',
      articles: ['149', '303'],
    });
    expect(seen.body.proceedings[0].compensation.map((c: { kind: string }) => c.kind)).toContain('awarded');
    expect(seen.body.proceedings[0].stageHistory.map((e: { stage: string }) => e.stage)).toEqual([
      'report',
      'investigation',
      'indictment',
      'trial',
      'verdict',
    ]);
    expect((await provider.get(`/api/cases/${verdict.case_id}/justice`)).status).toBe(403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let worker: ApiClient;
let police: ApiClient;
let district: string;

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  const w = await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId });
  const p = await makeUser(server.ctx, { role: 'police', scope: 'district', unitCode: district, agencyId });
  worker = new ApiClient(server.url);
  police = new ApiClient(server.url);
  await worker.login(w.username, w.password);
  await police.login(p.username, p.password);
});
afterAll(() => server.close());

async function openCase(given: string) {
  const created = await worker.post('/api/cases', {
    sensitive: { names: [{ given, family: 'Бондар' }], birthDate: { kind: 'unknown' } },
    identity: { gender: 'Masculine', presumedMinor: true, unitCode: district },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const today = new Date().toISOString().slice(0, 10);

describe('screening', () => {
  it('publishes the versioned indicator set with the rule', async () => {
    const reference = await worker.get('/api/reference/screening-indicators');
    expect(reference.status).toBe(200);
    expect(reference.body.version).toBe('ilo-ec-2009-children-v2');
    expect(reference.body.lists.map((l: { id: string }) => l.id)).toEqual(['labour', 'sexual']);
    expect(reference.body.rule).toContainEqual({ strong: 2 });
    const hours = reference.body.indicators.find(
      (i: { id: string }) => i.id === 'child-labour.conditions.excessive-hours',
    );
    expect(hours).toMatchObject({ list: 'labour', dimension: 'conditions', grade: 'strong' });
    expect(Object.keys(hours.label)).toEqual(['en', 'uk', 'ru', 'ro', 'be']);
  });

  it('scores the answers, explains each dimension and suggests a status without deciding it', async () => {
    const id = await openCase('Андрій');
    await worker.post(`/api/cases/${id}/events`, { type: 'Transit', dateFrom: '2024-03', country: 'MD' });
    const screened = await worker.post(
      `/api/cases/${id}/screenings`,
      {
        list: 'labour',
        answers: [
          { indicatorId: 'child-labour.conditions.hazardous', source: 'child-interview', date: today },
          { indicatorId: 'child-labour.conditions.excessive-hours', source: 'observation', date: today },
          { indicatorId: 'child-labour.coercive.debt', source: 'guardian', date: today },
        ],
      },
      { 'idempotency-key': `screening-${id}` },
    );
    expect(screened.status).toBe(201);
    expect(screened.body.indicatorSetVersion).toBe('ilo-ec-2009-children-v2');
    const conditions = screened.body.dimensions.find(
      (d: { dimension: string }) => d.dimension === 'conditions',
    );
    expect(conditions).toMatchObject({ positive: true, counts: { strong: 1, medium: 1, weak: 0 } });
    expect(conditions.explanation).toContain('Exploitative conditions');
    const coercive = screened.body.dimensions.find((d: { dimension: string }) => d.dimension === 'coercive');
    expect(coercive.positive).toBe(false);
    expect(coercive.explanation).toMatch(/strong/);
    expect(screened.body.suggestion).toMatchObject({
      status: 'identified-review',
      traffickingStatus: 'ActualVictimOfTrafficking',
      isDecision: false,
    });
    expect(screened.body.suggestion.explanation.length).toBeGreaterThan(20);
    // A suggestion only: the case stays where it was.
    expect((await worker.get(`/api/cases/${id}`)).body).toMatchObject({
      stage: 'screening',
      status: 'possible',
    });

    const list = await worker.get(`/api/cases/${id}/screenings`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0].answers[0]).toEqual({
      indicatorId: 'child-labour.conditions.hazardous',
      source: 'child-interview',
      date: today,
    });
    const rows = await server.ctx.database.db
      .selectFrom('screenings')
      .selectAll()
      .where('case_id', '=', id)
      .execute();
    expect(JSON.stringify(rows)).not.toContain('hazardous');
  });

  it('suggests presumption on a single indicator without movement, and refuses bad answers per field', async () => {
    const id = await openCase('Максим');
    const weak = await worker.post(`/api/cases/${id}/screenings`, {
      list: 'sexual',
      answers: [{ indicatorId: 'child-sexual.coercive.debt', source: 'document', date: today }],
    });
    expect(weak.body.suggestion.status).toBe('presumed');
    const bad = await worker.post(`/api/cases/${id}/screenings`, {
      list: 'sexual',
      answers: [
        { indicatorId: 'child-labour.conditions.hazardous', source: 'document', date: today },
        { indicatorId: 'child-sexual.nothing', source: 'document', date: today },
        { indicatorId: 'child-sexual.coercive.debt', source: 'document', date: '2999-01-01' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string; code: string }) => [d.path, d.code])).toEqual([
      ['body.answers.1.indicatorId', 'unknown_indicator'],
      ['body.answers.2.date', 'date_in_future'],
      ['body.answers.0.indicatorId', 'indicator_in_other_list'],
    ]);
    const badSource = await worker.post(`/api/cases/${id}/screenings`, {
      list: 'sexual',
      answers: [{ indicatorId: 'child-sexual.coercive.debt', source: 'rumour', date: today }],
    });
    expect(badSource.body.error.details[0].path).toBe('body.answers.0.source');
  });
});

function daysAgo(days: number) {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function decide(client: ApiClient, id: string, body: Record<string, unknown>) {
  const etag = (await worker.get(`/api/cases/${id}/status`)).headers.get('etag')!;
  return client.post(`/api/cases/${id}/status-decisions`, body, { 'if-match': etag });
}

const ua417 = {
  applicationDate: daysAgo(20),
  applicant: 'Мати дитини',
  receivingAuthority: 'Одеська РДА',
  outcome: 'granted',
  decisionDate: daysAgo(2),
  certificateNumber: 'СВ-000417',
};

describe('status decisions', () => {
  it('presumes (starting the reflection period), then identifies through Resolution 417, moving the lifecycle', async () => {
    const id = await openCase('Богдан');
    const initial = await worker.get(`/api/cases/${id}/status`);
    expect(initial.body).toMatchObject({ status: 'possible', reflectionPeriod: null, decidedOn: null });
    const presumeBody = {
      status: 'presumed',
      decidingOrgType: 'NGO',
      decidedOn: daysAgo(3),
      reason: 'Screening',
    };
    expect((await worker.post(`/api/cases/${id}/status-decisions`, presumeBody)).status).toBe(428);
    expect((await decide(police, id, presumeBody)).status).toBe(403);
    const presumed = await decide(worker, id, presumeBody);
    expect(presumed.status).toBe(200);
    expect(presumed.body).toMatchObject({ status: 'presumed', htcdsStatus: 'PossibleVictimOfTrafficking' });
    expect(presumed.body.reflectionPeriod).toMatchObject({ startsOn: daysAgo(3), state: 'running' });
    expect(presumed.body.reflectionPeriod.daysLeft).toBeGreaterThanOrEqual(26);
    let file = (await worker.get(`/api/cases/${id}`)).body;
    expect(file).toMatchObject({ stage: 'presumed', status: 'presumed', overdue: false });
    expect(file.nextDeadline).toBe(presumed.body.reflectionPeriod.endsOn);
    expect(presumed.headers.get('etag')).toBe(`"${file.version}"`);

    const incomplete = await decide(worker, id, {
      status: 'identified',
      decidingOrgType: 'NonPoliceGovernmentalOrganization',
      decidedOn: daysAgo(2),
      formalProcedure: {
        applicationDate: daysAgo(20),
        decisionDate: daysAgo(2),
        outcome: 'granted',
        shoeSize: '36',
      },
      reason: 'Status established',
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining([
        'body.formalProcedure.shoeSize',
        'body.formalProcedure.applicant',
        'body.formalProcedure.certificateNumber',
      ]),
    );
    const identified = await decide(worker, id, {
      status: 'identified',
      decidingOrgType: 'NonPoliceGovernmentalOrganization',
      decidedOn: daysAgo(2),
      formalProcedure: ua417,
      reason: 'Status established',
    });
    expect(identified.status).toBe(200);
    expect(identified.body).toMatchObject({
      status: 'identified',
      htcdsStatus: 'ActualVictimOfTrafficking',
      decidingOrgType: 'NonPoliceGovernmentalOrganization',
      formalProcedure: { country: 'UA', values: ua417 },
    });
    expect(identified.body.formalProcedure.legalBasis).toMatch(/417/);
    expect(identified.body.reflectionPeriod.startsOn).toBe(daysAgo(3));
    file = (await worker.get(`/api/cases/${id}`)).body;
    expect(file).toMatchObject({ stage: 'identified', status: 'identified', nextDeadline: null });
    const history = (await worker.get(`/api/cases/${id}/history`)).body.items.map(
      (i: { type: string }) => i.type,
    );
    expect(history).toEqual(['open', 'presume', 'identify']);

    const backwards = await decide(worker, id, { ...presumeBody, decidedOn: daysAgo(1) });
    expect(backwards.status).toBe(422);
    expect(backwards.body.error).toMatchObject({
      code: 'status_change_refused',
      details: { from: 'identified', to: 'presumed' },
    });
    const rows = await server.ctx.database.db
      .selectFrom('case_status')
      .selectAll()
      .where('case_id', '=', id)
      .execute();
    const decisions = await server.ctx.database.db
      .selectFrom('status_decisions')
      .selectAll()
      .where('case_id', '=', id)
      .execute();
    expect(decisions).toHaveLength(2);
    expect(JSON.stringify([rows, decisions])).not.toMatch(/СВ-000417|Одеськ/);
  });

  it('shows a reflection period that ended as overdue in the case list', async () => {
    const id = await openCase('Тимофій');
    const presumed = await decide(worker, id, {
      status: 'presumed',
      decidingOrgType: 'Police',
      decidedOn: daysAgo(45),
      reason: 'Found at the border',
    });
    expect(presumed.body.reflectionPeriod).toMatchObject({
      daysLeft: 0,
      state: 'ended',
      endsOn: daysAgo(16),
    });
    const overdue = await worker.get('/api/cases?overdue=true&pageSize=100');
    expect(overdue.body.items.map((c: { id: string }) => c.id)).toContain(id);
    const notOverdue = await worker.get('/api/cases?overdue=false&pageSize=100');
    expect(notOverdue.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    const refused = await decide(worker, id, {
      status: 'not-a-victim',
      decidingOrgType: 'Police',
      decidedOn: daysAgo(1),
      reason: 'Ran away from home; no exploitation',
    });
    expect(refused.body.status).toBe('not-a-victim');
    expect((await worker.get(`/api/cases/${id}`)).body).toMatchObject({
      stage: 'not-a-victim',
      overdue: false,
    });
  });

  it('flags non-punishment with an encrypted note, under the case version', async () => {
    const id = await openCase('Данило');
    const etag = (await worker.get(`/api/cases/${id}/status`)).headers.get('etag')!;
    const path = `/api/cases/${id}/non-punishment`;
    expect((await worker.put(path, { flagged: true, note: null })).status).toBe(428);
    const noNote = await worker.put(path, { flagged: true, note: ' ' }, { 'if-match': etag });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.details[0].path).toBe('body.note');
    const note = 'Кишенькові крадіжки на вокзалі за вказівкою вербувальника';
    const flagged = await worker.put(path, { flagged: true, note }, { 'if-match': etag });
    expect(flagged.status).toBe(200);
    expect(flagged.body.nonPunishment).toEqual({ flagged: true, note });
    expect(flagged.headers.get('etag')).not.toBe(etag);
    expect((await worker.put(path, { flagged: false, note: null }, { 'if-match': etag })).status).toBe(412);
    expect((await police.get(`/api/cases/${id}/status`)).body.nonPunishment.note).toBe(note);
    const rows = await server.ctx.database.db
      .selectFrom('case_status')
      .selectAll()
      .where('case_id', '=', id)
      .execute();
    expect(JSON.stringify(rows)).not.toContain('вокзал');
    const log = await server.ctx.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', id)
      .execute();
    expect(log.map((e) => e.action)).toContain('case.non-punishment.set');
    expect(JSON.stringify(log)).not.toContain('вокзал');
  });
});

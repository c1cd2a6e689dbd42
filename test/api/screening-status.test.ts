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
    expect(reference.body.version).toMatch(/^ilo-ec-2009/);
    expect(reference.body.lists.map((l: { id: string }) => l.id)).toEqual(['labour', 'sexual']);
    expect(reference.body.rule).toContainEqual({ strong: 2 });
    const hazardous = reference.body.indicators.find(
      (i: { id: string }) => i.id === 'child-labour.conditions.hazardous',
    );
    expect(hazardous).toMatchObject({ list: 'labour', dimension: 'conditions', grade: 'strong' });
    expect(Object.keys(hazardous.label)).toEqual(['en', 'uk', 'ru', 'ro', 'be']);
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
          { indicatorId: 'child-labour.conditions.no-education', source: 'observation', date: today },
          { indicatorId: 'child-labour.coercive.debt', source: 'guardian', date: today },
        ],
      },
      { 'idempotency-key': `screening-${id}` },
    );
    expect(screened.status).toBe(201);
    expect(screened.body.indicatorSetVersion).toMatch(/^ilo-ec-2009/);
    const conditions = screened.body.dimensions.find(
      (d: { dimension: string }) => d.dimension === 'conditions',
    );
    expect(conditions).toMatchObject({ positive: true, counts: { strong: 2, medium: 0, weak: 0 } });
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
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'body.answers.1.indicatorId',
      'body.answers.2.date',
      'body.answers.0.indicatorId',
    ]);
    const badSource = await worker.post(`/api/cases/${id}/screenings`, {
      list: 'sexual',
      answers: [{ indicatorId: 'child-sexual.coercive.debt', source: 'rumour', date: today }],
    });
    expect(badSource.body.error.details[0].path).toBe('body.answers.0.source');
  });
});

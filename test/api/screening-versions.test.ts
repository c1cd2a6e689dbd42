import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateScreening } from '../../src/domain/screening/index.ts';
import { INDICATOR_SET_V1 as V1 } from '../../src/domain/screening/v1/set.ts';
import { insertScreening } from '../../src/server/screening/screening.repository.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Indicator-set versions over HTTP: the current set (ILO/EC lists as transcribed, Haven's own items
// apart), older sets still readable, a stale form refused, and a screening made with v1 shown as made.

let server: TestServer;
let worker: ApiClient;
let workerId: string;
let district: string;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-46');
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  const w = await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId });
  workerId = w.id;
  worker = new ApiClient(server.url);
  await worker.login(w.username, w.password);
});
afterAll(() => server.close());

async function openCase() {
  const created = await worker.post('/api/cases', {
    sensitive: { names: [{ given: 'Ion', family: 'Rusu' }], birthDate: { kind: 'unknown' } },
    identity: { gender: 'Masculine', presumedMinor: true, unitCode: district },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const found = (indicatorId: string) => ({ indicatorId, source: 'child-interview', date: today });

describe('indicator set versions', () => {
  it('lists every version, the current one, and what awaits verification', async () => {
    const versions = await worker.get('/api/reference/screening-indicators/versions');
    expect(versions.status).toBe(200);
    expect(versions.body.current).toBe('ilo-ec-2009-children-v2');
    expect(versions.body.items.map((v: { version: string }) => v.version)).toEqual([
      'ilo-ec-2009-children-v1',
      'ilo-ec-2009-children-v2',
    ]);
    const [v1, v2] = versions.body.items;
    expect(v1.supersededBy).toBe('ilo-ec-2009-children-v2');
    expect(v2).toMatchObject({
      supersededBy: null,
      source: { reference: 'ILO WCMS_105023', edition: 'First published March 2009, revised September 2009' },
      wording: { en: 'original', uk: 'translated-not-reviewed' },
      lists: [
        { id: 'labour', basis: 'secondary', indicators: 65, toVerify: 65 },
        { id: 'sexual', basis: 'provisional', indicators: 65, toVerify: 65 },
      ],
    });
    expect(v2.havenIndicators).toBeGreaterThanOrEqual(9);
  });

  it('serves the current set by default and any published one on request; an unknown one is a 400', async () => {
    const current = await worker.get('/api/reference/screening-indicators');
    expect(current.body).toMatchObject({
      version: 'ilo-ec-2009-children-v2',
      identification: {
        exploitation: ['conditions'],
        notRequired: ['coercion-destination', 'vulnerability-destination'],
      },
    });
    expect(current.body.indicators[0]).toMatchObject({ source: { page: null, verify: true } });
    expect(current.body.havenIndicators.map((h: { id: string }) => h.id)).toContain('haven.out-of-school');
    const old = await worker.get('/api/reference/screening-indicators?version=ilo-ec-2009-children-v1');
    expect(old.body).toMatchObject({ version: 'ilo-ec-2009-children-v1', havenIndicators: [] });
    expect(old.body.indicators).toHaveLength(V1.indicators.length);
    const unknown = await worker.get('/api/reference/screening-indicators?version=ilo-ec-2009-children-v7');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0]).toMatchObject({ path: 'querystring.version' });
  });
});

describe('screening with the current set', () => {
  it('records Haven’s own items in either list, apart and uncounted, and audits ids and codes only', async () => {
    const id = await openCase();
    const screened = await worker.post(`/api/cases/${id}/screenings`, {
      list: 'sexual',
      indicatorSetVersion: 'ilo-ec-2009-children-v2',
      answers: [found('haven.sexual-exploitation'), found('haven.no-carer-at-destination')],
    });
    expect(screened.status).toBe(201);
    expect(screened.body).toMatchObject({
      indicatorSetVersion: 'ilo-ec-2009-children-v2',
      havenIndicatorIds: ['haven.sexual-exploitation', 'haven.no-carer-at-destination'],
      suggestion: { status: 'presumed', isDecision: false },
    });
    for (const dimension of screened.body.dimensions) expect(dimension.positive).toBe(false);
    expect(screened.body.suggestion.explanation).toContain('not counted by the ILO/EC rule');
    const audited = await server.ctx.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'case.screening.create')
      .where('entity_id', '=', screened.body.id)
      .executeTakeFirstOrThrow();
    expect(audited.details).toEqual({
      caseId: id,
      list: 'sexual',
      indicatorSetVersion: 'ilo-ec-2009-children-v2',
      indicators: 2,
      havenIndicators: 2,
      suggestion: 'presumed',
    });
  });

  it('refuses a form built from a superseded set, and an item only the old set had', async () => {
    const id = await openCase();
    const stale = await worker.post(`/api/cases/${id}/screenings`, {
      list: 'labour',
      indicatorSetVersion: 'ilo-ec-2009-children-v1',
      answers: [found('child-labour.deceptive.job')],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'indicator_set_superseded',
      details: { current: 'ilo-ec-2009-children-v2' },
    });
    const oldItem = await worker.post(`/api/cases/${id}/screenings`, {
      list: 'labour',
      answers: [found('child-labour.vulnerability.parental-care')],
    });
    expect(oldItem.status).toBe(400);
    expect(oldItem.body.error.details).toMatchObject([
      expect.objectContaining({ path: 'body.answers.0.indicatorId', code: 'unknown_indicator' }),
    ]);
    expect((await worker.get(`/api/cases/${id}/screenings`)).body.items).toEqual([]);
  });
});

describe('a screening made with v1', () => {
  it('is listed with its own version, grades, labels and wording, in the reader’s language', async () => {
    const id = await openCase();
    const answers = [
      {
        indicatorId: 'child-labour.conditions.hazardous',
        source: 'observation' as const,
        date: '2024-03-01',
      },
      {
        indicatorId: 'child-labour.conditions.no-education',
        source: 'observation' as const,
        date: '2024-03-01',
      },
      {
        indicatorId: 'child-labour.vulnerability.parental-care',
        source: 'guardian' as const,
        date: '2024-03-01',
      },
    ];
    const result = evaluateScreening(
      {
        answers: answers.map((a) => ({
          indicatorId: a.indicatorId,
          evidenceSource: a.source,
          observedOn: a.date,
        })),
        movementOrRecruitmentRecorded: true,
      },
      V1,
    );
    // As v1 stored it: no havenIndicatorIds field at all.
    const { havenIndicatorIds: _none, ...storedResult } = result;
    const screeningId = randomUUID();
    await insertScreening(server.ctx.database.db, {
      id: screeningId,
      caseId: id,
      list: 'labour',
      indicatorSetVersion: V1.version,
      answers: server.ctx.cipher.encrypt(JSON.stringify(answers), 'screenings.answers'),
      result: server.ctx.cipher.encrypt(JSON.stringify(storedResult), 'screenings.result'),
      suggestion: result.suggestion,
      screenedBy: workerId,
    });

    const listed = (await worker.get(`/api/cases/${id}/screenings`)).body.items;
    expect(listed).toHaveLength(1);
    const old = listed[0];
    expect(old).toMatchObject({
      id: screeningId,
      indicatorSetVersion: 'ilo-ec-2009-children-v1',
      havenIndicatorIds: [],
      suggestion: { status: 'identified-review', explanation: result.text },
    });
    const conditions = old.dimensions.find((d: { dimension: string }) => d.dimension === 'conditions');
    // v1 graded both strong; under v2 both are medium and the dimension would not be positive.
    expect(conditions).toMatchObject({ positive: true, counts: { strong: 2, medium: 0, weak: 0 } });
    expect(conditions.explanation).toContain('Hazardous work (harmful to health, safety or development)');

    expect((await worker.put('/api/me/preferences', { locale: 'uk' })).status).toBe(200);
    const inUkrainian = (await worker.get(`/api/cases/${id}/screenings`)).body.items[0];
    expect(inUkrainian.suggestion.explanation).toContain('Палермського протоколу');
    expect(
      inUkrainian.dimensions.find((d: { dimension: string }) => d.dimension === 'conditions').explanation,
    ).toContain('Небезпечна робота (шкідлива для здоров’я, безпеки чи розвитку)');
    await worker.put('/api/me/preferences', { locale: 'en' });
  });
});

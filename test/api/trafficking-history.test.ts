import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let worker: ApiClient;
let provider: ApiClient;
let district: string;

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  const w = await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId });
  const p = await makeUser(server.ctx, { role: 'provider', scope: 'agency', agencyId });
  worker = new ApiClient(server.url);
  provider = new ApiClient(server.url);
  await worker.login(w.username, w.password);
  await provider.login(p.username, p.password);
});
afterAll(() => server.close());

async function openCase(given: string) {
  const created = await worker.post('/api/cases', {
    sensitive: { names: [{ given, family: 'Коваль' }], birthDate: { kind: 'unknown' } },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: district },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const begging = {
  type: 'Exploitation',
  dateFrom: '2024-05',
  dateTo: '2024-09-15',
  country: 'PL',
  regionCode: 'PL-MZ',
  place: 'Підвал на вулиці Хмільній',
  exploitationTypes: ['ForcedBegging', 'ForcedCriminality'],
  labourIndustry: 'S',
  controlMethods: ['TakesEarnings', 'WithholdsDocuments'],
  apps: ['Telegram'],
  relationshipToTrafficker: 'Acquainted',
  durationDays: 120,
};

describe('trafficking history', () => {
  it('records, changes and removes events; derives the exploitation filter and cross-border flag', async () => {
    const id = await openCase('Олена');
    const recruitment = await worker.post(
      `/api/cases/${id}/events`,
      {
        type: 'Recruitment',
        dateFrom: '2024',
        country: 'UA',
        regionCode: 'UA-30',
        recruitmentMethods: ['ThroughOnlineSocialNetworks'],
        apps: ['TikTok'],
      },
      { 'idempotency-key': `event-${id}` },
    );
    expect(recruitment.status).toBe(201);
    expect(recruitment.headers.get('etag')).toBe('"1"');
    expect(recruitment.body).toMatchObject({ type: 'Recruitment', dateTo: null, place: null, version: 1 });
    const replay = await worker.post(
      `/api/cases/${id}/events`,
      {
        type: 'Recruitment',
        dateFrom: '2024',
        country: 'UA',
        regionCode: 'UA-30',
        recruitmentMethods: ['ThroughOnlineSocialNetworks'],
        apps: ['TikTok'],
      },
      { 'idempotency-key': `event-${id}` },
    );
    expect(replay.body.id).toBe(recruitment.body.id);

    let list = await worker.get(`/api/cases/${id}/events`);
    expect(list.body).toMatchObject({ crossBorder: false, exploitationTypes: [] });

    const exploitation = await worker.post(`/api/cases/${id}/events`, begging);
    expect(exploitation.status).toBe(201);
    list = await worker.get(`/api/cases/${id}/events`);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.crossBorder).toBe(true);
    expect(list.body.exploitationTypes).toEqual(['ForcedBegging', 'ForcedCriminality']);
    expect(list.body.items[1].place).toBe('Підвал на вулиці Хмільній');

    const filtered = await worker.get('/api/cases?exploitationType=ForcedBegging');
    expect(filtered.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect(filtered.body.items[0].exploitationTypes).toEqual(['ForcedBegging', 'ForcedCriminality']);

    const eventPath = `/api/cases/${id}/events/${exploitation.body.id}`;
    expect((await worker.patch(eventPath, { durationDays: 90 })).status).toBe(428);
    const changed = await worker.patch(
      eventPath,
      { exploitationTypes: ['ForcedMilitaryByNonStateActors'], labourIndustry: null },
      { 'if-match': '"1"' },
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, place: 'Підвал на вулиці Хмільній', durationDays: 120 });
    expect((await worker.patch(eventPath, { durationDays: 5 }, { 'if-match': '"1"' })).status).toBe(412);
    expect((await worker.get('/api/cases?exploitationType=ForcedBegging')).body.total).toBe(0);
    expect(
      (await worker.get('/api/cases?exploitationType=ForcedMilitaryByNonStateActors')).body.items[0].id,
    ).toBe(id);

    expect((await worker.request('DELETE', eventPath, { headers: { 'if-match': '"2"' } })).status).toBe(204);
    list = await worker.get(`/api/cases/${id}/events`);
    expect(list.body).toMatchObject({ crossBorder: false, exploitationTypes: [] });
    expect((await worker.request('DELETE', eventPath, { headers: { 'if-match': '"2"' } })).status).toBe(404);

    const log = await server.ctx.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'like', 'case.event%')
      .execute();
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'case.event.create',
        'case.event.update',
        'case.event.delete',
        'case.events.read',
      ]),
    );
    expect(JSON.stringify(log)).not.toContain('Хмільн');
  });

  it('answers bad input with 400 naming the field', async () => {
    const id = await openCase('Марія');
    const badEnum = await worker.post(`/api/cases/${id}/events`, {
      ...begging,
      exploitationTypes: ['Pickpocketing'],
    });
    expect(badEnum.status).toBe(400);
    expect(badEnum.body.error.code).toBe('validation_failed');
    expect(badEnum.body.error.details.map((d: { path: string }) => d.path)).toContain(
      'body.exploitationTypes.0',
    );
    const unknownField = await worker.post(`/api/cases/${id}/events`, { ...begging, victimName: 'x' });
    expect(unknownField.body.error.details).toMatchObject([
      {
        path: 'body.victimName',
        field: 'victimName',
        code: 'unknown_field',
        params: {},
        message: 'Unknown field.',
      },
    ]);
    const incoherent = await worker.post(`/api/cases/${id}/events`, {
      ...begging,
      dateFrom: '2024-02-30',
      dateTo: '2023',
      regionCode: 'UA-30',
      sexExploitationType: 'Pornography',
    });
    expect(incoherent.status).toBe(400);
    expect(incoherent.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'body.dateFrom',
      'body.regionCode',
      'body.sexExploitationType',
    ]);
    const badRange = await worker.post(`/api/cases/${id}/events`, { ...begging, dateTo: '2023-12' });
    expect(badRange.body.error.details).toMatchObject([
      { path: 'body.dateTo', code: expect.any(String), message: 'The event ends before it starts.' },
    ]);
    const noTypes = await worker.post(`/api/cases/${id}/events`, { ...begging, exploitationTypes: [] });
    expect(noTypes.body.error.details[0].path).toBe('body.exploitationTypes');
  });

  it('keeps events from roles without the exploitation field group, and out-of-scope cases hidden', async () => {
    const id = await openCase('Софія');
    expect((await provider.get(`/api/cases/${id}/events`)).status).toBe(403);
    const stranger = new ApiClient(server.url);
    const other = await makeUser(server.ctx, { role: 'caseworker', scope: 'own' });
    await stranger.login(other.username, other.password);
    expect((await stranger.get(`/api/cases/${id}/events`)).status).toBe(404);
    expect((await stranger.post(`/api/cases/${id}/events`, begging)).status).toBe(404);
  });

  it('stores nothing readable: the place is ciphertext in the row', async () => {
    const id = await openCase('Дарина');
    await worker.post(`/api/cases/${id}/events`, begging);
    const rows = await server.ctx.database.db
      .selectFrom('trafficking_events')
      .selectAll()
      .where('case_id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('Хмільн');
    expect(rows[0]!.place).toMatch(/^v1\./);
  });
});

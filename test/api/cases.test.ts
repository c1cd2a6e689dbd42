import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let agencyId: string;
let district: string;
let worker: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  const account = await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId });
  worker = new ApiClient(server.url);
  await worker.login(account.username, account.password);
});
afterAll(() => server.close());

function newCase(given: string, family: string, birth = '2011-04-03', extra: Record<string, unknown> = {}) {
  return {
    sensitive: {
      names: [{ given, family, kind: 'original' }],
      birthDate: { kind: 'exact', date: birth },
      documents: [{ type: 'birth-certificate', number: 'І-КИ 123456' }],
      contacts: [{ kind: 'phone', value: '+380 67 000 00 00' }],
    },
    identity: {
      gender: 'Masculine',
      presumedMinor: true,
      unitCode: district,
      languages: ['ukr'],
      citizenships: ['UA'],
    },
    ...extra,
  };
}

describe('case file', () => {
  it('opens a case with a pseudonymous code, keeps names out of the file until revealed, and audits the reveal', async () => {
    const created = await worker.post('/api/cases', newCase('Олександр', 'Гордейчук'));
    expect(created.status).toBe(201);
    expect(created.body.code).toMatch(/^UA-\d{4}-\d{6}$/);
    expect(created.body.stage).toBe('screening');
    expect(created.body.ageBand).toBe('14-17');
    expect(JSON.stringify(created.body)).not.toContain('Олександр');
    const file = await worker.get(`/api/cases/${created.body.id}`);
    expect(file.headers.get('etag')).toBe('"1"');
    expect(JSON.stringify(file.body)).not.toContain('Гордейчук');
    const revealed = await worker.post(`/api/cases/${created.body.id}/reveal`);
    expect(revealed.status).toBe(200);
    expect(revealed.body.names[0]).toMatchObject({ given: 'Олександр', family: 'Гордейчук' });
    const log = await server.ctx.database.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity_id', '=', created.body.id)
      .execute();
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['case.create', 'case.read', 'case.identity.reveal']),
    );
  });

  it('finds the child whatever script or transliteration is typed', async () => {
    const created = await worker.post('/api/cases', newCase('Дмитро', 'Коваленко', '2012-09-09'));
    expect(created.status).toBe(201);
    for (const query of [
      'Дмитро Коваленко',
      'Dmytro Kovalenko',
      'Dmitriy',
      'Dumitru Covalenco',
      'Дзмітрый',
      'kovalenko',
    ]) {
      const found = await worker.get(`/api/cases?q=${encodeURIComponent(query)}`);
      expect(found.status, query).toBe(200);
      expect(
        found.body.items.map((c: { id: string }) => c.id),
        query,
      ).toContain(created.body.id);
    }
    for (const query of ['Gordeiciuc', 'Gordeychuk', 'Aleksandr Gordeichuk', 'Alexandru']) {
      const found = await worker.get(`/api/cases?q=${encodeURIComponent(query)}`);
      expect(found.body.items.length, query).toBeGreaterThan(0);
    }
    const none = await worker.get(`/api/cases?q=${encodeURIComponent('Zhanna Melnyk')}`);
    expect(none.body.items.map((c: { id: string }) => c.id)).not.toContain(created.body.id);
  });

  it('shows possible duplicates before saving, and saves once the worker confirms', async () => {
    const first = await worker.post('/api/cases', newCase('Марія', 'Шевченко', '2013-02-14'));
    expect(first.status).toBe(201);
    const check = await worker.post('/api/cases/duplicate-check', {
      sensitive: {
        names: [{ given: 'Mariia', family: 'Shevchenko' }],
        birthDate: { kind: 'exact', date: '2013-02-14' },
      },
    });
    expect(check.status).toBe(200);
    expect(check.body.candidates[0].caseId).toBe(first.body.id);
    expect(JSON.stringify(check.body)).not.toMatch(/Шевченко|Shevchenko/);
    const again = await worker.post('/api/cases', {
      ...newCase('Maria', 'Şevcenco', '2013-02-14'),
      identity: { ...newCase('', '').identity, gender: 'Feminine' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('possible_duplicates');
    expect(again.body.error.details.candidates[0].code).toBe(first.body.code);
    const confirmed = await worker.post('/api/cases', {
      ...newCase('Maria', 'Şevcenco', '2013-02-14'),
      duplicatesReviewed: true,
    });
    expect(confirmed.status).toBe(201);
  });

  it('keeps nothing identifying readable in the database', async () => {
    const created = await worker.post('/api/cases', newCase('Аляксандр', 'Лукашевіч', '2010-01-01'));
    const dump = await sql<{
      row: string;
    }>`select row_to_json(c)::text as row from cases c where id = ${created.body.id}`.execute(
      server.ctx.database.db,
    );
    const text = dump.rows[0]!.row;
    for (const secret of [
      'Аляксандр',
      'Лукашевіч',
      'aliaksandr',
      'lukashevich',
      '2010-01-01',
      '123456',
      '+380',
      '000 00 00',
    ])
      expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
  });

  it('needs If-Match to change a case: 428 without, 412 when stale, one of two writers wins', async () => {
    const created = await worker.post('/api/cases', newCase('Іван', 'Петренко', '2014-06-01'));
    const path = `/api/cases/${created.body.id}`;
    expect((await worker.patch(path, { identity: { disability: 'hearing' } })).status).toBe(428);
    const [a, b] = await Promise.all([
      worker.patch(path, { identity: { disability: 'hearing' } }, { 'if-match': '"1"' }),
      worker.patch(
        path,
        { sensitive: { birthDate: { kind: 'estimated', from: '2013-01-01', to: '2014-12-31' } } },
        { 'if-match': '"1"' },
      ),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const bad = await worker.patch(path, { identity: { gender: 'Boy' } }, { 'if-match': '"2"' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('body.identity.gender');
  });

  it('hides cases outside the caller’s scope, from another agency or district', async () => {
    const created = await worker.post('/api/cases', newCase('Олена', 'Бондар', '2012-12-12'));
    const otherAgency = await makeAgency(server.ctx, { unitCodes: [firstDistrictOf('UA-46')] });
    const outsider = await makeUser(server.ctx, {
      role: 'caseworker',
      scope: 'agency',
      agencyId: otherAgency,
    });
    const police = await makeUser(server.ctx, {
      role: 'police',
      scope: 'district',
      unitCode: firstDistrictOf('UA-46'),
      agencyId: otherAgency,
    });
    const analyst = await makeUser(server.ctx, { role: 'analyst', scope: 'country', agencyId: otherAgency });
    for (const account of [outsider, police]) {
      const client = new ApiClient(server.url);
      await client.login(account.username, account.password);
      expect((await client.get(`/api/cases/${created.body.id}`)).status).toBe(404);
      expect((await client.post(`/api/cases/${created.body.id}/reveal`)).status).toBe(404);
      expect(
        (
          await client.patch(
            `/api/cases/${created.body.id}`,
            { identity: { disability: 'x' } },
            { 'if-match': '"1"' },
          )
        ).status,
      ).toBe(404);
      const list = await client.get('/api/cases?pageSize=100');
      expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(created.body.id);
    }
    const client = new ApiClient(server.url);
    await client.login(analyst.username, analyst.password);
    expect((await client.get('/api/cases')).status).toBe(403);
    const localPolice = await makeUser(server.ctx, {
      role: 'police',
      scope: 'district',
      unitCode: district,
      agencyId: otherAgency,
    });
    const inDistrict = new ApiClient(server.url);
    await inDistrict.login(localPolice.username, localPolice.password);
    expect((await inDistrict.get(`/api/cases/${created.body.id}`)).status).toBe(200);
  });

  it('filters and pages the list', async () => {
    const all = await worker.get('/api/cases?pageSize=2');
    expect(all.body.items).toHaveLength(2);
    expect(all.body.total).toBeGreaterThan(2);
    const girls = await worker.get('/api/cases?gender=Feminine&pageSize=100');
    expect(girls.body.items.every((c: { gender: string }) => c.gender === 'Feminine')).toBe(true);
    const teens = await worker.get('/api/cases?ageBand=14-17&pageSize=100');
    expect(teens.body.items.every((c: { ageBand: string }) => c.ageBand === '14-17')).toBe(true);
    const region = await worker.get('/api/cases?regionCode=UA-30&stage=screening&owner=me');
    expect(region.body.total).toBe(all.body.total);
    expect((await worker.get('/api/cases?regionCode=UA-46')).body.total).toBe(0);
    expect((await worker.get('/api/cases?ageBand=teen')).status).toBe(400);
  });
});

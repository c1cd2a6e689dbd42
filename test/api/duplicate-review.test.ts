import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let worker: ApiClient;
let supervisor: ApiClient;
let district: string;

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  const w = await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId });
  const s = await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId });
  worker = new ApiClient(server.url);
  supervisor = new ApiClient(server.url);
  await worker.login(w.username, w.password);
  await supervisor.login(s.username, s.password);
});
afterAll(() => server.close());

const child = (given: string, family: string, date: string, gender = 'Feminine') => ({
  sensitive: { names: [{ given, family }], birthDate: { kind: 'exact', date } },
  identity: { gender, presumedMinor: true, unitCode: district },
  duplicatesReviewed: true,
});

describe('duplicate review queue', () => {
  it('queues pairs, shows both records side by side, merges reversibly, and keeps distinct pairs apart', async () => {
    const a = (await worker.post('/api/cases', child('Анастасія', 'Гончаренко', '2012-03-08'))).body;
    const b = (await worker.post('/api/cases', child('Anastasiia', 'Honcharenko', '2012-03-08'))).body;
    const c = (await worker.post('/api/cases', child('Nastia', 'Goncharenko', '2012-08-03'))).body;
    expect((await worker.get('/api/duplicates')).status).toBe(403);

    const scan = await supervisor.post('/api/duplicates/scan');
    expect(scan.status).toBe(200);
    expect(scan.body.scanned).toBeGreaterThanOrEqual(3);
    const queue = await supervisor.get('/api/duplicates');
    const pair = queue.body.items.find(
      (p: { caseA: { id: string }; caseB: { id: string } }) =>
        [p.caseA.id, p.caseB.id].sort().join() === [a.id, b.id].sort().join(),
    );
    expect(pair).toBeDefined();
    expect(pair.classification).toBe('probable');
    expect(JSON.stringify(queue.body)).not.toMatch(/Гончаренко|Honcharenko/);

    const side = await supervisor.get(`/api/duplicates/${pair.id}`);
    expect(side.body.identityA.names[0].family + side.body.identityB.names[0].family).toMatch(
      /Гончаренко.*Honcharenko|Honcharenko.*Гончаренко/,
    );
    const reveals = await server.ctx.database.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'case.identity.reveal')
      .execute();
    expect(reveals.map((r) => r.entity_id)).toEqual(expect.arrayContaining([a.id, b.id]));

    const merged = await supervisor.post(
      `/api/duplicates/${pair.id}/merge`,
      { keepCaseId: a.id },
      { 'if-match': side.headers.get('etag')! },
    );
    expect(merged.status).toBe(200);
    expect(merged.body.status).toBe('merged');
    expect((await worker.get(`/api/cases/${b.id}`)).body.mergedInto).toBe(a.id);
    const list = await worker.get('/api/cases?pageSize=100');
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(b.id);
    // The kept case is now found by the merged record's spelling too.
    expect(
      (await worker.get('/api/cases?q=Honcharenko')).body.items.map((i: { id: string }) => i.id),
    ).toContain(a.id);

    const undone = await supervisor.post(
      `/api/duplicates/${pair.id}/reopen`,
      {},
      { 'if-match': merged.headers.get('etag')! },
    );
    expect(undone.body.status).toBe('open');
    expect((await worker.get(`/api/cases/${b.id}`)).body.mergedInto).toBeNull();
    expect(
      (await worker.get('/api/cases?pageSize=100')).body.items.map((i: { id: string }) => i.id),
    ).toContain(b.id);

    const distinct = await supervisor.post(
      `/api/duplicates/${pair.id}/distinct`,
      {},
      { 'if-match': undone.headers.get('etag')! },
    );
    expect(distinct.body.status).toBe('distinct');
    const stale = await supervisor.post(
      `/api/duplicates/${pair.id}/reopen`,
      {},
      { 'if-match': undone.headers.get('etag')! },
    );
    expect(stale.status).toBe(412);
    const actions = (
      await server.ctx.database.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', pair.id)
        .execute()
    ).map((r) => r.action);
    expect(actions).toEqual(['duplicates.merge', 'duplicates.reopen', 'duplicates.distinct']);
    void c;
  });

  it('queues the candidates when a worker saves a case despite possible duplicates', async () => {
    const first = (await worker.post('/api/cases', child('Богдан', 'Кравчук', '2011-11-11', 'Masculine')))
      .body;
    const second = (await worker.post('/api/cases', child('Bohdan', 'Kravchuk', '2011-11-11', 'Masculine')))
      .body;
    const queue = await supervisor.get('/api/duplicates');
    const ids = queue.body.items.map((p: { caseA: { id: string }; caseB: { id: string } }) =>
      [p.caseA.id, p.caseB.id].sort().join(),
    );
    expect(ids).toContain([first.id, second.id].sort().join());
  });
});

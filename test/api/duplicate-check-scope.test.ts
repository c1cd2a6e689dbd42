import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Issue 10, defect 2: the duplicate check (and the 409 of POST /api/cases) answered, for any child of the
// country, the case id, code, district, age band and a birth-date comparison. A match outside the
// caller's reach is now only said to exist; its owning supervisors are told; every check is audited.

let server: TestServer;
let ownCaseId: string;
let ownCaseCode: string;
let ownSupervisor: ApiClient;
let otherSupervisor: ApiClient;
let outsider: ApiClient;
let outsiderId: string;
let colleague: ApiClient;

const CHILD = {
  names: [{ given: 'Мирослава', family: 'Ткачук' }],
  birthDate: { kind: 'exact', date: '2012-06-21' },
};
const LOOKALIKE = {
  names: [{ given: 'Myroslava', family: 'Tkachuk' }],
  birthDate: { kind: 'exact', date: '2012-06-21' },
};

async function signedIn(account: { username: string; password: string }) {
  const client = new ApiClient(server.url);
  expect((await client.login(account.username, account.password)).status).toBe(200);
  return client;
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  const ownDistrict = firstDistrictOf('UA-30');
  const ownAgency = await makeAgency(server.ctx, { unitCodes: [ownDistrict] });
  const otherAgency = await makeAgency(server.ctx, { unitCodes: [firstDistrictOf('UA-46')] });
  const owner = await signedIn(await makeUser(server.ctx, { role: 'caseworker', agencyId: ownAgency }));
  colleague = await signedIn(await makeUser(server.ctx, { role: 'caseworker', agencyId: ownAgency }));
  ownSupervisor = await signedIn(await makeUser(server.ctx, { role: 'supervisor', agencyId: ownAgency }));
  otherSupervisor = await signedIn(await makeUser(server.ctx, { role: 'supervisor', agencyId: otherAgency }));
  const outsiderAccount = await makeUser(server.ctx, { role: 'caseworker', agencyId: otherAgency });
  outsiderId = outsiderAccount.id;
  outsider = await signedIn(outsiderAccount);
  const created = await owner.post('/api/cases', {
    sensitive: CHILD,
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: ownDistrict },
  });
  expect(created.status).toBe(201);
  ownCaseId = created.body.id;
  ownCaseCode = created.body.code;
});
afterAll(() => server.close());

async function checksBy(userId: string) {
  return server.ctx.database.db
    .selectFrom('audit_log')
    .select(['action', 'details'])
    .where('actor_id', '=', userId)
    .where('action', '=', 'case.duplicate-check')
    .orderBy('seq')
    .execute();
}

async function followUps(client: ApiClient) {
  const list = await client.get('/api/notifications?pageSize=100');
  expect(list.status).toBe(200);
  return list.body.items.filter((item: { kind: string }) => item.kind === 'cases.duplicate-outside-reach');
}

describe('duplicate check within reach', () => {
  it('shows a match in reach as before', async () => {
    const check = await colleague.post('/api/cases/duplicate-check', { sensitive: LOOKALIKE });
    expect(check.status).toBe(200);
    expect(check.body.candidates[0]).toMatchObject({ caseId: ownCaseId, code: ownCaseCode });
    expect(check.body.possibleMatchOutsideReach).toBe(false);
  });

  it('says only that a match exists outside reach: no id, code, place, age or date signal', async () => {
    const check = await outsider.post('/api/cases/duplicate-check', { sensitive: LOOKALIKE });
    expect(check.status).toBe(200);
    expect(check.body).toEqual({ candidates: [], possibleMatchOutsideReach: true });
    const unrelated = await outsider.post('/api/cases/duplicate-check', {
      sensitive: { names: [{ given: 'Зиновій', family: 'Безрідний' }], birthDate: { kind: 'unknown' } },
    });
    expect(unrelated.body).toEqual({ candidates: [], possibleMatchOutsideReach: false });
  });

  it('refuses the create with the same answer, and saves once the worker confirms', async () => {
    const body = {
      sensitive: LOOKALIKE,
      identity: { gender: 'Feminine', presumedMinor: true, unitCode: firstDistrictOf('UA-46') },
    };
    const refused = await outsider.post('/api/cases', body);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('possible_duplicates');
    expect(refused.body.error.details).toEqual({ candidates: [], possibleMatchOutsideReach: true });
    expect(JSON.stringify(refused.body)).not.toContain(ownCaseId);
    expect(JSON.stringify(refused.body)).not.toContain(ownCaseCode);
    const saved = await outsider.post('/api/cases', { ...body, duplicatesReviewed: true });
    expect(saved.status).toBe(201);
  });

  it('audits every check with counts and ids shown, never a name, even the refused create', async () => {
    const rows = await checksBy(outsiderId);
    expect(rows.map((row) => row.details.context)).toEqual([
      'check',
      'check',
      'create-refused',
      'create-confirmed',
    ]);
    expect(rows[0]!.details).toMatchObject({ inReach: 0, outsideReach: 1, ids: [] });
    expect(rows[1]!.details).toMatchObject({ inReach: 0, outsideReach: 0 });
    expect(JSON.stringify(rows)).not.toMatch(/Myroslava|Tkachuk|Мирослава|2012-06-21/);
  });

  it('tells the owning supervisor once per match until read, and nobody else', async () => {
    const mine = await followUps(ownSupervisor);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ caseId: ownCaseId, subjectType: 'case', subjectId: ownCaseId });
    expect(await followUps(otherSupervisor)).toEqual([]);
  });
});

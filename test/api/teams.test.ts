// Multidisciplinary teams that span agencies: a coordinator convenes a team of workers from several
// agencies; a case given to the team is reached by every member through their own role — in the case
// file, the case list, the inbox and the dashboard alike (one SQL reach, case-reach.repository.ts) —
// and by nobody else; leaving the team takes the access away; nobody changes a team they sit on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let district: string;
let caseId: string;
const ids: Record<string, string> = {};
const as: Record<string, ApiClient> = {};

async function signedIn(name: string, options: Parameters<typeof makeUser>[1]) {
  const user = await makeUser(server.ctx, options);
  ids[name] = user.id;
  as[name] = new ApiClient(server.url);
  await as[name].login(user.username, user.password);
}

const etagOf = async (client: ApiClient, path: string) => (await client.get(path)).headers.get('etag')!;

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const owning = await makeAgency(server.ctx, { unitCodes: [district] });
  const shelter = await makeAgency(server.ctx, { unitCodes: [district] });
  const police = await makeAgency(server.ctx, { unitCodes: [district], kind: 'juvenile-police' });
  await signedIn('supervisor', { role: 'supervisor', scope: 'agency', agencyId: owning });
  await signedIn('shelterWorker', { role: 'caseworker', scope: 'own', agencyId: shelter });
  await signedIn('officer', { role: 'police', scope: 'own', agencyId: police });
  await signedIn('outsider', { role: 'caseworker', scope: 'agency', agencyId: shelter });
  await signedIn('coordinator', { role: 'localcoord', scope: 'region', unitCode: 'UA-30' });
  await signedIn('admin', { role: 'admin', scope: 'country', agencyId: null });
  const created = await as.supervisor!.post('/api/cases', {
    sensitive: { names: [{ given: 'Дарина', family: 'Коваль' }], birthDate: { kind: 'unknown' } },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: district },
  });
  expect(created.status).toBe(201);
  caseId = created.body.id;
});
afterAll(() => server.close());

const reaches = async (who: string) => {
  const file = await as[who]!.get(`/api/cases/${caseId}`);
  const list = await as[who]!.get('/api/cases?pageSize=100');
  const listed = list.status === 200 && list.body.items.some((c: { id: string }) => c.id === caseId);
  return { file: file.status, listed, fieldGroups: file.body.fieldGroups as string[] | undefined };
};

describe('teams that span agencies', () => {
  let teamId: string;
  let teamVersion: number;

  it('is convened by the coordinator of the place, never by the administrator, never with oneself', async () => {
    const body = {
      name: 'Obolon local team',
      unitCode: district,
      memberIds: [ids.shelterWorker, ids.officer],
    };
    expect((await as.admin!.post('/api/teams', body)).status).toBe(403);
    expect((await as.supervisor!.post('/api/teams', body)).status).toBe(403);
    const withSelf = await as.coordinator!.post('/api/teams', {
      ...body,
      memberIds: [...body.memberIds, ids.coordinator],
    });
    expect(withSelf.status).toBe(403);
    expect(withSelf.body.error.code).toBe('own_grants');
    const unknownPlace = await as.coordinator!.post('/api/teams', { ...body, unitCode: 'UA-99-nowhere' });
    expect(unknownPlace.status).toBe(400);
    expect(unknownPlace.body.error.details[0].path).toBe('body.unitCode');
    const created = await as.coordinator!.post('/api/teams', body);
    expect(created.status).toBe(201);
    expect(created.body.members.map((m: { userId: string }) => m.userId).sort()).toEqual(
      [ids.shelterWorker, ids.officer].sort(),
    );
    teamId = created.body.id;
    teamVersion = created.body.version;
    expect((await as.coordinator!.post('/api/teams', body)).status).toBe(409);
  });

  it('reaches nobody outside the owning agency before the case is given to the team', async () => {
    expect((await reaches('shelterWorker')).file).toBe(404);
    expect((await reaches('officer')).file).toBe(404);
    expect((await reaches('shelterWorker')).listed).toBe(false);
  });

  it('gives the case to the team under its version; members reach it through their own roles', async () => {
    const path = `/api/cases/${caseId}/team`;
    // Giving a case to a team is a transfer-level decision: a caseworker may not (the route refuses).
    expect((await as.shelterWorker!.put(path, { teamId })).status).toBe(403);
    const stale = await as.supervisor!.put(path, { teamId }, { 'if-match': '"0"' });
    expect(stale.status).toBe(412);
    const given = await as.supervisor!.put(
      path,
      { teamId },
      { 'if-match': await etagOf(as.supervisor!, `/api/cases/${caseId}`) },
    );
    expect(given.status).toBe(200);
    expect((await as.supervisor!.get(`/api/cases/${caseId}`)).body.ownerTeamId).toBe(teamId);

    const worker = await reaches('shelterWorker');
    expect(worker).toMatchObject({ file: 200, listed: true });
    expect(worker.fieldGroups).toContain('health');
    // The police officer is a member too, but a police role reads no health data, team or not.
    const officer = await reaches('officer');
    expect(officer).toMatchObject({ file: 200, listed: true });
    expect(officer.fieldGroups).not.toContain('health');
    // A colleague of the shelter worker who is not on the team reaches nothing.
    expect(await reaches('outsider')).toMatchObject({ file: 404, listed: false });
    // Reaching is not deciding: a caseworker on the team cannot approve closures or transfer.
    expect(
      (
        await as.shelterWorker!.put(
          path,
          { teamId: null },
          { 'if-match': await etagOf(as.shelterWorker!, `/api/cases/${caseId}`) },
        )
      ).status,
    ).toBe(403);
  });

  it('offers the coordinator the staff of every agency as members, never the coordinator', async () => {
    const offered = await as.coordinator!.get('/api/teams/member-candidates');
    expect(offered.status).toBe(200);
    const offeredIds = offered.body.items.map((c: { userId: string }) => c.userId);
    expect(offeredIds).toEqual(expect.arrayContaining([ids.shelterWorker, ids.officer, ids.supervisor]));
    expect(offeredIds).not.toContain(ids.coordinator);
    expect((await as.supervisor!.get('/api/teams/member-candidates')).status).toBe(403);
  });

  it('shows the team to those of its area, with members from several agencies', async () => {
    const seen = await as.supervisor!.get('/api/teams');
    expect(seen.status).toBe(200);
    expect(seen.body.items.map((t: { id: string }) => t.id)).toContain(teamId);
    expect((await as.outsider!.get('/api/teams')).status).toBe(403);
  });

  it('takes the access away when a member leaves; a member cannot change the team', async () => {
    const path = `/api/teams/${teamId}/members`;
    const stale = await as.coordinator!.put(
      path,
      { memberIds: [ids.officer] },
      { 'if-match': `"${teamVersion + 5}"` },
    );
    expect(stale.status).toBe(412);
    const changed = await as.coordinator!.put(
      path,
      { memberIds: [ids.officer] },
      { 'if-match': `"${teamVersion}"` },
    );
    expect(changed.status).toBe(200);
    expect(await reaches('shelterWorker')).toMatchObject({ file: 404, listed: false });
    expect((await reaches('officer')).file).toBe(200);
  });

  it('audits every change with ids, never names', async () => {
    const rows = await server.ctx.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'in', ['team.create', 'team.members', 'case.team'])
      .orderBy('seq')
      .execute();
    expect(rows.map((row) => row.action)).toEqual(['team.create', 'case.team', 'team.members']);
    expect(rows[2]?.details).toMatchObject({ removed: [ids.shelterWorker], added: [] });
    expect(JSON.stringify(rows)).not.toMatch(/Test caseworker|Коваль/);
  });
});

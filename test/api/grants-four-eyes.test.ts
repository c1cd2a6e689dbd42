import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdministrator } from '../../src/server/users/create-admin.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Issue 10, defect 1: administrators cannot give themselves (or anyone) case data alone.

let server: TestServer;
let agencyId: string;
let otherAgencyId: string;
const clients: Record<string, ApiClient> = {};
const ids: Record<string, string> = {};
const district = firstDistrictOf('UA-30');

async function signIn(name: string, account: { id: string; username: string; password: string }) {
  const client = new ApiClient(server.url);
  expect((await client.login(account.username, account.password)).status).toBe(200);
  clients[name] = client;
  ids[name] = account.id;
}

const grant = (role: string, scope: string, unitCode: string | null = null) => ({ role, scope, unitCode });
const newAccount = (username: string, roles: unknown[], agency = agencyId) => ({
  username,
  displayName: 'Test Account',
  agencyId: agency,
  roles,
  password: 'a-long-and-unusual-passphrase',
});

async function account(who: string, id: string) {
  const response = await clients[who]!.get(`/api/admin/users/${id}`);
  expect(response.status).toBe(200);
  return response.body;
}

const decide = (who: string, approval: { approvalId: string; version: number }, decision = 'approved') =>
  clients[who]!.post(
    `/api/approvals/${approval.approvalId}/decision`,
    decision === 'approved' ? { decision } : { decision, reason: 'Not needed for this post.' },
    { 'if-match': `"${approval.version}"` },
  );

async function notificationKinds(userId: string) {
  const rows = await server.ctx.database.db
    .selectFrom('notifications')
    .select('kind')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((row) => row.kind);
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  otherAgencyId = await makeAgency(server.ctx, { unitCodes: [firstDistrictOf('UA-46')] });
  await signIn('countryA', await makeUser(server.ctx, { role: 'admin', scope: 'country', agencyId: null }));
  await signIn('countryB', await makeUser(server.ctx, { role: 'admin', scope: 'country', agencyId: null }));
  await signIn('agencyAdmin', await makeUser(server.ctx, { role: 'admin', scope: 'agency', agencyId }));
  await signIn(
    'districtAdmin',
    await makeUser(server.ctx, { role: 'admin', scope: 'district', unitCode: district, agencyId }),
  );
});
afterAll(() => server.close());

describe('grants under four eyes', () => {
  it('refuses any change of one’s own grants or agency (403 own_grants), even to a country administrator', async () => {
    for (const who of ['countryA', 'agencyAdmin']) {
      const me = await account(who, ids[who]!);
      const widen = await clients[who]!.patch(
        `/api/admin/users/${ids[who]}`,
        { roles: [...me.roles, grant('coordinator', 'country')] },
        { 'if-match': `"${me.version}"` },
      );
      expect(widen.status).toBe(403);
      expect(widen.body.error.code).toBe('own_grants');
      expect(widen.body.error.message).toMatch(/another administrator/);
    }
    const me = await account('agencyAdmin', ids.agencyAdmin!);
    const move = await clients.agencyAdmin!.patch(
      `/api/admin/users/${ids.agencyAdmin}`,
      { agencyId: otherAgencyId },
      { 'if-match': `"${me.version}"` },
    );
    expect([403, 404]).toContain(move.status);
    const rename = await clients.agencyAdmin!.patch(
      `/api/admin/users/${ids.agencyAdmin}`,
      { displayName: 'Renamed Admin', roles: me.roles },
      { 'if-match': `"${me.version}"` },
    );
    expect(rename.status).toBe(200);
    expect((await account('agencyAdmin', ids.agencyAdmin!)).roles).toEqual(me.roles);
  });

  it('an agency administrator grants only up to their agency: no supervisor:country, no admin:district', async () => {
    for (const roles of [[grant('supervisor', 'country')], [grant('admin', 'district', district)]]) {
      const created = await clients.agencyAdmin!.post(
        '/api/admin/users',
        newAccount(`wide.${roles[0]!.role}`, roles),
      );
      expect(created.status).toBe(403);
      expect(created.body.error.code).toBe('grant_beyond_scope');
    }
    const district46 = await clients.districtAdmin!.post(
      '/api/admin/users',
      newAccount('far.away', [grant('police', 'district', firstDistrictOf('UA-46'))]),
    );
    expect(district46.status).toBe(403);
    expect(district46.body.error.code).toBe('grant_beyond_scope');
  });

  it('a case-reading grant waits for a second administrator; the requester and the account may not approve', async () => {
    const created = await clients.countryA!.post(
      '/api/admin/users',
      newAccount('new.worker', [grant('caseworker', 'agency'), grant('analyst', 'agency')]),
    );
    expect(created.status).toBe(201);
    // What opens no case data is in force at once; the whole set waits.
    expect(created.body.roles).toEqual([grant('analyst', 'agency')]);
    expect(created.body.pendingGrants.roles).toEqual([
      grant('caseworker', 'agency'),
      grant('analyst', 'agency'),
    ]);
    expect(created.body.pendingGrants.mayDecide).toBe(false);
    const worker = new ApiClient(server.url);
    await worker.login('new.worker', 'a-long-and-unusual-passphrase');
    // A new account chooses its own password first (issue 10, defect 8).
    expect(
      (
        await worker.post('/api/auth/password', {
          currentPassword: 'a-long-and-unusual-passphrase',
          newPassword: 'the-new-workers-own-passphrase',
        })
      ).status,
    ).toBe(204);
    expect((await worker.get('/api/cases')).status).toBe(403);

    const own = await decide('countryA', created.body.pendingGrants);
    expect(own.status).toBe(409);
    expect(own.body.error.code).toBe('four_eyes');
    const pending = await account('countryB', created.body.id);
    expect(pending.pendingGrants.mayDecide).toBe(true);
    const listed = await clients.countryB!.get('/api/approvals?kind=grant-change');
    expect(
      listed.body.items.find((a: { id: string }) => a.id === pending.pendingGrants.approvalId),
    ).toMatchObject({
      caseId: null,
      accountId: created.body.id,
      accountName: 'Test Account',
      mayDecide: true,
    });
    const approved = await decide('countryB', pending.pendingGrants);
    expect(approved.status).toBe(200);
    const after = await account('countryA', created.body.id);
    expect(after.roles).toEqual(
      expect.arrayContaining([grant('caseworker', 'agency'), grant('analyst', 'agency')]),
    );
    expect(after.pendingGrants).toBeNull();
    expect((await worker.get('/api/cases')).status).toBe(200);
    expect(await notificationKinds(created.body.id)).toEqual(
      expect.arrayContaining(['grants.pending', 'grants.approved']),
    );
    const audited = await server.ctx.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', created.body.id)
      .execute();
    expect(audited.map((row) => row.action)).toEqual(
      expect.arrayContaining(['user.create', 'user.grants.change', 'user.grants.approve']),
    );
  });

  it('the account itself cannot approve its own pending grant, and a narrower administrator cannot approve a wider grant', async () => {
    const target = await makeUser(server.ctx, { role: 'admin', scope: 'agency', agencyId });
    const targetClient = new ApiClient(server.url);
    await targetClient.login(target.username, target.password);
    const before = await account('countryA', target.id);
    const widened = await clients.countryA!.patch(
      `/api/admin/users/${target.id}`,
      { roles: [grant('admin', 'agency'), grant('coordinator', 'country')] },
      { 'if-match': `"${before.version}"` },
    );
    expect(widened.status).toBe(200);
    expect(widened.body.roles).toEqual([grant('admin', 'agency')]);
    const pending = widened.body.pendingGrants;
    const self = await targetClient.post(
      `/api/approvals/${pending.approvalId}/decision`,
      { decision: 'approved' },
      { 'if-match': `"${pending.version}"` },
    );
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('four_eyes');
    const narrow = await decide('districtAdmin', pending);
    expect(narrow.status).toBe(403);
    expect(narrow.body.error.code).toBe('grant_beyond_scope');
    expect((await account('districtAdmin', target.id)).pendingGrants.mayDecide).toBe(false);
    const rejected = await decide('countryB', pending, 'rejected');
    expect(rejected.status).toBe(200);
    expect((await account('countryA', target.id)).roles).toEqual([grant('admin', 'agency')]);
    expect(await notificationKinds(target.id)).toEqual(expect.arrayContaining(['grants.rejected']));
  });

  it('moving an account with case-reading grants to another agency holds them until approved', async () => {
    const worker = await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId });
    const before = await account('countryA', worker.id);
    const moved = await clients.countryA!.patch(
      `/api/admin/users/${worker.id}`,
      { agencyId: otherAgencyId },
      { 'if-match': `"${before.version}"` },
    );
    expect(moved.status).toBe(200);
    expect(moved.body.roles).toEqual([]);
    expect(moved.body.pendingGrants.roles).toEqual([grant('caseworker', 'agency')]);
  });

  it('the command line creates only the first two country administrators', async () => {
    // Two country administrators exist already (countryA, countryB).
    const third = await createAdministrator(server.ctx, {
      username: 'third.admin',
      displayName: 'Third',
      password: 'a-long-and-unusual-passphrase',
    });
    expect(third.ok).toBe(false);
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFirstChainBreak } from '../../src/server/audit/audit.repository.ts';
import { makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
});
afterAll(() => server.close());

async function entries() {
  return server.ctx.database.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
}

describe('audit log', () => {
  it('records sign-ins (success and failure), reads of personal data and writes, with ids only', async () => {
    const agencyId = await makeAgency(server.ctx, { unitCodes: ['UA-30'] });
    const admin = await makeUser(server.ctx, { role: 'admin', scope: 'country', agencyId });
    const client = new ApiClient(server.url);
    await new ApiClient(server.url).login(admin.username, 'wrong-password-here');
    await client.login(admin.username, admin.password);
    const created = await client.post('/api/admin/users', {
      username: 'marichka.h',
      displayName: 'Марічка Гордейчук',
      agencyId,
      roles: [{ role: 'caseworker', scope: 'own', unitCode: null }],
      password: 'a-long-and-unusual-passphrase',
    });
    await client.get(`/api/admin/users/${created.body.id}`);
    const log = await entries();
    const actions = log.map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.sign-in:failure',
        'auth.sign-in:success',
        'user.create:success',
        'user.read:success',
      ]),
    );
    const read = log.find((e) => e.action === 'user.read')!;
    expect(read.actor_id).toBe(admin.id);
    expect(read.entity_id).toBe(created.body.id);
    const everything = JSON.stringify(log);
    for (const secret of [
      'Марічка',
      'Гордейчук',
      'marichka',
      'a-long-and-unusual-passphrase',
      'wrong-password-here',
      admin.username,
    ]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('records a refused attempt', async () => {
    const worker = await makeUser(server.ctx, { role: 'caseworker' });
    const client = new ApiClient(server.url);
    await client.login(worker.username, worker.password);
    expect((await client.get('/api/admin/users')).status).toBe(403);
    const denied = (await entries()).filter((e) => e.actor_id === worker.id && e.outcome === 'denied');
    expect(denied.map((e) => e.action)).toEqual(['users.manage']);
  });

  it('is append-only and its chain shows any alteration made behind the application', async () => {
    const db = server.ctx.database.db;
    expect((await findFirstChainBreak(db)).break).toBeNull();
    await expect(sql`update audit_log set action = 'x' where seq = 1`.execute(db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log where seq = 1`.execute(db)).rejects.toThrow(/append-only/);
    // A superuser can switch triggers off; the chain then names the altered entry.
    await db.connection().execute(async (conn) => {
      await sql`set session_replication_role = replica`.execute(conn);
      await sql`update audit_log set entity_id = 'tampered' where seq = 3`.execute(conn);
      await sql`set session_replication_role = origin`.execute(conn);
    });
    const result = await findFirstChainBreak(db);
    expect(result.break).toEqual({ seq: 3, reason: 'content altered' });
    expect(result.checked).toBe(2);
  });
});

describe('access log for supervisors', () => {
  it('shows who touched a record in scope, and nothing outside it', async () => {
    const agencyId = await makeAgency(server.ctx, { unitCodes: ['UA-30'] });
    const elsewhere = await makeAgency(server.ctx, { unitCodes: ['UA-46'] });
    const supervisor = await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId });
    const colleague = await makeUser(server.ctx, { role: 'caseworker', agencyId });
    const stranger = await makeUser(server.ctx, { role: 'caseworker', agencyId: elsewhere });
    await new ApiClient(server.url).login(colleague.username, colleague.password);
    const client = new ApiClient(server.url);
    await client.login(supervisor.username, supervisor.password);
    const log = await client.get(`/api/audit/access-log?entityType=user&entityId=${colleague.id}`);
    expect(log.status).toBe(200);
    expect(log.body.items.some((i: { action: string }) => i.action === 'auth.sign-in')).toBe(true);
    const outside = await client.get(`/api/audit/access-log?entityType=user&entityId=${stranger.id}`);
    expect(outside.status).toBe(404);
  });

  it('takes a user name instead of an id, and names the people in the log with their agency', async () => {
    const agencyId = await makeAgency(server.ctx, { name: 'Odesa Shelter', unitCodes: ['UA-51'] });
    const supervisor = await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId });
    const colleague = await makeUser(server.ctx, { role: 'caseworker', agencyId });
    const stranger = await makeUser(server.ctx, { role: 'caseworker' });
    await new ApiClient(server.url).login(colleague.username, colleague.password);
    const client = new ApiClient(server.url);
    await client.login(supervisor.username, supervisor.password);
    const log = await client.get(
      `/api/audit/access-log?entityType=user&username=${colleague.username.toUpperCase()}`,
    );
    expect(log.status).toBe(200);
    expect(log.body.items.find((i: { action: string }) => i.action === 'auth.sign-in')).toMatchObject({
      actorId: colleague.id,
      actorName: 'Test caseworker',
      actorAgencyName: 'Odesa Shelter',
      kind: 'change',
    });
    // Unknown names and accounts outside scope answer alike.
    for (const name of [stranger.username, 'nobody-by-this-name'])
      expect((await client.get(`/api/audit/access-log?entityType=user&username=${name}`)).status).toBe(404);
    const both = await client.get(
      `/api/audit/access-log?entityType=user&username=${colleague.username}&entityId=${colleague.id}`,
    );
    expect(both.status).toBe(400);
    expect(both.body.error.details[0]).toMatchObject({ path: 'querystring.username', code: 'required' });
    expect((await client.get('/api/audit/access-log?entityType=agency&username=x')).status).toBe(400);
  });
});

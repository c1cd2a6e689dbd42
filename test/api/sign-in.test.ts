import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('sign-in', () => {
  it('signs in with a session cookie that is HttpOnly, Secure, SameSite=Strict and carries 256 bits', async () => {
    const user = await makeUser(server.ctx, { role: 'caseworker', scope: 'own' });
    const client = new ApiClient(server.url);
    const response = await client.login(user.username, user.password);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ next: 'done' });
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('haven_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/Secure/i);
    expect(session).toMatch(/SameSite=Strict/i);
    expect(client.cookies.get('haven_session')!.length).toBeGreaterThanOrEqual(43);
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe(user.username);
    expect(me.body.roles).toEqual([{ role: 'caseworker', scope: 'own', unitCode: null }]);
    expect(Array.isArray(me.body.allowedActions)).toBe(true);
  });

  it('answers an unknown account exactly like a wrong password', async () => {
    const user = await makeUser(server.ctx, { role: 'caseworker' });
    const wrong = await new ApiClient(server.url).login(user.username, 'not-the-password-at-all');
    const unknown = await new ApiClient(server.url).login('nobody-by-this-name', 'not-the-password-at-all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error).toEqual(unknown.body.error);
  });

  it('answers the 6th failure within a minute with 429, even with the right password, before hashing', async () => {
    const user = await makeUser(server.ctx, { role: 'caseworker' });
    const client = new ApiClient(server.url);
    for (let i = 0; i < 5; i++)
      expect((await client.login(user.username, `wrong-password-${i}-xx`)).status).toBe(401);
    const sixth = await client.login(user.username, user.password);
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.code).toBe('too_many_attempts');
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    // Once the window has passed (simulated by ageing the failures), the right password works again.
    await sql`update auth_throttle set window_started_at = window_started_at - interval '2 minutes',
      not_before = not_before - interval '2 minutes'`.execute(server.ctx.database.db);
    expect((await client.login(user.username, user.password)).status).toBe(200);
  });

  it('rotates the session at sign-in and ends it at sign-out', async () => {
    const user = await makeUser(server.ctx, { role: 'caseworker' });
    const client = new ApiClient(server.url);
    await client.login(user.username, user.password);
    const first = client.cookies.get('haven_session');
    await client.login(user.username, user.password);
    const second = client.cookies.get('haven_session');
    expect(second).not.toBe(first);
    const stale = new ApiClient(server.url);
    stale.cookies.set('haven_session', first!);
    expect((await stale.get('/api/me')).status).toBe(401);

    const logout = await client.post('/api/auth/logout');
    expect(logout.status).toBe(204);
    const replay = new ApiClient(server.url);
    replay.cookies.set('haven_session', second!);
    expect((await replay.get('/api/me')).status).toBe(401);
  });

  it('expires a session after the idle timeout and after the absolute lifetime', async () => {
    const user = await makeUser(server.ctx, { role: 'caseworker' });
    const client = new ApiClient(server.url);
    await client.login(user.username, user.password);
    const db = server.ctx.database.db;
    await sql`update sessions set last_seen_at = now() - interval '16 minutes' where user_id = ${user.id}`.execute(
      db,
    );
    const idle = await client.get('/api/me');
    expect(idle.status).toBe(401);
    expect(idle.body.error.code).toBe('session_expired');

    await client.login(user.username, user.password);
    await sql`update sessions set absolute_expires_at = now() - interval '1 second' where user_id = ${user.id}`.execute(
      db,
    );
    expect((await client.get('/api/me')).body.error.code).toBe('session_expired');
  });

  it('does not let background polls (the inbox badge) keep an unattended session alive', async () => {
    const user = await makeUser(server.ctx, { role: 'caseworker' });
    const client = new ApiClient(server.url);
    await client.login(user.username, user.password);
    const db = server.ctx.database.db;
    const lastSeen = async () =>
      (
        await sql<{
          seen: Date;
        }>`select last_seen_at as seen from sessions where user_id = ${user.id}`.execute(db)
      ).rows[0]?.seen.getTime();
    await sql`update sessions set last_seen_at = now() - interval '14 minutes' where user_id = ${user.id}`.execute(
      db,
    );
    const before = await lastSeen();
    const poll = await client.request('GET', '/api/inbox', { headers: { 'x-haven-background': '1' } });
    expect(poll.status).toBe(200);
    expect(await lastSeen()).toBe(before);
    await sql`update sessions set last_seen_at = now() - interval '16 minutes' where user_id = ${user.id}`.execute(
      db,
    );
    const expired = await client.request('GET', '/api/inbox', { headers: { 'x-haven-background': '1' } });
    expect(expired.body.error.code).toBe('session_expired');

    // A request the person made does move the idle clock.
    await client.login(user.username, user.password);
    await sql`update sessions set last_seen_at = now() - interval '14 minutes' where user_id = ${user.id}`.execute(
      db,
    );
    const stale = await lastSeen();
    expect((await client.get('/api/inbox')).status).toBe(200);
    expect(await lastSeen()).toBeGreaterThan(stale ?? 0);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const user = await makeUser(server.ctx, { role: 'caseworker' });
    const client = new ApiClient(server.url);
    await client.login(user.username, user.password);
    const response = await client.request('PUT', '/api/me/preferences', {
      body: { locale: 'uk' },
      csrf: false,
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('csrf_failed');
    const ok = await client.put('/api/me/preferences', { locale: 'uk' });
    expect(ok.status).toBe(200);
    expect(ok.body.user.locale).toBe('uk');
    expect((await client.get('/api/me')).body.user.locale).toBe('uk');
  });

  it('changes the password, checks the policy, and signs out other sessions', async () => {
    const user = await makeUser(server.ctx, { role: 'caseworker' });
    const client = new ApiClient(server.url);
    const other = new ApiClient(server.url);
    await client.login(user.username, user.password);
    await other.login(user.username, user.password);
    const weak = await client.post('/api/auth/password', {
      currentPassword: user.password,
      newPassword: 'password1234',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('weak_password');
    const short = await client.post('/api/auth/password', {
      currentPassword: user.password,
      newPassword: 'short',
    });
    expect(short.body.error.code).toBe('weak_password');
    const wrong = await client.post('/api/auth/password', {
      currentPassword: 'not-my-password!',
      newPassword: 'a-much-better-passphrase',
    });
    expect(wrong.status).toBe(401);
    const ok = await client.post('/api/auth/password', {
      currentPassword: user.password,
      newPassword: 'a-much-better-passphrase',
    });
    expect(ok.status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(200);
    expect((await other.get('/api/me')).status).toBe(401);
    expect((await new ApiClient(server.url).login(user.username, 'a-much-better-passphrase')).status).toBe(
      200,
    );
  });
});

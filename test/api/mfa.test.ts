import * as OTPAuth from 'otpauth';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function codeFor(secret: string, offsetSteps = 0) {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });
}

async function enrol(client: ApiClient, password = TEST_PASSWORD) {
  const start = await client.post('/api/auth/mfa/enrol', { password });
  expect(start.status).toBe(200);
  expect(start.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
  expect(start.body.otpauthUri).toContain('otpauth://totp/');
  const confirm = await client.post('/api/auth/mfa/enrol/confirm', { code: codeFor(start.body.secret) });
  expect(confirm.status).toBe(200);
  return { secret: start.body.secret as string, recoveryCodes: confirm.body.recoveryCodes as string[] };
}

describe('two-step verification', () => {
  it('makes an administrator enrol before anything else, then challenges at every sign-in', async () => {
    const admin = await makeUser(server.ctx, { role: 'admin', scope: 'country' });
    const client = new ApiClient(server.url);
    expect((await client.login(admin.username, admin.password)).body).toEqual({ next: 'mfa-enrol' });
    const blocked = await client.get('/api/admin/users');
    expect(blocked.status).toBe(401);
    expect(blocked.body.error.code).toBe('mfa_required');
    const pendingToken = client.cookies.get('haven_session');

    const { secret, recoveryCodes } = await enrol(client);
    expect(recoveryCodes).toHaveLength(10);
    expect(client.cookies.get('haven_session')).not.toBe(pendingToken); // privilege went up: new token
    expect((await client.get('/api/admin/users')).status).toBe(200);
    expect((await client.get('/api/me')).body.user.mfaEnabled).toBe(true);

    const next = new ApiClient(server.url);
    expect((await next.login(admin.username, admin.password)).body).toEqual({ next: 'mfa-challenge' });
    expect((await next.get('/api/me')).status).toBe(401);
    const wrong = await next.post('/api/auth/mfa/verify', {
      code: '000000' === codeFor(secret) ? '111111' : '000000',
    });
    expect(wrong.body.error.code).toBe('mfa_invalid_code');
    // One code, computed once: the replay below must send exactly the code that was accepted.
    const nextStepCode = codeFor(secret, 1);
    const ok = await next.post('/api/auth/mfa/verify', { code: nextStepCode });
    expect(ok.body).toEqual({ next: 'done' });
    expect((await next.get('/api/me')).status).toBe(200);

    // The same code cannot be replayed in another session.
    const replay = new ApiClient(server.url);
    await replay.login(admin.username, admin.password);
    expect((await replay.post('/api/auth/mfa/verify', { code: nextStepCode })).status).toBe(400);
    // A recovery code works once.
    expect((await replay.post('/api/auth/mfa/verify', { recoveryCode: recoveryCodes[0] })).body).toEqual({
      next: 'done',
    });
    const again = new ApiClient(server.url);
    await again.login(admin.username, admin.password);
    expect((await again.post('/api/auth/mfa/verify', { recoveryCode: recoveryCodes[0] })).status).toBe(400);
  });

  it('stores the TOTP secret encrypted, never in clear', async () => {
    const coordinator = await makeUser(server.ctx, { role: 'coordinator', scope: 'country' });
    const client = new ApiClient(server.url);
    await client.login(coordinator.username, coordinator.password);
    const { secret } = await enrol(client);
    const row = await sql<{
      mfa_secret: string;
    }>`select mfa_secret from users where id = ${coordinator.id}`.execute(server.ctx.database.db);
    expect(row.rows[0]!.mfa_secret).toMatch(/^v1\./);
    expect(row.rows[0]!.mfa_secret).not.toContain(secret);
  });

  it('limits wrong codes like passwords', async () => {
    const admin = await makeUser(server.ctx, { role: 'admin', scope: 'country' });
    const client = new ApiClient(server.url);
    await client.login(admin.username, admin.password);
    await enrol(client);
    const attacker = new ApiClient(server.url);
    await attacker.login(admin.username, admin.password);
    for (let i = 0; i < 5; i++) await attacker.post('/api/auth/mfa/verify', { code: '123456' });
    const limited = await attacker.post('/api/auth/mfa/verify', { code: '123456' });
    expect(limited.status).toBe(429);
  });

  it('does not ask users of roles without the requirement, but lets them enrol', async () => {
    const worker = await makeUser(server.ctx, { role: 'caseworker' });
    const client = new ApiClient(server.url);
    expect((await client.login(worker.username, worker.password)).body).toEqual({ next: 'done' });
    await enrol(client);
    const next = new ApiClient(server.url);
    expect((await next.login(worker.username, worker.password)).body).toEqual({ next: 'mfa-challenge' });
  });
});

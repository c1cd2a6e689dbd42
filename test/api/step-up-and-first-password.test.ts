// Defect 8 of issue 10: a stolen session was enough to change the second factor, and a password an
// administrator chose stayed in use.
import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAgency, makeUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let admin: ApiClient;
let agencyId: string;

beforeAll(async () => {
  // Coordinators must use two steps; administrators and caseworkers may.
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'coordinator' });
  agencyId = await makeAgency(server.ctx, { unitCodes: ['UA-30'] });
  const account = await makeUser(server.ctx, { role: 'admin', scope: 'country', agencyId });
  admin = new ApiClient(server.url);
  expect((await admin.login(account.username, account.password)).status).toBe(200);
});
afterAll(() => server.close());

const codeFor = (secret: string) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();

async function signedIn(role: 'caseworker' | 'coordinator') {
  const user = await makeUser(server.ctx, { role, scope: role === 'coordinator' ? 'country' : 'own' });
  const client = new ApiClient(server.url);
  await client.login(user.username, user.password);
  return { user, client };
}

describe('step-up for the second factor', () => {
  it('asks for the password again before setting up, replacing or removing the authenticator app', async () => {
    const { client } = await signedIn('caseworker');
    expect((await client.post('/api/auth/mfa/enrol', {})).status).toBe(400);
    const wrong = await client.post('/api/auth/mfa/enrol', { password: 'stolen-session-guess' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    const start = await client.post('/api/auth/mfa/enrol', { password: TEST_PASSWORD });
    expect(start.status).toBe(200);
    expect(
      (await client.post('/api/auth/mfa/enrol/confirm', { code: codeFor(start.body.secret) })).status,
    ).toBe(200);
    // Replacing: a new secret, again only with the password.
    expect((await client.post('/api/auth/mfa/enrol', { password: 'stolen-session-guess' })).status).toBe(401);
    const replace = await client.post('/api/auth/mfa/enrol', { password: TEST_PASSWORD });
    expect(replace.status).toBe(200);
    expect(replace.body.secret).not.toBe(start.body.secret);

    expect(
      (await client.post('/api/auth/mfa/totp/remove', { password: 'stolen-session-guess' })).status,
    ).toBe(401);
    expect((await client.get('/api/me')).body.user.totpEnabled).toBe(true);
    expect((await client.post('/api/auth/mfa/totp/remove', { password: TEST_PASSWORD })).status).toBe(204);
    expect((await client.get('/api/me')).body.user.totpEnabled).toBe(false);
  });

  it('limits step-up guesses like sign-in', async () => {
    const { client } = await signedIn('caseworker');
    for (let i = 0; i < 5; i++) await client.post('/api/auth/mfa/enrol', { password: `guess-${i}-zzzz` });
    expect((await client.post('/api/auth/mfa/enrol', { password: TEST_PASSWORD })).status).toBe(429);
  });

  it('refuses to remove the last second factor of a role that needs two steps', async () => {
    const user = await makeUser(server.ctx, { role: 'coordinator', scope: 'country' });
    const client = new ApiClient(server.url);
    expect((await client.login(user.username, user.password)).body).toEqual({ next: 'mfa-enrol' });
    const start = await client.post('/api/auth/mfa/enrol', { password: TEST_PASSWORD });
    await client.post('/api/auth/mfa/enrol/confirm', { code: codeFor(start.body.secret) });
    const removal = await client.post('/api/auth/mfa/totp/remove', { password: TEST_PASSWORD });
    expect(removal.status).toBe(409);
    expect(removal.body.error.code).toBe('second_factor_required');
  });
});

describe('a password someone else chose', () => {
  const newUser = (username: string) => ({
    username,
    displayName: 'Ion Popescu',
    agencyId,
    roles: [{ role: 'caseworker', scope: 'own', unitCode: null }],
    password: 'temporary-passphrase-from-admin',
  });

  async function expectOnlyPasswordChange(client: ApiClient, password: string) {
    const refused = await client.get('/api/inbox');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('password_change_required');
    expect((await client.get('/api/me')).body.user.mustChangePassword).toBe(true);
    const changed = await client.post('/api/auth/password', {
      currentPassword: password,
      newPassword: 'my-own-secret-passphrase',
    });
    expect(changed.status).toBe(204);
    expect((await client.get('/api/inbox')).status).toBe(200);
    expect((await client.get('/api/me')).body.user.mustChangePassword).toBe(false);
  }

  it('makes a new account choose its own password before anything else', async () => {
    expect((await admin.post('/api/admin/users', newUser('ion.popescu'))).status).toBe(201);
    const client = new ApiClient(server.url);
    expect((await client.login('ion.popescu', 'temporary-passphrase-from-admin')).status).toBe(200);
    await expectOnlyPasswordChange(client, 'temporary-passphrase-from-admin');
  });

  it('after an administrator resets a password: sessions end, and the owner must choose a new one', async () => {
    const created = await admin.post('/api/admin/users', newUser('ana.rusu'));
    const owner = new ApiClient(server.url);
    await owner.login('ana.rusu', 'temporary-passphrase-from-admin');
    await owner.post('/api/auth/password', {
      currentPassword: 'temporary-passphrase-from-admin',
      newPassword: 'anas-own-passphrase',
    });
    expect((await owner.get('/api/inbox')).status).toBe(200);

    const current = await admin.get(`/api/admin/users/${created.body.id}`);
    const weak = await admin.post(
      `/api/admin/users/${created.body.id}/reset-password`,
      { password: 'short' },
      { 'if-match': current.headers.get('etag')! },
    );
    expect(weak.body.error.code).toBe('weak_password');
    const reset = await admin.post(
      `/api/admin/users/${created.body.id}/reset-password`,
      { password: 'reset-by-the-administrator' },
      { 'if-match': current.headers.get('etag')! },
    );
    expect(reset.status).toBe(200);
    expect((await owner.get('/api/me')).status).toBe(401);
    const again = new ApiClient(server.url);
    expect((await again.login('ana.rusu', 'reset-by-the-administrator')).status).toBe(200);
    await expectOnlyPasswordChange(again, 'reset-by-the-administrator');
  });
});

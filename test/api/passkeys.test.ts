import * as OTPAuth from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { SoftwareAuthenticator } from '../helpers/software-authenticator.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const ORIGIN = 'https://haven.test';
const RP_ID = 'haven.test';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    HAVEN_WEBAUTHN_RP_ID: RP_ID,
    HAVEN_WEBAUTHN_ORIGIN: ORIGIN,
    HAVEN_MFA_REQUIRED_ROLES: 'admin',
    HAVEN_PASSKEY_REQUIRED_ROLES: 'coordinator',
  });
});
afterAll(() => server.close());

async function addPasskey(client: ApiClient, authenticator: SoftwareAuthenticator, name = 'Laptop') {
  const options = await client.post('/api/auth/passkeys/registration/options', { password: TEST_PASSWORD });
  expect(options.status).toBe(200);
  expect(options.body.rp.id).toBe(RP_ID);
  expect(options.body.attestation).toBe('none');
  return client.post('/api/auth/passkeys/registration', {
    name,
    response: authenticator.register(options.body),
  });
}

async function signInWithPasskey(username: string, authenticator: SoftwareAuthenticator) {
  const client = new ApiClient(server.url);
  expect((await client.login(username, TEST_PASSWORD)).body).toEqual({ next: 'mfa-challenge' });
  const options = await client.post('/api/auth/passkeys/authentication/options');
  expect(options.status).toBe(200);
  expect(options.body.allowCredentials.map((c: { id: string }) => c.id)).toContain(authenticator.id);
  const answer = await client.post('/api/auth/passkeys/authentication', {
    response: authenticator.assert(options.body),
  });
  return { client, answer, options: options.body };
}

describe('passkeys', () => {
  it('enrols from the account page with the password, then signs in with the passkey', async () => {
    const user = await makeUser(server.ctx, { role: 'caseworker', scope: 'own' });
    const client = new ApiClient(server.url);
    await client.login(user.username, user.password);
    expect((await client.post('/api/auth/passkeys/registration/options', {})).status).toBe(400);
    expect(
      (await client.post('/api/auth/passkeys/registration/options', { password: 'a-stolen-session' })).status,
    ).toBe(401);
    const authenticator = new SoftwareAuthenticator(ORIGIN, RP_ID);
    const added = await addPasskey(client, authenticator);
    expect(added.status).toBe(200);
    expect(added.body).toEqual({ passkey: { id: authenticator.id, name: 'Laptop' }, next: null });
    const list = await client.get('/api/auth/passkeys');
    expect(list.body).toEqual([
      expect.objectContaining({ id: authenticator.id, name: 'Laptop', lastUsedAt: null }),
    ]);
    expect((await client.get('/api/me')).body.user).toMatchObject({ passkeyCount: 1, mfaEnabled: true });

    const { client: next, answer } = await signInWithPasskey(user.username, authenticator);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ next: 'done' });
    expect((await next.get('/api/me')).status).toBe(200);
    expect(next.cookies.get('haven_device')).toBeDefined();
  });

  it('refuses an answer for another origin, a replayed answer and a cloned authenticator', async () => {
    const user = await makeUser(server.ctx, { role: 'caseworker', scope: 'own' });
    const client = new ApiClient(server.url);
    await client.login(user.username, user.password);
    const authenticator = new SoftwareAuthenticator(ORIGIN, RP_ID);
    // A look-alike site relaying the registration is refused too.
    const options = await client.post('/api/auth/passkeys/registration/options', { password: TEST_PASSWORD });
    const phished = await client.post('/api/auth/passkeys/registration', {
      name: 'Phished',
      response: authenticator.register(options.body, 'https://haven-login.example'),
    });
    expect(phished.body.error.code).toBe('passkey_invalid');
    expect((await addPasskey(client, authenticator)).status).toBe(200);

    const attempt = new ApiClient(server.url);
    await attempt.login(user.username, TEST_PASSWORD);
    const challenge = (await attempt.post('/api/auth/passkeys/authentication/options')).body;
    const wrongOrigin = await attempt.post('/api/auth/passkeys/authentication', {
      response: authenticator.assert(challenge, 'https://haven-login.example'),
    });
    expect(wrongOrigin.status).toBe(400);
    expect(wrongOrigin.body.error.code).toBe('passkey_invalid');
    // The challenge was used up by that answer: even a right answer to it is refused now.
    const reused = await attempt.post('/api/auth/passkeys/authentication', {
      response: authenticator.assert(challenge),
    });
    expect(reused.status).toBe(409);

    const { answer, options: used } = await signInWithPasskey(user.username, authenticator);
    expect(answer.status).toBe(200);
    // The same signed answer, sent again in another sign-in, does not match that sign-in's challenge.
    const replay = new ApiClient(server.url);
    await replay.login(user.username, TEST_PASSWORD);
    await replay.post('/api/auth/passkeys/authentication/options');
    const replayed = await replay.post('/api/auth/passkeys/authentication', {
      response: authenticator.assert(used),
    });
    expect(replayed.body.error.code).toBe('passkey_invalid');
    // A copy of the key whose counter lags behind the server's is a clone.
    const counterNow = authenticator.signCount;
    authenticator.signCount = 0;
    const clone = new ApiClient(server.url);
    await clone.login(user.username, TEST_PASSWORD);
    const cloneOptions = (await clone.post('/api/auth/passkeys/authentication/options')).body;
    expect(
      (
        await clone.post('/api/auth/passkeys/authentication', {
          response: authenticator.assert(cloneOptions),
        })
      ).status,
    ).toBe(400);
    authenticator.signCount = counterNow;
  });

  it('removes a passkey only with the password', async () => {
    const user = await makeUser(server.ctx, { role: 'caseworker', scope: 'own' });
    const client = new ApiClient(server.url);
    await client.login(user.username, user.password);
    const authenticator = new SoftwareAuthenticator(ORIGIN, RP_ID);
    await addPasskey(client, authenticator);
    const path = `/api/auth/passkeys/${authenticator.id}/remove`;
    expect((await client.post(path, { password: 'a-stolen-session' })).status).toBe(401);
    expect((await client.post(path, { password: TEST_PASSWORD })).status).toBe(204);
    expect((await client.get('/api/auth/passkeys')).body).toEqual([]);
    expect((await new ApiClient(server.url).login(user.username, TEST_PASSWORD)).body).toEqual({
      next: 'done',
    });
  });

  it('makes a role configured for passkeys enrol one, and accepts no authenticator-app code instead', async () => {
    const user = await makeUser(server.ctx, { role: 'coordinator', scope: 'country' });
    const client = new ApiClient(server.url);
    expect((await client.login(user.username, user.password)).body).toEqual({ next: 'mfa-enrol' });
    const me = await client.get('/api/me');
    expect(me.status).toBe(401);
    const totp = await client.post('/api/auth/mfa/enrol', { password: TEST_PASSWORD });
    expect(totp.body.error.code).toBe('passkey_required');

    const authenticator = new SoftwareAuthenticator(ORIGIN, RP_ID);
    const added = await addPasskey(client, authenticator, 'Security key');
    expect(added.body.next).toBe('done');
    expect((await client.get('/api/me')).body.user).toMatchObject({
      passkeyRequired: true,
      mfaEnabled: true,
    });

    // The last passkey of such an account cannot be removed.
    const removal = await client.post(`/api/auth/passkeys/${authenticator.id}/remove`, {
      password: TEST_PASSWORD,
    });
    expect(removal.body.error.code).toBe('second_factor_required');

    const next = new ApiClient(server.url);
    expect((await next.login(user.username, user.password)).body).toEqual({ next: 'mfa-challenge' });
    const code = new OTPAuth.TOTP({ secret: new OTPAuth.Secret() }).generate();
    expect((await next.post('/api/auth/mfa/verify', { code })).body.error.code).toBe('passkey_required');
    const { answer } = await signInWithPasskey(user.username, authenticator);
    expect(answer.body).toEqual({ next: 'done' });
  });
});

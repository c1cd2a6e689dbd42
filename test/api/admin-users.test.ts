import { isFieldCode } from '../../src/domain/validation/field-codes.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let admin: ApiClient;
let agencyId: string;

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  agencyId = await makeAgency(server.ctx, { unitCodes: ['UA-30'] });
  const account = await makeUser(server.ctx, { role: 'admin', scope: 'country', agencyId });
  admin = new ApiClient(server.url);
  await admin.login(account.username, account.password);
});
afterAll(() => server.close());

const newUser = (username: string) => ({
  username,
  displayName: 'Olena Kovalenko',
  agencyId,
  roles: [{ role: 'caseworker', scope: 'own', unitCode: null }],
  password: 'a-long-and-unusual-passphrase',
});

describe('user administration', () => {
  it('creates an account once per Idempotency-Key', async () => {
    const first = await admin.post('/api/admin/users', newUser('olena.k'), {
      'idempotency-key': 'create-olena-0001',
    });
    expect(first.status).toBe(201);
    expect(first.headers.get('etag')).toBe('"1"');
    const retry = await admin.post('/api/admin/users', newUser('olena.k'), {
      'idempotency-key': 'create-olena-0001',
    });
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const misuse = await admin.post('/api/admin/users', newUser('someone.else'), {
      'idempotency-key': 'create-olena-0001',
    });
    expect(misuse.status).toBe(422);
    const duplicate = await admin.post('/api/admin/users', newUser('OLENA.K'.toLowerCase()));
    expect(duplicate.status).toBe(409);
    expect((await new ApiClient(server.url).login('olena.k', 'a-long-and-unusual-passphrase')).status).toBe(
      200,
    );
  });

  it('names each invalid field', async () => {
    const response = await admin.post('/api/admin/users', {
      username: 'Bad Name!',
      displayName: '',
      agencyId: 'not-a-uuid',
      roles: [{ role: 'wizard', scope: 'own', unitCode: null }],
      password: 'x',
    });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(['body.username', 'body.displayName', 'body.agencyId', 'body.roles.0.role']),
    );
    // Each detail names the field as the form knows it, a code from the closed set, and the numbers the
    // translated message needs; every code is one the web app translates (FIELD_CODES).
    const details = response.body.error.details as Array<{ field: string; code: string; params: object }>;
    expect(details.every((d) => isFieldCode(d.code) && typeof d.params === 'object')).toBe(true);
    expect(details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'displayName', code: 'too_short', params: { min: 1 } }),
        expect.objectContaining({ field: 'roles.0.role', code: 'invalid_choice', params: {} }),
      ]),
    );
    const noRoles = await admin.post('/api/admin/users', { ...newUser('no.roles'), roles: [], extra: 1 });
    expect(noRoles.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'roles', code: 'too_few', params: { min: 1 } }),
        expect.objectContaining({ field: 'extra', code: 'unknown_field' }),
      ]),
    );
    const scopeShape = await admin.post('/api/admin/users', {
      ...newUser('scope.test'),
      roles: [{ role: 'localcoord', scope: 'district', unitCode: null }],
    });
    expect(scopeShape.body.error.details[0].path).toBe('body.roles.0');
    const weak = await admin.post('/api/admin/users', { ...newUser('weak.test'), password: 'qwerty123456' });
    expect(weak.body.error.code).toBe('weak_password');
  });

  it('needs If-Match to change an account: 428 without, 412 when stale, one of two concurrent writers wins', async () => {
    const created = await admin.post('/api/admin/users', newUser('concurrent.one'));
    const path = `/api/admin/users/${created.body.id}`;
    expect((await admin.patch(path, { displayName: 'A' })).status).toBe(428);
    const [a, b] = await Promise.all([
      admin.patch(path, { displayName: 'Writer A' }, { 'if-match': '"1"' }),
      admin.patch(path, { displayName: 'Writer B' }, { 'if-match': '"1"' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const loser = a.status === 412 ? a : b;
    expect(loser.body.error.code).toBe('precondition_failed');
    const current = await admin.get(path);
    expect(current.headers.get('etag')).toBe('"2"');
    expect(current.body.displayName).toBe(a.status === 200 ? 'Writer A' : 'Writer B');
  });

  it('disabling an account ends its sessions at once', async () => {
    const created = await admin.post('/api/admin/users', newUser('to.disable'));
    const victim = new ApiClient(server.url);
    await victim.login('to.disable', 'a-long-and-unusual-passphrase');
    expect((await victim.get('/api/me')).status).toBe(200);
    const disabled = await admin.post(
      `/api/admin/users/${created.body.id}/disable`,
      {},
      { 'if-match': '"1"' },
    );
    expect(disabled.status).toBe(200);
    expect(disabled.body.status).toBe('disabled');
    expect((await victim.get('/api/me')).status).toBe(401);
    const again = await new ApiClient(server.url).login('to.disable', 'a-long-and-unusual-passphrase');
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe('account_disabled');
  });

  it('an agency-scoped administrator cannot see or change accounts of another agency', async () => {
    const otherAgency = await makeAgency(server.ctx, { unitCodes: ['UA-46'] });
    const outsider = await makeUser(server.ctx, { role: 'caseworker', agencyId: otherAgency });
    const local = await makeUser(server.ctx, { role: 'admin', scope: 'agency', agencyId });
    const client = new ApiClient(server.url);
    await client.login(local.username, local.password);
    const list = await client.get('/api/admin/users?pageSize=100');
    expect(list.status).toBe(200);
    expect(list.body.items.map((u: { id: string }) => u.id)).not.toContain(outsider.id);
    expect((await client.get(`/api/admin/users/${outsider.id}`)).status).toBe(404);
    expect(
      (await client.patch(`/api/admin/users/${outsider.id}`, { displayName: 'x' }, { 'if-match': '"1"' }))
        .status,
    ).toBe(404);
    const move = await client.post('/api/admin/users', { ...newUser('planted.user'), agencyId: otherAgency });
    expect(move.status).toBe(403);
  });

  it('shows a locked account to the administrator, without user names in the failure counters', async () => {
    const created = await admin.post('/api/admin/users', newUser('locked.out'));
    for (let i = 0; i < 5; i++) await new ApiClient(server.url).login('locked.out', `wrong-password-${i}-zz`);
    const shown = await admin.get(`/api/admin/users/${created.body.id}`);
    expect(Date.parse(shown.body.lockedUntil)).toBeGreaterThan(Date.now());
    const counters = await server.ctx.database.db.selectFrom('auth_throttle').select('key').execute();
    expect(JSON.stringify(counters)).not.toContain('locked.out');
    expect(JSON.stringify(counters)).not.toContain('127.0.0.1');
  });

  it('pages and searches the list', async () => {
    const page = await admin.get('/api/admin/users?page=1&pageSize=2');
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThan(2);
    const search = await admin.get('/api/admin/users?q=concurrent');
    expect(search.body.items.map((u: { username: string }) => u.username)).toEqual(['concurrent.one']);
    expect((await admin.get('/api/admin/users?pageSize=1000')).status).toBe(400);
  });
});

describe('agency administration', () => {
  it('creates and changes an agency with its geography', async () => {
    const created = await admin.post('/api/admin/agencies', {
      name: 'Шелтер «Надія»',
      kind: 'shelter',
      unitCodes: ['UA-30'],
    });
    expect(created.status).toBe(201);
    expect(created.body.organisationType).toBe('NGO');
    const badUnit = await admin.post('/api/admin/agencies', {
      name: 'Elsewhere',
      kind: 'shelter',
      unitCodes: ['MD-CU'],
    });
    expect(badUnit.status).toBe(400);
    expect(badUnit.body.error.details[0].path).toBe('body.unitCodes.0');
    const badKind = await admin.post('/api/admin/agencies', {
      name: 'Odd',
      kind: 'bakery',
      unitCodes: ['UA-30'],
    });
    expect(badKind.body.error.details[0].path).toBe('body.kind');
    const renamed = await admin.patch(
      `/api/admin/agencies/${created.body.id}`,
      { name: 'Шелтер «Надія-2»' },
      { 'if-match': '"1"' },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body.version).toBe(2);
    const stale = await admin.patch(
      `/api/admin/agencies/${created.body.id}`,
      { status: 'inactive' },
      { 'if-match': '"1"' },
    );
    expect(stale.status).toBe(412);
  });
});

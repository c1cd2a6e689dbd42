import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
const lines: string[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  server = await startTestServer(
    { HAVEN_MFA_REQUIRED_ROLES: 'none', LOG_LEVEL: 'trace' },
    { logStream: sink },
  );
});
afterAll(() => server.close());

describe('logs', () => {
  it('carry request ids but never passwords, names, user names, cookies or search terms', async () => {
    const agencyId = await makeAgency(server.ctx, { unitCodes: ['UA-30'] });
    const admin = await makeUser(server.ctx, {
      role: 'admin',
      scope: 'country',
      agencyId,
      username: 'admin.logtest',
    });
    const client = new ApiClient(server.url);
    await new ApiClient(server.url).login('admin.logtest', 'wrong-secret-password');
    await client.login('admin.logtest', admin.password);
    await client.post('/api/admin/users', {
      username: 'oleksandr.h',
      displayName: 'Олександр Гордейчук',
      agencyId,
      roles: [{ role: 'caseworker', scope: 'own', unitCode: null }],
      password: 'hidden-passphrase-zebra',
    });
    await client.get('/api/admin/users?q=Гордейчук');
    await client.post('/api/admin/users', {
      username: 'x',
      displayName: 'Secret Name Child',
      agencyId: 'bad',
      roles: [],
      password: 'p',
    });
    const all = lines.join('');
    expect(all.length).toBeGreaterThan(0);
    expect(all).toContain('requestId');
    for (const forbidden of [
      admin.password,
      'wrong-secret-password',
      'hidden-passphrase-zebra',
      'Олександр',
      'Гордейчук',
      encodeURIComponent('Гордейчук'),
      'Secret Name Child',
      'admin.logtest',
      'oleksandr.h',
      client.cookies.get('haven_session')!,
    ]) {
      expect(all).not.toContain(forbidden);
    }
  });
});

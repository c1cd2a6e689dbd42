import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { countCases } from '../../src/server/cases/cases.repository.ts';
import { readSetting, writeSetting } from '../../src/server/db/node-settings.ts';
import { seedDemo } from '../../src/server/demo/seed-demo.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    HAVEN_MFA_REQUIRED_ROLES: 'none',
    HAVEN_DEMO_PASSWORD: 'demo-password-for-tests',
  });
});
afterAll(() => server.close());

describe('demo seed', () => {
  it('does not add a second, partial set of children after an interrupted start', async () => {
    const db = server.ctx.database.db;
    await writeSetting(db, 'demo', true);
    const district = firstDistrictOf('UA-30');
    const worker = await makeUser(server.ctx, {
      role: 'caseworker',
      agencyId: await makeAgency(server.ctx, { unitCodes: [district] }),
    });
    const client = new ApiClient(server.url);
    await client.login(worker.username, worker.password);
    await client.post('/api/cases', {
      sensitive: { names: [{ given: 'Partial', family: 'Seed' }], birthDate: { kind: 'unknown' } },
      identity: { gender: 'Feminine', presumedMinor: true, unitCode: district },
    });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const result = await seedDemo(server.ctx);
      expect(result.seeded).toBe(false);
      expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toMatch(/only partly seeded/);
    } finally {
      stderr.mockRestore();
    }
    expect(await countCases(db)).toBe(1);
    expect(await readSetting<boolean>(db, 'demo-children')).toBe(true);
  });
});

// Defect 7 of issue 10: the per-client limit followed a forged X-Forwarded-For, concurrent wrong
// passwords overshot the cap, and a stranger's failures locked the owner out.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_SLOWDOWN, loginKey } from '../../src/server/auth/sign-in-limits.ts';
import { slowdownDelaySeconds } from '../../src/server/auth/throttle.ts';
import { makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  // One proxy in front: the client is the last X-Forwarded-For entry, whatever came before it.
  server = await startTestServer({ HAVEN_TRUST_PROXY: '1' });
});
afterAll(() => server.close());

/** A sign-in as it arrives through the one trusted proxy, from client address `ip`. */
function loginFrom(client: ApiClient, ip: string, username: string, password: string, forged = '') {
  return client.request('POST', '/api/auth/login', {
    body: { username, password },
    headers: { 'x-forwarded-for': forged ? `${forged}, ${ip}` : ip },
  });
}

async function wrongPasswordAudits(userId: string): Promise<number> {
  const rows = await sql<{ n: number }>`
    select count(*)::int as n from audit_log
    where action = 'auth.sign-in' and outcome = 'failure' and entity_id = ${userId}`.execute(
    server.ctx.database.db,
  );
  return rows.rows[0]!.n;
}

describe('sign-in throttling', () => {
  it('checks at most the cap of 25 concurrent wrong passwords', async () => {
    const user = await makeUser(server.ctx, { role: 'caseworker' });
    const client = new ApiClient(server.url);
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        loginFrom(client, '198.51.100.20', user.username, `wrong-pw-${i}-x`),
      ),
    );
    const checked = answers.filter((a) => a.status === 401).length;
    expect(checked).toBe(5);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(20);
    expect(await wrongPasswordAudits(user.id)).toBe(5);
  });

  it('counts a client by the address the trusted proxy saw, not by what the client wrote before it', async () => {
    const limited = await startTestServer({ HAVEN_TRUST_PROXY: '1', HAVEN_LOGIN_MAX_FAILURES: '2' });
    try {
      const client = new ApiClient(limited.url);
      // Spraying 21 accounts from one address, each time forging a different first hop: the per-client
      // cap (ten times 2) still stops the 21st.
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) {
        const answer = await loginFrom(
          client,
          '203.0.113.9',
          `nobody-${i}`,
          'wrong-password-1',
          `10.9.${i}.1`,
        );
        statuses.push(answer.status);
      }
      expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
      expect(statuses[20]).toBe(429);
      // Another client behind the same proxy is not affected.
      expect((await loginFrom(client, '203.0.113.10', 'nobody-0', 'wrong-password-1')).status).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it("does not let a stranger's failures keep the owner out of a device the owner signed in from", async () => {
    const owner = await makeUser(server.ctx, { role: 'caseworker' });
    const laptop = new ApiClient(server.url);
    expect((await loginFrom(laptop, '192.0.2.1', owner.username, owner.password)).status).toBe(200);
    expect(laptop.cookies.get('haven_device')).toMatch(/^v1\./);

    const stranger = new ApiClient(server.url);
    for (let i = 0; i < 5; i++)
      expect((await loginFrom(stranger, '198.51.100.66', owner.username, `guess-${i}-xxxx`)).status).toBe(
        401,
      );
    // The stranger is stopped on their client …
    expect((await loginFrom(stranger, '198.51.100.66', owner.username, owner.password)).status).toBe(429);
    // … the account as a whole is slowed down for clients it does not know, with a Retry-After …
    const newPhone = new ApiClient(server.url);
    const slowed = await loginFrom(newPhone, '192.0.2.77', owner.username, owner.password);
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(0);
    // … a forged device cookie does not pass for a known device …
    const forger = new ApiClient(server.url);
    forger.cookies.set(
      'haven_device',
      laptop.cookies.get('haven_device')!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    );
    expect((await loginFrom(forger, '192.0.2.78', owner.username, owner.password)).status).toBe(429);
    // … and the owner's laptop, from wherever it is now, signs in at once.
    expect((await loginFrom(laptop, '192.0.2.200', owner.username, owner.password)).status).toBe(200);
  });

  it('gives a known device a failure cap of its own', async () => {
    const owner = await makeUser(server.ctx, { role: 'caseworker' });
    const laptop = new ApiClient(server.url);
    await loginFrom(laptop, '192.0.2.1', owner.username, owner.password);
    for (let i = 0; i < 5; i++) await loginFrom(laptop, '192.0.2.1', owner.username, `typo-${i}-xxxxx`);
    expect((await loginFrom(laptop, '192.0.2.1', owner.username, owner.password)).status).toBe(429);
  });

  it('slows the account down progressively: each failure past the free ones doubles the wait', async () => {
    const owner = await makeUser(server.ctx, { role: 'caseworker' });
    const db = server.ctx.database.db;
    const waits: number[] = [];
    for (let i = 0; i < 9; i++) {
      // Each guess from a fresh address, as a distributed attack would.
      const answer = await loginFrom(
        new ApiClient(server.url),
        `198.18.0.${i + 1}`,
        owner.username,
        `guess-${i}-yyyy`,
      );
      expect(answer.status).toBe(401);
      const counter = await sql<{ wait: number | null }>`
        select extract(epoch from (not_before - now()))::float as wait from auth_throttle
        where key = ${loginKey(server.ctx, owner.username)}`.execute(db);
      waits.push(Math.max(0, Math.ceil(counter.rows[0]?.wait ?? 0)));
      // Time moves past the wait before the next guess.
      await sql`update auth_throttle set not_before = now() - interval '1 second' where not_before is not null`.execute(
        db,
      );
    }
    const base = ACCOUNT_SLOWDOWN.baseSeconds;
    expect(waits).toEqual([0, 0, 0, 0, base, base * 2, base * 4, base * 8, base * 16]);
    expect(
      slowdownDelaySeconds({ kind: 'slowdown', key: 'k', freeFailures: 5, ...ACCOUNT_SLOWDOWN }, 60),
    ).toBe(ACCOUNT_SLOWDOWN.maxSeconds);
  });
});

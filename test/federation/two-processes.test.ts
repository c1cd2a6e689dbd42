import { cpSync, rmSync } from 'node:fs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore, tempDataDir } from '../helpers/run-haven.ts';
import {
  addPeers,
  createAdmin,
  defineNode,
  start,
  stop,
  type TestNode,
  waitFor,
  writeIdentity,
} from './federation-nodes.ts';

// Issue 13 item 3: a national node run as two app processes behind a load balancer, on one PostgreSQL.
// Both processes run the delivery worker; each message in the shared outbox must go out once (claims
// with FOR UPDATE SKIP LOCKED and a lease, outbox.repository.ts). Real processes on loopback, each node
// on a fresh PostgreSQL database: UA twice (ports 5522 and 5523, one database, the same keys), MD receiving.
// PostgreSQL only: the embedded engine is one process per data folder by design (haven.lock), so on
// the embedded run this file has nothing to test and says so.

const onPostgres = Boolean(process.env.DATABASE_URL);
const MESSAGES = 24;

let md: TestNode;
let uaFirst: TestNode;
let uaSecond: TestNode;
let store: Awaited<ReturnType<typeof freshStore>> | undefined;
let mdStore: Awaited<ReturnType<typeof freshStore>> | undefined;

describe.skipIf(!onPostgres)('one node, two processes, one PostgreSQL', () => {
  beforeAll(async () => {
    store = await freshStore();
    mdStore = await freshStore();
    uaFirst = defineNode('UA', 5522, { DATABASE_URL: store.env.DATABASE_URL! });
    md = defineNode('MD', 5521, { DATABASE_URL: mdStore.env.DATABASE_URL! });
    await Promise.all([writeIdentity(uaFirst), writeIdentity(md)]);
    await Promise.all([addPeers(uaFirst, [md]), addPeers(md, [uaFirst])]);
    // No demo seed on PostgreSQL: an administrator account on each node.
    await Promise.all([createAdmin(uaFirst), createAdmin(md)]);
    await Promise.all([start(uaFirst, 'fed-admin'), start(md, 'fed-admin')]);
    // The second process: the same database and the same key files (a copy of the first's folder, as a
    // deployment mounts one secret store), on its own port.
    const secondDir = tempDataDir();
    cpSync(uaFirst.dataDir, secondDir, {
      recursive: true,
      filter: (path) => !path.endsWith('haven.lock') && !path.includes('pgdata'),
    });
    uaSecond = {
      ...uaFirst,
      port: 5523,
      dataDir: secondDir,
      env: {
        ...uaFirst.env,
        HAVEN_DATA_DIR: secondDir,
        PORT: '5523',
        HAVEN_PUBLIC_URL: 'http://127.0.0.1:5523',
      },
      child: undefined,
      admin: undefined,
      logs: [],
    };
    await start(uaSecond, 'fed-admin');
  }, 900_000);

  afterAll(async () => {
    await Promise.all([uaFirst, uaSecond, md].filter(Boolean).map(stop));
    await store?.drop();
    await mdStore?.drop();
    for (const node of [uaFirst, uaSecond, md])
      if (node) rmSync(node.dataDir, { recursive: true, force: true });
  });

  it('delivers each of the messages both processes queue exactly once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < MESSAGES; i += 1) {
      // Alternate between the processes, as a load balancer would.
      const via = i % 2 === 0 ? uaFirst : uaSecond;
      const sent = await via.admin!.post('/api/admin/federation/test-messages', {
        to: 'MD',
        thread: `two-processes-${i % 3}`,
      });
      expect(sent.status).toBe(201);
      ids.push(sent.body.messageId);
    }
    const db = new Kysely<{ federation_outbox: { message_id: string; status: string; attempts: number } }>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ connectionString: store!.env.DATABASE_URL, max: 1 }),
      }),
    });
    try {
      const delivered = await waitFor(
        'every message delivered',
        async () => {
          const rows = await db
            .selectFrom('federation_outbox')
            .select(['message_id', 'status', 'attempts'])
            .where('message_id', 'in', ids)
            .execute();
          return rows.length === MESSAGES && rows.every((row) => row.status === 'delivered')
            ? rows
            : undefined;
        },
        120_000,
      );
      // One attempt each: no message was claimed by both workers.
      expect(delivered.map((row) => row.attempts)).toEqual(ids.map(() => 1));
      const open = await sql<{ n: number }>`select count(*)::int as n from federation_outbox
        where status = 'pending' and message_id = any(${ids})`.execute(db);
      expect(open.rows[0]!.n).toBe(0);
    } finally {
      await db.destroy();
    }
    // The receiver saw each message once: one receipt row per message, no duplicate, no replay.
    const mdDb = new Kysely<unknown>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ connectionString: mdStore!.env.DATABASE_URL, max: 1 }),
      }),
    });
    try {
      const received = await sql<{ id: string; n: number }>`select entity_id as id, count(*)::int as n
        from audit_log where action = 'federation.message.receive' and entity_id = any(${ids})
        group by entity_id`.execute(mdDb);
      expect(received.rows).toHaveLength(MESSAGES);
      expect(received.rows.every((row) => row.n === 1)).toBe(true);
      const refused = await sql<{ n: number }>`select count(*)::int as n from audit_log
        where action = 'federation.message.refused'`.execute(mdDb);
      expect(refused.rows[0]!.n).toBe(0);
    } finally {
      await mdDb.destroy();
    }
  });
});

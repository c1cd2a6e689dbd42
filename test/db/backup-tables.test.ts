// A backup that silently leaves a table out loses data at restore. Every table the migrations create
// must be in BACKUP_TABLES, or be listed here with the reason it is not worth keeping.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../../src/server/db/backup.ts';
import type { Database } from '../../src/server/db/database.ts';
import { createTestDatabase } from '../helpers/test-database.ts';

const NOT_BACKED_UP: Record<string, string> = {
  schema_migrations: 'recreated by the migrator before a restore',
  sessions: 'sign-ins do not survive a restore; everyone signs in again',
  auth_throttle: 'short-lived sign-in counters',
  idempotency_keys: 'replay protection for a few hours only',
  federation_deliveries_seen: 'replay guard of deliveries within the clock-skew window only',
};

describe('backup coverage', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('backs up every table the migrations create, except the listed short-lived ones', async () => {
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(database.db);
    const names = tables.rows.map((row) => row.table_name);
    const backedUp = new Set<string>(BACKUP_TABLES);
    expect(names.filter((name) => !backedUp.has(name) && !(name in NOT_BACKED_UP)).sort()).toEqual([]);
    expect([...backedUp].filter((name) => !names.includes(name))).toEqual([]);
  });
});

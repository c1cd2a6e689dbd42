import { sql } from 'kysely';
import type { Database } from './database.ts';
import { MIGRATIONS } from './migrations/index.ts';

// Any constant shared by every Haven process: concurrent app servers starting on one PostgreSQL
// migrate one after the other instead of racing.
const MIGRATION_LOCK_KEY = 748_201_001;

export async function migrate(database: Database): Promise<string[]> {
  return database.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(connection);
    try {
      await sql
        .raw(
          'create table if not exists schema_migrations (id text primary key, applied_at timestamptz not null default now())',
        )
        .execute(connection);
      const done = await sql<{ id: string }>`select id from schema_migrations`.execute(connection);
      const applied = new Set(done.rows.map((row) => row.id));
      const newlyApplied: string[] = [];
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.id)) continue;
        const script = `begin;\n${migration.sql}\ninsert into schema_migrations (id) values ('${migration.id}');\ncommit;`;
        try {
          await sql.raw(script).execute(connection);
        } catch (error) {
          await sql
            .raw('rollback')
            .execute(connection)
            .catch(() => undefined);
          throw error;
        }
        newlyApplied.push(migration.id);
      }
      return newlyApplied;
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(connection);
    }
  });
}

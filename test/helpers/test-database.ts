import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openPglite, openPostgres, PGLITE_PARSERS } from '../../src/server/db/database.ts';

/** A fresh database cloned from the run's migrated template: PGlite in memory, or a PostgreSQL clone. */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `haven_test_${randomBytes(6).toString('hex')}`;
    const admin = new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
    });
    await sql`create database ${sql.id(name)} template ${sql.id(inject('templateDatabase'))}`.execute(admin);
    const cloneUrl = new URL(url);
    cloneUrl.pathname = `/${name}`;
    const database = openPostgres(cloneUrl.toString(), { max: 4 });
    return {
      ...database,
      async close() {
        await database.close();
        await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
        await admin.destroy();
      },
    };
  }
  const tarball = new Blob([readFileSync(inject('templateTarball'))]);
  return openPglite(new PGlite({ loadDataDir: tarball, parsers: PGLITE_PARSERS }));
}

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { createPgliteKyselyPool } from './pglite-pool.ts';
import type { DatabaseSchema } from './schema.ts';

export type Engine = 'pglite' | 'postgres';

export type Database = {
  db: Kysely<DatabaseSchema>;
  engine: Engine;
  close(): Promise<void>;
};

// Both engines answer with the same JavaScript types: bigint counts as numbers (they stay far below
// 2^53 here), calendar dates as 'YYYY-MM-DD' strings (never a Date shifted by the server's time zone).
const INT8_OID = 20;
const DATE_OID = 1082;
pg.types.setTypeParser(INT8_OID, (value) => Number(value));
pg.types.setTypeParser(DATE_OID, (value) => value);

export function openPostgres(url: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection that the server drops (restart, failover, pg_terminate_backend) must not take the
  // whole node down: the pool discards it and the next query opens a new one.
  pool.on('error', () => undefined);
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', close: () => db.destroy() };
}

export async function openPglite(pglite: PGlite, onClose?: () => void): Promise<Database> {
  await pglite.waitReady;
  const db = new Kysely<DatabaseSchema>({
    dialect: new PostgresDialect({ pool: createPgliteKyselyPool(pglite) }),
  });
  return {
    db,
    engine: 'pglite',
    async close() {
      await db.destroy();
      await pglite.close();
      onClose?.();
    },
  };
}

export const PGLITE_PARSERS = {
  [INT8_OID]: (value: string) => Number(value),
  [DATE_OID]: (value: string) => value,
};

/** Opens the embedded engine in `<dataDir>/pgdata`, holding the folder's exclusive lock until closed. */
export async function openEmbedded(dataDir: string): Promise<Database> {
  const release = acquireDataDirLock(dataDir);
  try {
    const pgdata = join(dataDir, 'pgdata');
    mkdirSync(pgdata, { recursive: true });
    const pglite = new PGlite(pgdata, { parsers: PGLITE_PARSERS });
    return await openPglite(pglite, release);
  } catch (error) {
    release();
    throw error;
  }
}

export async function openDatabase(config: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openEmbedded(config.dataDir);
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres, PGLITE_PARSERS } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { syncReferenceData } from '../src/server/reference/reference-sync.ts';

// One migrated template per run: PGlite's data directory dumped to a tarball that each test file loads,
// or a PostgreSQL template database that each test file clones with CREATE DATABASE … TEMPLATE.

declare module 'vitest' {
  export interface ProvidedContext {
    templateTarball: string;
    templateDatabase: string;
  }
}

async function prepare(database: Awaited<ReturnType<typeof openPglite>>) {
  await migrate(database);
  await syncReferenceData(database.db);
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `haven_template_${process.pid}`;
    const admin = new Kysely<unknown>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
    });
    await sql`drop database if exists ${sql.id(name)}`.execute(admin);
    await sql`create database ${sql.id(name)}`.execute(admin);
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${name}`;
    const template = openPostgres(templateUrl.toString(), { max: 1 });
    await prepare(template);
    await template.close();
    project.provide('templateDatabase', name);
    project.provide('templateTarball', '');
    return async () => {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
      await admin.destroy();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'haven-template-'));
  const pglite = new PGlite({ parsers: PGLITE_PARSERS });
  const database = await openPglite(pglite);
  await prepare(database);
  const dump = await pglite.dumpDataDir('none');
  const tarball = join(dir, 'template.tar');
  writeFileSync(tarball, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('templateTarball', tarball);
  project.provide('templateDatabase', '');
  return () => rmSync(dir, { recursive: true, force: true });
}

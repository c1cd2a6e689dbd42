import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

// One portable format for both engines: gzipped JSON lines. A header names the format, the schema
// migrations and the node's country; then each table in foreign-key order: a table line, then rows.
// Values are plain JSON (timestamps as ISO strings), so a dump from PGlite restores onto PostgreSQL and back.
// Sessions, sign-in failure counters and idempotency keys are transient and not kept.

export const BACKUP_FORMAT = 'haven-backup';
export const BACKUP_VERSION = 1;

/** Parents before children. Extend when a migration adds a table. */
export const BACKUP_TABLES = [
  'node_settings',
  'admin_units',
  'agencies',
  'agency_units',
  'users',
  'user_roles',
  'teams',
  'team_members',
  'recovery_codes',
  'passkeys',
  'services',
  'service_districts',
  'case_code_counters',
  'cases',
  'case_actions',
  'case_family_members',
  'case_guardians',
  'case_consents',
  'case_notes',
  'case_attachments',
  'case_attachment_contents',
  'trafficking_events',
  'screenings',
  'case_status',
  'status_decisions',
  'duplicate_pairs',
  'plans',
  'plan_goals',
  'plan_actions',
  'best_interests',
  'best_interests_panel',
  'referrals',
  'referral_events',
  'services_delivered',
  'user_emails',
  'approvals',
  'grant_requests',
  'notifications',
  'justice_proceedings',
  'justice_stage_history',
  'justice_perpetrators',
  'justice_non_punishment',
  'monitoring_plans',
  'monitoring_visits',
  'monitoring_assessments',
  'monitoring_alerts',
  'break_glass_accesses',
  'case_legal_holds',
  'case_age_assessments',
  // The node's federation state: its peers, messages not yet delivered, what it has applied (so that a
  // restored node neither loses a message nor applies one twice).
  'federation_peers',
  'federation_outbox',
  'federation_threads',
  'federation_inbox',
  'federation_pings',
  'audit_log',
] as const;

type Db = Kysely<DatabaseSchema>;
type Progress = (table: string, rows: number) => void;

async function columnsOf(db: Db, table: string) {
  const result = await sql<{ column_name: string; data_type: string }>`
    select column_name, data_type from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(db);
  return result.rows;
}

async function primaryKeyOf(db: Db, table: string): Promise<string[]> {
  const result = await sql<{ column_name: string }>`
    select a.attname as column_name from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indrelid = ${table}::regclass and i.indisprimary order by a.attname`.execute(db);
  return result.rows.map((r) => r.column_name);
}

export async function writeBackup(
  db: Db,
  path: string,
  onProgress?: Progress,
): Promise<Record<string, number>> {
  const migrations = await sql<{ id: string }>`select id from schema_migrations order by id`.execute(db);
  const counts: Record<string, number> = {};
  async function* lines() {
    yield `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), migrations: migrations.rows.map((m) => m.id) })}\n`;
    for (const table of BACKUP_TABLES) {
      const columns = await columnsOf(db, table);
      const order = await primaryKeyOf(db, table);
      yield `${JSON.stringify({ table, columns: columns.map((c) => ({ name: c.column_name, type: c.data_type })) })}\n`;
      let offset = 0;
      counts[table] = 0;
      for (;;) {
        const page = await sql<
          Record<string, unknown>
        >`select * from ${sql.table(table)} order by ${sql.join(order.map((c) => sql.ref(c)))} limit 1000 offset ${offset}`.execute(
          db,
        );
        for (const row of page.rows)
          yield `${JSON.stringify(columns.map((c) => row[c.column_name] ?? null))}\n`;
        offset += page.rows.length;
        counts[table] = (counts[table] ?? 0) + page.rows.length;
        onProgress?.(table, counts[table] ?? 0);
        if (page.rows.length < 1000) break;
      }
    }
  }
  await pipeline(Readable.from(lines()), createGzip(), createWriteStream(path, { mode: 0o600 }));
  return counts;
}

export class BackupError extends Error {}

/** Restores into a migrated database that holds no accounts yet, in one transaction: all or nothing. */
export async function restoreBackup(
  db: Db,
  path: string,
  onProgress?: Progress,
): Promise<Record<string, number>> {
  const users = await sql<{ n: number }>`select count(*)::int as n from users`.execute(db);
  if ((users.rows[0]?.n ?? 0) > 0)
    throw new BackupError(
      'The target database already holds accounts. Restore into a new, empty database or data folder.',
    );
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    // Settings were written at start-up; the backup's copy replaces them. Geography already present is kept.
    await sql`delete from node_settings`.execute(trx);
    let lineNumber = 0;
    let current: { table: string; columns: Array<{ name: string; type: string }> } | null = null;
    let batch: unknown[][] = [];
    const flush = async () => {
      if (!current || batch.length === 0) return;
      const table = current;
      const rows = batch.map((values) =>
        Object.fromEntries(
          table.columns.map((c, i) => [
            c.name,
            c.type === 'jsonb' || c.type === 'json' ? JSON.stringify(values[i]) : values[i],
          ]),
        ),
      );
      const conflictTarget = table.table === 'admin_units' ? sql` on conflict (code) do nothing` : sql``;
      const columnList = sql.join(table.columns.map((c) => sql.ref(c.name)));
      const valueRows = sql.join(
        rows.map((row) => sql`(${sql.join(table.columns.map((c) => row[c.name]))})`),
      );
      await sql`insert into ${sql.table(table.table)} (${columnList}) values ${valueRows}${conflictTarget}`.execute(
        trx,
      );
      counts[table.table] = (counts[table.table] ?? 0) + batch.length;
      onProgress?.(table.table, counts[table.table] ?? 0);
      batch = [];
    };
    // Created only now, right before it is read: readline starts reading at once, and lines emitted
    // while we were still awaiting the statements above would be lost.
    const reader = createInterface({
      input: createReadStream(path).pipe(createGunzip()),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of reader) {
      lineNumber++;
      if (line.trim() === '') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new BackupError(
          `${path}:${lineNumber}: not a JSON line; the file is damaged or not a Haven backup.`,
        );
      }
      if (lineNumber === 1) {
        const header = parsed as { format?: string; version?: number };
        if (header.format !== BACKUP_FORMAT) throw new BackupError(`${path} is not a Haven backup.`);
        if (header.version !== BACKUP_VERSION)
          throw new BackupError(
            `${path} has backup format version ${header.version}; this Haven reads version ${BACKUP_VERSION}.`,
          );
        continue;
      }
      if (!Array.isArray(parsed)) {
        await flush();
        const next = parsed as { table?: string; columns?: Array<{ name: string; type: string }> };
        if (!next.table || !(BACKUP_TABLES as readonly string[]).includes(next.table) || !next.columns) {
          throw new BackupError(`${path}:${lineNumber}: unknown table section.`);
        }
        current = { table: next.table, columns: next.columns };
        continue;
      }
      if (!current) throw new BackupError(`${path}:${lineNumber}: a row before any table section.`);
      batch.push(parsed);
      if (batch.length >= 500) await flush();
    }
    await flush();
  });
  return counts;
}

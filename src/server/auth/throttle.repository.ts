import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;
type Counter = { failures: number; windowStartedAt: Date; notBefore: Date | null };

function toCounter(row: { failures: number; window_started_at: Date; not_before: Date | null }): Counter {
  return { failures: row.failures, windowStartedAt: row.window_started_at, notBefore: row.not_before };
}

/**
 * Creates any missing counter and locks all of them until the transaction ends. Keys are locked in
 * one order, so two sign-ins that share keys (the same client, the same account) cannot deadlock.
 */
export async function lockCounters(trx: Db, keys: ReadonlyArray<string>): Promise<Map<string, Counter>> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return new Map();
  await trx
    .insertInto('auth_throttle')
    .values(sorted.map((key) => ({ key })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const rows = await trx
    .selectFrom('auth_throttle')
    .selectAll()
    .where('key', 'in', sorted)
    .orderBy('key')
    .forUpdate()
    .execute();
  return new Map(rows.map((row) => [row.key, toCounter(row)]));
}

export async function saveCounter(trx: Db, key: string, counter: Counter): Promise<void> {
  await trx
    .updateTable('auth_throttle')
    .set({
      failures: counter.failures,
      window_started_at: counter.windowStartedAt,
      not_before: counter.notBefore,
    })
    .where('key', '=', key)
    .execute();
}

export async function deleteCounters(db: Db, keys: ReadonlyArray<string>): Promise<void> {
  if (keys.length === 0) return;
  await db
    .deleteFrom('auth_throttle')
    .where('key', 'in', [...keys])
    .execute();
}

export async function refundOne(db: Db, keys: ReadonlyArray<string>): Promise<void> {
  if (keys.length === 0) return;
  await db
    .updateTable('auth_throttle')
    .set((eb) => ({ failures: eb.fn('greatest', [eb('failures', '-', 1), eb.lit(0)]) }))
    .where('key', 'in', [...keys])
    .execute();
}

export async function countersOf(db: Db, keys: ReadonlyArray<string>): Promise<Map<string, Counter>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('auth_throttle')
    .selectAll()
    .where('key', 'in', [...keys])
    .execute();
  return new Map(rows.map((row) => [row.key, toCounter(row)]));
}

/** Counters untouched for longer than any rule remembers are never read again: keep the table small. */
export async function pruneCounters(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('auth_throttle').where('window_started_at', '<', before).execute();
}

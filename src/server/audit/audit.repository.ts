import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { type AuditFields, auditHash, GENESIS_HASH } from './audit-hash.ts';

// Appending takes a transaction-scoped advisory lock so that concurrent writers (several app servers on
// one PostgreSQL) extend the chain one at a time; the entry commits or rolls back with the write it records.
const AUDIT_CHAIN_LOCK_KEY = 748_201_002;

export type NewAuditEntry = Omit<AuditFields, 'seq' | 'at' | 'prevHash'>;

export async function appendAuditEntry(trx: Kysely<DatabaseSchema>, entry: NewAuditEntry): Promise<number> {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const fields: AuditFields = {
    ...entry,
    seq: (last?.seq ?? 0) + 1,
    at: new Date(),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await trx
    .insertInto('audit_log')
    .values({
      seq: fields.seq,
      at: fields.at,
      actor_id: fields.actorId,
      actor_agency_id: fields.actorAgencyId,
      action: fields.action,
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      outcome: fields.outcome,
      request_id: fields.requestId,
      details: JSON.stringify(fields.details),
      prev_hash: fields.prevHash,
      hash: auditHash(fields),
    })
    .execute();
  return fields.seq;
}

export type ChainBreak = { seq: number; reason: string };

/** Walks the whole chain in pages; returns the first broken entry, or null when the chain holds. */
export async function findFirstChainBreak(
  db: Kysely<DatabaseSchema>,
  onProgress?: (checked: number, total: number) => void,
): Promise<{ checked: number; break: ChainBreak | null }> {
  const total = (
    await db.selectFrom('audit_log').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  ).n;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  const pageSize = 2000;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      if (row.seq !== expectedSeq)
        return { checked: expectedSeq - 1, break: { seq: expectedSeq, reason: 'entry missing' } };
      if (row.prev_hash !== prevHash)
        return { checked: expectedSeq - 1, break: { seq: row.seq, reason: 'link to previous entry broken' } };
      const recomputed = auditHash({
        seq: row.seq,
        at: row.at,
        actorId: row.actor_id,
        actorAgencyId: row.actor_agency_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        outcome: row.outcome,
        requestId: row.request_id,
        details: row.details,
        prevHash: row.prev_hash,
      });
      if (recomputed !== row.hash)
        return { checked: expectedSeq - 1, break: { seq: row.seq, reason: 'content altered' } };
      prevHash = row.hash;
      expectedSeq++;
    }
    onProgress?.(expectedSeq - 1, total);
    if (rows.length < pageSize) return { checked: expectedSeq - 1, break: null };
  }
}

export async function listEntityAccess(
  db: Kysely<DatabaseSchema>,
  entityType: string,
  entityId: string,
  limit: number,
) {
  return db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .leftJoin('agencies', 'agencies.id', 'audit_log.actor_agency_id')
    .select([
      'audit_log.seq',
      'audit_log.at',
      'audit_log.actor_id',
      'users.username as actor_username',
      'users.display_name as actor_name',
      'agencies.name as actor_agency_name',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.outcome',
    ])
    .where('audit_log.entity_type', '=', entityType)
    .where('audit_log.entity_id', '=', entityId)
    .orderBy('audit_log.seq', 'desc')
    .limit(limit)
    .execute();
}

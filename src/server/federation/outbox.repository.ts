import { type Kysely, type Selectable, sql } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import type { FederationOutboxTable, OutboxStatus } from '../db/schema-federation.ts';

type Db = Kysely<DatabaseSchema>;
export type OutboxRow = Selectable<FederationOutboxTable>;

/** The next sequence number of a thread towards one destination; the row lock orders concurrent writers. */
export async function nextSequence(db: Db, threadId: string, destination: string): Promise<number> {
  const row = await db
    .insertInto('federation_threads')
    .values({ thread_id: threadId, destination, last_seq: 1 })
    .onConflict((oc) =>
      oc
        .columns(['thread_id', 'destination'])
        .doUpdateSet({ last_seq: sql`federation_threads.last_seq + 1` }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

export type NewOutboxRow = {
  messageId: string;
  destination: string;
  nextHop: string;
  type: string;
  threadId: string;
  seq: number;
  token: string;
  relayed: boolean;
};

/** Inserts a message to deliver; a message already queued (a relay received twice) is left as it is. */
export async function insertOutbox(db: Db, row: NewOutboxRow): Promise<void> {
  await db
    .insertInto('federation_outbox')
    .values({
      message_id: row.messageId,
      destination: row.destination,
      next_hop: row.nextHop,
      type: row.type,
      thread_id: row.threadId,
      seq: row.seq,
      token: row.token,
      relayed: row.relayed,
    })
    .onConflict((oc) => oc.column('message_id').doNothing())
    .execute();
}

/**
 * Claims due messages for one worker. SKIP LOCKED lets several app processes on one PostgreSQL claim at
 * once without waiting for or taking each other's rows; the lease (claimed_until) keeps a claimed row
 * away from the others while its HTTP call runs outside any transaction, and frees it if the worker dies.
 */
export async function claimDue(db: Db, limit: number, leaseMs: number): Promise<OutboxRow[]> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('federation_outbox')
      .select('message_id')
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', sql<Date>`now()`)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', sql<Date>`now()`)]))
      .orderBy('created_at')
      .orderBy('seq')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    return trx
      .updateTable('federation_outbox')
      .set({ claimed_until: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
      .where(
        'message_id',
        'in',
        due.map((d) => d.message_id),
      )
      .returningAll()
      .execute();
  });
}

export async function markDelivered(db: Db, messageId: string, receipt: string): Promise<void> {
  await db
    .updateTable('federation_outbox')
    .set({
      status: 'delivered',
      receipt,
      attempts: sql`attempts + 1`,
      delivered_at: new Date(),
      claimed_until: null,
      last_error: null,
    })
    .where('message_id', '=', messageId)
    .execute();
}

export async function markAttemptFailed(
  db: Db,
  messageId: string,
  error: string,
  nextAttemptAt: Date,
  final: boolean,
): Promise<void> {
  await db
    .updateTable('federation_outbox')
    .set({
      status: final ? 'failed' : 'pending',
      attempts: sql`attempts + 1`,
      next_attempt_at: nextAttemptAt,
      claimed_until: null,
      last_error: error,
    })
    .where('message_id', '=', messageId)
    .execute();
}

/** An administrator's retry: the message is due now, with a fresh count of attempts. */
export async function resetForRetry(db: Db, messageId: string): Promise<boolean> {
  const result = await db
    .updateTable('federation_outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: new Date(), claimed_until: null })
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listOutbox(
  db: Db,
  status: OutboxStatus | undefined,
  limit: number,
): Promise<OutboxRow[]> {
  let query = db.selectFrom('federation_outbox').selectAll();
  if (status) query = query.where('status', '=', status);
  return query.orderBy('created_at', 'desc').limit(limit).execute();
}

export async function findOutbox(db: Db, messageId: string): Promise<OutboxRow | undefined> {
  return db
    .selectFrom('federation_outbox')
    .selectAll()
    .where('message_id', '=', messageId)
    .executeTakeFirst();
}

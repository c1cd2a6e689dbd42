import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import type { FederationInboxTable } from '../db/schema-federation.ts';

type Db = Kysely<DatabaseSchema>;
export type InboxRow = Selectable<FederationInboxTable>;

/** Remembers a delivery id; false when it was seen before (a replay of the very same delivery). */
export async function rememberDelivery(db: Db, deliveryId: string): Promise<boolean> {
  const inserted = await db
    .insertInto('federation_deliveries_seen')
    .values({ delivery_id: deliveryId })
    .onConflict((oc) => oc.column('delivery_id').doNothing())
    .returning('delivery_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Deliveries older than the clock-skew window are refused anyway; their ids need not be kept. */
export async function forgetDeliveriesBefore(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('federation_deliveries_seen').where('seen_at', '<', before).execute();
}

export async function findInbox(db: Db, messageId: string): Promise<InboxRow | undefined> {
  return db.selectFrom('federation_inbox').selectAll().where('message_id', '=', messageId).executeTakeFirst();
}

export async function insertHeld(
  db: Db,
  row: { messageId: string; origin: string; type: string; threadId: string; seq: number; token: string },
): Promise<void> {
  await db
    .insertInto('federation_inbox')
    .values({
      message_id: row.messageId,
      origin: row.origin,
      type: row.type,
      thread_id: row.threadId,
      seq: row.seq,
      token: row.token,
      status: 'held',
    })
    .execute();
}

export async function lastAppliedSeq(db: Db, origin: string, threadId: string): Promise<number> {
  const row = await db
    .selectFrom('federation_inbox')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('origin', '=', origin)
    .where('thread_id', '=', threadId)
    .where('status', '=', 'applied')
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

export async function heldAt(
  db: Db,
  origin: string,
  threadId: string,
  seq: number,
): Promise<InboxRow | undefined> {
  return db
    .selectFrom('federation_inbox')
    .selectAll()
    .where('origin', '=', origin)
    .where('thread_id', '=', threadId)
    .where('seq', '=', seq)
    .where('status', '=', 'held')
    .forUpdate()
    .executeTakeFirst();
}

export async function markApplied(db: Db, messageId: string): Promise<void> {
  await db
    .updateTable('federation_inbox')
    .set({ status: 'applied', applied_at: new Date() })
    .where('message_id', '=', messageId)
    .execute();
}

export async function listInbox(db: Db, limit: number): Promise<InboxRow[]> {
  return db.selectFrom('federation_inbox').selectAll().orderBy('received_at', 'desc').limit(limit).execute();
}

import type { Kysely } from 'kysely';
import type { Actor } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { appendAuditEntry } from './audit.repository.ts';

export type AuditEvent = {
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  outcome?: 'success' | 'failure' | 'denied';
  /** Ids, counts and codes only: never names, contacts or free text. */
  details?: Record<string, string | number | boolean | null | string[]>;
};

/** Writes one audit entry inside the given transaction (or as its own statement on a plain handle). */
export async function audit(db: Kysely<DatabaseSchema>, actor: Actor, event: AuditEvent): Promise<void> {
  const write = (trx: Kysely<DatabaseSchema>) =>
    appendAuditEntry(trx, {
      actorId: actor.userId,
      actorAgencyId: actor.agencyId,
      requestId: actor.requestId,
      action: event.action,
      entityType: event.entityType ?? null,
      entityId: event.entityId ?? null,
      outcome: event.outcome ?? 'success',
      details: event.details ?? {},
    });
  // The advisory lock behind the chain is transaction-scoped, so a plain handle gets a transaction.
  if (db.isTransaction) await write(db);
  else await db.transaction().execute(write);
}

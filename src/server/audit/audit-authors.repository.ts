import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

/**
 * Who wrote a record, read from the hash-chained audit log: every write is audited in its own
 * transaction, so the log is the one complete list of everyone who ever created or changed a record,
 * including edits no column remembers. Finds the actors of these actions on an entity whose details
 * name one of the given records (e.g. details.planId of any version of a plan).
 */
export async function actorsOfAuditedWrites(
  db: Kysely<DatabaseSchema>,
  query: {
    entityType: string;
    entityId: string;
    actions: ReadonlyArray<string>;
    detailKey: string;
    detailValues: ReadonlyArray<string>;
  },
): Promise<string[]> {
  if (query.actions.length === 0 || query.detailValues.length === 0) return [];
  const rows = await db
    .selectFrom('audit_log')
    .select('actor_id')
    .distinct()
    .where('entity_type', '=', query.entityType)
    .where('entity_id', '=', query.entityId)
    .where('action', 'in', [...query.actions])
    .where('outcome', '=', 'success')
    .where(sql<string>`details ->> ${query.detailKey}`, 'in', [...query.detailValues])
    .where('actor_id', 'is not', null)
    .execute();
  return rows.flatMap((row) => (row.actor_id ? [row.actor_id] : []));
}

import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

export type EventRow = {
  type: string;
  date_from: string;
  date_to: string | null;
  country: string;
  region_code: string | null;
  /** Ciphertext. */
  place: string | null;
  recruitment_methods: string[];
  apps: string[];
  relationship_to_trafficker: string | null;
  exploitation_types: string[];
  labour_industry: string | null;
  sex_exploitation_type: string | null;
  control_methods: string[];
  duration_days: number | null;
};

export async function listEvents(db: Db, caseId: string) {
  return db
    .selectFrom('trafficking_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('date_from')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findEvent(db: Db, caseId: string, id: string) {
  return db
    .selectFrom('trafficking_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type StoredEvent = NonNullable<Awaited<ReturnType<typeof findEvent>>>;

export async function insertEvent(
  db: Db,
  row: EventRow & { id: string; case_id: string; created_by: string },
) {
  await db.insertInto('trafficking_events').values(row).execute();
}

export async function updateEventIfVersion(
  db: Db,
  caseId: string,
  id: string,
  expectedVersion: number,
  row: EventRow,
): Promise<boolean> {
  const result = await db
    .updateTable('trafficking_events')
    .set((eb) => ({ ...row, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteEventIfVersion(
  db: Db,
  caseId: string,
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('trafficking_events')
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Every exploitation type recorded on the case's events, for the case's derived column. */
export async function eventExploitationTypes(db: Db, caseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('trafficking_events')
    .select('exploitation_types')
    .where('case_id', '=', caseId)
    .execute();
  return [...new Set(rows.flatMap((row) => row.exploitation_types))];
}

/** Does the case have a recruitment or transit event? (Screening: for a child no means are needed.) */
export async function hasMovementOrRecruitment(db: Db, caseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('trafficking_events')
    .select('id')
    .where('case_id', '=', caseId)
    .where('type', 'in', ['Recruitment', 'Transit'])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

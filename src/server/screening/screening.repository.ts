import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

export async function insertScreening(
  db: Db,
  row: {
    id: string;
    caseId: string;
    list: string;
    indicatorSetVersion: string;
    /** Ciphertext. */
    answers: string;
    /** Ciphertext. */
    result: string;
    suggestion: string;
    screenedBy: string;
  },
) {
  await db
    .insertInto('screenings')
    .values({
      id: row.id,
      case_id: row.caseId,
      list: row.list,
      indicator_set_version: row.indicatorSetVersion,
      answers: row.answers,
      result: row.result,
      suggestion: row.suggestion,
      screened_by: row.screenedBy,
      screened_at: new Date(),
    })
    .execute();
}

export async function listScreenings(db: Db, caseId: string) {
  return db
    .selectFrom('screenings')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('screened_at')
    .orderBy('id')
    .execute();
}
export type ScreeningRow = Awaited<ReturnType<typeof listScreenings>>[number];

export async function findScreening(db: Db, caseId: string, id: string) {
  return db
    .selectFrom('screenings')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

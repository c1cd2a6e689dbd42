import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

function withNames(db: Db) {
  return db
    .selectFrom('case_legal_holds as h')
    .leftJoin('users as setter', 'setter.id', 'h.set_by')
    .leftJoin('users as lifter', 'lifter.id', 'h.lifted_by')
    .select([
      'h.id',
      'h.case_id',
      'h.reason',
      'h.set_by',
      'setter.display_name as set_by_name',
      'h.set_at',
      'h.lifted_by',
      'lifter.display_name as lifted_by_name',
      'h.lifted_at',
      'h.lift_reason',
      'h.version',
    ]);
}
export type LegalHoldRow = NonNullable<Awaited<ReturnType<typeof findHold>>>;

export async function listHolds(db: Db, caseId: string) {
  return withNames(db).where('h.case_id', '=', caseId).orderBy('h.set_at', 'desc').orderBy('h.id').execute();
}

export async function findHold(db: Db, caseId: string, holdId: string) {
  return withNames(db).where('h.case_id', '=', caseId).where('h.id', '=', holdId).executeTakeFirst();
}

/** The same row lock the retention job takes before erasing: a hold and an erasure never cross. */
export async function lockCaseRow(trx: Db, caseId: string): Promise<void> {
  await sql`select id from cases where id = ${caseId} for update`.execute(trx);
}

export async function activeHoldId(db: Db, caseId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('case_legal_holds')
    .select('id')
    .where('case_id', '=', caseId)
    .where('lifted_at', 'is', null)
    .executeTakeFirst();
  return row?.id;
}

export async function insertHold(
  trx: Db,
  row: { id: string; caseId: string; reason: string; setBy: string },
): Promise<void> {
  await trx
    .insertInto('case_legal_holds')
    .values({ id: row.id, case_id: row.caseId, reason: row.reason, set_by: row.setBy })
    .execute();
}

export async function liftHoldIfVersion(
  trx: Db,
  holdId: string,
  version: number,
  change: { liftedBy: string; liftReason: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('case_legal_holds')
    .set((eb) => ({
      lifted_by: change.liftedBy,
      lifted_at: new Date(),
      lift_reason: change.liftReason,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', holdId)
    .where('version', '=', version)
    .where('lifted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

import type { Insertable, Kysely } from 'kysely';
import type { CaseConsentsTable, DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

function withAgency(db: Db) {
  return db
    .selectFrom('case_consents')
    .leftJoin('agencies', 'agencies.id', 'case_consents.recipient_agency_id')
    .selectAll('case_consents')
    .select('agencies.name as recipient_agency_name');
}

/** Oldest first: the ledger reads in the order things happened. */
export async function listConsents(db: Db, caseId: string, purpose?: string) {
  let query = withAgency(db).where('case_consents.case_id', '=', caseId);
  if (purpose) query = query.where('case_consents.purpose', '=', purpose);
  return query.orderBy('case_consents.recorded_at').orderBy('case_consents.id').execute();
}

export async function findConsent(db: Db, caseId: string, id: string) {
  return withAgency(db)
    .where('case_consents.case_id', '=', caseId)
    .where('case_consents.id', '=', id)
    .executeTakeFirst();
}
export type ConsentRow = NonNullable<Awaited<ReturnType<typeof findConsent>>>;

export async function insertConsent(db: Db, row: Insertable<CaseConsentsTable>) {
  await db.insertInto('case_consents').values(row).execute();
}

export async function withdrawIfVersion(
  db: Db,
  caseId: string,
  id: string,
  version: number,
  change: { withdrawn_at: Date; withdrawal_reason: string; withdrawn_by: string },
): Promise<boolean> {
  const result = await db
    .updateTable('case_consents')
    .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function agencyExists(db: Db, id: string): Promise<boolean> {
  return Boolean(await db.selectFrom('agencies').select('id').where('id', '=', id).executeTakeFirst());
}

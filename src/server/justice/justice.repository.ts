import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import type {
  JusticeNonPunishmentTable,
  JusticePerpetratorsTable,
  JusticeProceedingsTable,
} from '../db/schema-justice.ts';

type Db = Kysely<DatabaseSchema>;

// Every justice table is keyed by the case as well as its own id, so a record of another case answers
// exactly like a missing one.

function proceedingsWithAgency(db: Db) {
  return db
    .selectFrom('justice_proceedings')
    .leftJoin('agencies', 'agencies.id', 'justice_proceedings.authority_agency_id')
    .selectAll('justice_proceedings')
    .select('agencies.name as authority_agency_name');
}

export async function listProceedings(db: Db, caseId: string) {
  return proceedingsWithAgency(db)
    .where('justice_proceedings.case_id', '=', caseId)
    .orderBy('justice_proceedings.opened_on')
    .orderBy('justice_proceedings.id')
    .execute();
}

export async function findProceeding(db: Db, caseId: string, id: string) {
  return proceedingsWithAgency(db)
    .where('justice_proceedings.case_id', '=', caseId)
    .where('justice_proceedings.id', '=', id)
    .executeTakeFirst();
}
export type ProceedingRow = NonNullable<Awaited<ReturnType<typeof findProceeding>>>;

export async function insertProceeding(db: Db, row: Insertable<JusticeProceedingsTable>) {
  await db.insertInto('justice_proceedings').values(row).execute();
}

export async function updateProceedingIfVersion(
  db: Db,
  caseId: string,
  id: string,
  version: number,
  change: Updateable<JusticeProceedingsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('justice_proceedings')
    .set((eb) => ({ ...change, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function stageHistories(db: Db, proceedingIds: ReadonlyArray<string>) {
  if (proceedingIds.length === 0) return [];
  return db
    .selectFrom('justice_stage_history')
    .selectAll()
    .where('proceeding_id', 'in', proceedingIds)
    .orderBy('proceeding_id')
    .orderBy('seq')
    .execute();
}
export type StageHistoryRow = Awaited<ReturnType<typeof stageHistories>>[number];

export async function appendStage(
  db: Db,
  row: {
    proceedingId: string;
    stage: string;
    enteredOn: string;
    outcome: string | null;
    note: string | null;
    recordedBy: string;
  },
) {
  const last = await db
    .selectFrom('justice_stage_history')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('proceeding_id', '=', row.proceedingId)
    .executeTakeFirst();
  await db
    .insertInto('justice_stage_history')
    .values({
      proceeding_id: row.proceedingId,
      seq: Number(last?.seq ?? 0) + 1,
      stage: row.stage,
      entered_on: row.enteredOn,
      outcome: row.outcome,
      note: row.note,
      recorded_by: row.recordedBy,
    })
    .execute();
}

export async function listPerpetrators(db: Db, caseId: string) {
  return db
    .selectFrom('justice_perpetrators')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findPerpetrator(db: Db, caseId: string, id: string) {
  return db
    .selectFrom('justice_perpetrators')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type PerpetratorRow = NonNullable<Awaited<ReturnType<typeof findPerpetrator>>>;

export async function insertPerpetrator(db: Db, row: Insertable<JusticePerpetratorsTable>) {
  await db.insertInto('justice_perpetrators').values(row).execute();
}

export async function updatePerpetratorIfVersion(
  db: Db,
  caseId: string,
  id: string,
  version: number,
  change: Updateable<JusticePerpetratorsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('justice_perpetrators')
    .set((eb) => ({ ...change, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deletePerpetratorIfVersion(db: Db, caseId: string, id: string, version: number) {
  const result = await db
    .deleteFrom('justice_perpetrators')
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

function decisionsWithAgency(db: Db) {
  return db
    .selectFrom('justice_non_punishment')
    .leftJoin('agencies', 'agencies.id', 'justice_non_punishment.authority_agency_id')
    .selectAll('justice_non_punishment')
    .select('agencies.name as authority_agency_name');
}

export async function listDecisions(db: Db, caseId: string) {
  return decisionsWithAgency(db)
    .where('justice_non_punishment.case_id', '=', caseId)
    .orderBy('justice_non_punishment.created_at')
    .orderBy('justice_non_punishment.id')
    .execute();
}

export async function findDecision(db: Db, caseId: string, id: string) {
  return decisionsWithAgency(db)
    .where('justice_non_punishment.case_id', '=', caseId)
    .where('justice_non_punishment.id', '=', id)
    .executeTakeFirst();
}
export type DecisionRow = NonNullable<Awaited<ReturnType<typeof findDecision>>>;

export async function insertDecision(db: Db, row: Insertable<JusticeNonPunishmentTable>) {
  await db.insertInto('justice_non_punishment').values(row).execute();
}

export async function updateDecisionIfVersion(
  db: Db,
  caseId: string,
  id: string,
  version: number,
  change: Updateable<JusticeNonPunishmentTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('justice_non_punishment')
    .set((eb) => ({ ...change, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function agencyExists(db: Db, id: string): Promise<boolean> {
  return Boolean(await db.selectFrom('agencies').select('id').where('id', '=', id).executeTakeFirst());
}

export async function familyMemberOfCase(db: Db, caseId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('case_family_members')
    .select('id')
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Boolean(row);
}

/** Proceedings per stage for a set of cases, for the supervisor dashboard. */
export async function proceedingStagesOf(db: Db, caseIds: ReadonlyArray<string>) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('justice_proceedings')
    .select(['stage'])
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('case_id', 'in', caseIds)
    .groupBy('stage')
    .execute();
}

/**
 * Open cases whose recorded exploitation includes forced criminality or forced begging and that have
 * no non-punishment decision yet (CoE Art. 26): the owner should consider non-punishment.
 */
export function casesToConsiderNonPunishment(db: Db, ownerId: string, limit: number) {
  return db
    .selectFrom('cases')
    .select([
      'cases.id',
      'cases.code',
      'cases.owner_agency_id',
      'cases.unit_code',
      'cases.owner_user_id',
      'cases.owner_team_id',
    ])
    .where('cases.owner_user_id', '=', ownerId)
    .where(sql<boolean>`cases.exploitation_types && array['ForcedCriminality', 'ForcedBegging']::text[]`)
    .where('cases.stage', '!=', 'closed')
    .where('cases.merged_into', 'is', null)
    .where('cases.anonymised_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('justice_non_punishment')
            .select('id')
            .whereRef('justice_non_punishment.case_id', '=', 'cases.id'),
        ),
      ),
    )
    .orderBy('cases.code')
    .limit(limit)
    .execute();
}

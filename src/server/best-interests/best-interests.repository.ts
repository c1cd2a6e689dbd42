import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import type { BestInterestsTable } from '../db/schema-plans.ts';

type Db = Kysely<DatabaseSchema>;

export async function listAssessments(db: Db, caseId: string) {
  return db
    .selectFrom('best_interests')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}
export type AssessmentRow = Awaited<ReturnType<typeof listAssessments>>[number];

/** The case's latest decided determination, with the risk assessment it holds (exits are checked on it). */
export async function latestDecided(db: Db, caseId: string) {
  return db
    .selectFrom('best_interests')
    .select(['id', 'solution', 'risk_level', 'return_in_best_interests', 'decided_at'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'decided')
    .orderBy('decided_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export async function findAssessment(db: Db, caseId: string, id: string) {
  return db
    .selectFrom('best_interests')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function panelsOf(db: Db, ids: ReadonlyArray<string>) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('best_interests_panel')
    .innerJoin('users', 'users.id', 'best_interests_panel.user_id')
    .select([
      'best_interests_panel.best_interests_id',
      'best_interests_panel.user_id',
      'best_interests_panel.confirmed_at',
      'users.display_name',
    ])
    .where('best_interests_panel.best_interests_id', 'in', ids)
    .orderBy('best_interests_panel.confirmed_at')
    .execute();
}
export type PanelRow = Awaited<ReturnType<typeof panelsOf>>[number];

export async function insertAssessment(db: Db, row: Insertable<BestInterestsTable>) {
  await db.insertInto('best_interests').values(row).execute();
}

export async function updateIfVersion(
  db: Db,
  id: string,
  version: number,
  change: Updateable<BestInterestsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('best_interests')
    .set((eb) => ({ ...change, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replacePanel(
  db: Db,
  id: string,
  members: ReadonlyArray<{ userId: string; confirmedAt: Date | null }>,
) {
  await db.deleteFrom('best_interests_panel').where('best_interests_id', '=', id).execute();
  if (members.length > 0)
    await db
      .insertInto('best_interests_panel')
      .values(members.map((m) => ({ best_interests_id: id, user_id: m.userId, confirmed_at: m.confirmedAt })))
      .execute();
}

export async function confirmMember(db: Db, id: string, userId: string) {
  await db
    .updateTable('best_interests_panel')
    .set({ confirmed_at: new Date() })
    .where('best_interests_id', '=', id)
    .where('user_id', '=', userId)
    .execute();
}

/** The case's family record: who is known, and who is marked implicated there. */
export async function familyOfCase(db: Db, caseId: string) {
  return db
    .selectFrom('case_family_members')
    .select(['id', 'implicated'])
    .where('case_id', '=', caseId)
    .execute();
}

export async function namesOfUsers(db: Db, ids: ReadonlyArray<string>) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', ids)
    .where('status', '=', 'active')
    .orderBy('display_name')
    .execute();
}

export async function latestDecidedSolution(db: Db, caseId: string): Promise<string | null> {
  const row = await db
    .selectFrom('best_interests')
    .select('solution')
    .where('case_id', '=', caseId)
    .where('status', '=', 'decided')
    .orderBy('decided_at', 'desc')
    .executeTakeFirst();
  return row?.solution ?? null;
}

/** Proposed determinations this user is asked to confirm (inbox). */
export async function awaitingConfirmationBy(db: Db, userId: string, limit: number) {
  return db
    .selectFrom('best_interests_panel')
    .innerJoin('best_interests', 'best_interests.id', 'best_interests_panel.best_interests_id')
    .innerJoin('cases', 'cases.id', 'best_interests.case_id')
    .select([
      'best_interests.id',
      'best_interests.proposed_at',
      'cases.id as case_id',
      'cases.code',
      'cases.owner_agency_id',
      'cases.unit_code',
      'cases.owner_user_id',
      'cases.owner_team_id',
    ])
    .where('best_interests_panel.user_id', '=', userId)
    .where('best_interests_panel.confirmed_at', 'is', null)
    .where('best_interests.status', '=', 'proposed')
    .orderBy('best_interests.proposed_at')
    .limit(limit)
    .execute();
}

import type { Insertable, Kysely } from 'kysely';
import type { BreakGlassAccessesTable } from '../db/schema-break-glass.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { caseInReach } from '../cases/case-reach.repository.ts';
import type { CaseReach } from '../cases/case-reach.ts';

type Db = Kysely<DatabaseSchema>;

export async function insertAccess(db: Db, row: Insertable<BreakGlassAccessesTable>): Promise<void> {
  await db.insertInto('break_glass_accesses').values(row).execute();
}

/** The user's unexpired access to the case, if any (the latest to expire). */
export async function activeAccess(db: Db, userId: string, caseId: string, now: Date) {
  return db
    .selectFrom('break_glass_accesses')
    .select(['id', 'expires_at'])
    .where('user_id', '=', userId)
    .where('case_id', '=', caseId)
    .where('expires_at', '>', now)
    .orderBy('expires_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

function withNames(db: Db) {
  return db
    .selectFrom('break_glass_accesses as b')
    .innerJoin('cases', 'cases.id', 'b.case_id')
    .innerJoin('users as u', 'u.id', 'b.user_id')
    .leftJoin('agencies as ua', 'ua.id', 'b.user_agency_id')
    .leftJoin('users as r', 'r.id', 'b.reviewed_by')
    .select([
      'b.id',
      'b.case_id',
      'cases.code as case_code',
      'cases.owner_agency_id as case_owner_agency_id',
      'cases.unit_code as case_unit_code',
      'cases.owner_user_id as case_owner_user_id',
      'cases.owner_team_id as case_owner_team_id',
      'b.user_id',
      'u.display_name as user_name',
      'b.user_agency_id',
      'ua.name as user_agency_name',
      'b.owner_agency_id',
      'b.reason',
      'b.started_at',
      'b.expires_at',
      'b.reviewed_at',
      'b.reviewed_by',
      'r.display_name as reviewer_name',
      'b.review_note',
      'b.version',
    ]);
}
export type AccessRow = NonNullable<Awaited<ReturnType<typeof findAccess>>>;

export async function findAccess(db: Db, id: string) {
  return withNames(db).where('b.id', '=', id).executeTakeFirst();
}

export async function accessesOfCase(db: Db, caseId: string) {
  return withNames(db).where('b.case_id', '=', caseId).orderBy('b.started_at', 'desc').execute();
}

/** The reviewer's reach, as the case list filters it (units within, an agency, an owner). */
export type ReachFilter = CaseReach;

/** Accesses to cases within the reach, to review or reviewed, newest first. */
export async function listAccesses(
  db: Db,
  filter: { reach: ReachFilter; reviewed?: boolean; caseId?: string; limit: number },
) {
  let query = withNames(db);
  const reach = filter.reach;
  if (!reach.all) {
    query = query.where(caseInReach(reach));
  }
  if (filter.caseId) query = query.where('b.case_id', '=', filter.caseId);
  if (filter.reviewed === true) query = query.where('b.reviewed_at', 'is not', null);
  if (filter.reviewed === false) query = query.where('b.reviewed_at', 'is', null);
  return query.orderBy('b.started_at', 'desc').orderBy('b.id').limit(filter.limit).execute();
}

export async function markReviewed(
  db: Db,
  id: string,
  expectedVersion: number,
  review: { reviewedBy: string; reviewNote: string; at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('break_glass_accesses')
    .set((eb) => ({
      reviewed_at: review.at,
      reviewed_by: review.reviewedBy,
      review_note: review.reviewNote,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('reviewed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

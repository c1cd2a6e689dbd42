import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ApprovalsTable } from '../db/schema-notifications-approvals.ts';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;
export type ApprovalRow = Selectable<ApprovalsTable>;

export async function insertApproval(db: Db, row: Insertable<ApprovalsTable>): Promise<ApprovalRow> {
  return db.insertInto('approvals').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findApproval(db: Db, id: string) {
  return db.selectFrom('approvals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function withdrawPending(db: Db, kind: string, subjectId: string) {
  return db
    .updateTable('approvals')
    .set((eb) => ({ status: 'withdrawn', version: eb('version', '+', 1) }))
    .where('kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .where('status', '=', 'pending')
    .returning(['id', 'case_id'])
    .execute();
}

export async function decideIfVersion(
  db: Db,
  id: string,
  version: number,
  change: { status: 'approved' | 'rejected'; decided_by: string; decided_at: Date; reason: string | null },
) {
  return db
    .updateTable('approvals')
    .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
}

export async function forSubject(db: Db, kind: string, subjectId: string) {
  return db
    .selectFrom('approvals')
    .selectAll()
    .where('kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .orderBy('requested_at')
    .orderBy('id')
    .execute();
}

const withNames = (db: Db) =>
  db
    .selectFrom('approvals')
    .leftJoin('cases', 'cases.id', 'approvals.case_id')
    .leftJoin('grant_requests', 'grant_requests.approval_id', 'approvals.id')
    .leftJoin('users as account', 'account.id', 'grant_requests.user_id')
    .leftJoin('users as requester', 'requester.id', 'approvals.requested_by')
    .leftJoin('users as decider', 'decider.id', 'approvals.decided_by')
    .selectAll('approvals')
    .select([
      'cases.code as case_code',
      'cases.owner_agency_id',
      'cases.unit_code',
      'cases.owner_user_id',
      'cases.owner_team_id',
      'account.id as account_id',
      'account.display_name as account_name',
      'requester.display_name as requester_name',
      'decider.display_name as decider_name',
    ]);
export type ApprovalListRow = Awaited<ReturnType<typeof forCase>>[number];

export async function forCase(db: Db, caseId: string) {
  return withNames(db)
    .where('approvals.case_id', '=', caseId)
    .orderBy('approvals.requested_at', 'desc')
    .orderBy('approvals.id')
    .execute();
}

export async function findWithNames(db: Db, id: string) {
  return withNames(db).where('approvals.id', '=', id).executeTakeFirst();
}

/** All pending approvals (optionally of one kind), oldest first; the service keeps those in the caller's reach. */
export async function pending(db: Db, kind?: string) {
  let query = withNames(db).where('approvals.status', '=', 'pending');
  if (kind) query = query.where('approvals.kind', '=', kind);
  return query.orderBy('approvals.requested_at').orderBy('approvals.id').execute();
}

/** Requests about one account (grant changes), newest first. */
export async function forAccount(db: Db, userId: string) {
  return withNames(db)
    .where('grant_requests.user_id', '=', userId)
    .orderBy('approvals.requested_at', 'desc')
    .orderBy('approvals.id')
    .execute();
}

export async function insertGrantRequest(
  db: Db,
  row: { approvalId: string; userId: string; grants: ReadonlyArray<unknown> },
) {
  await db
    .insertInto('grant_requests')
    .values({ approval_id: row.approvalId, user_id: row.userId, grants: JSON.stringify(row.grants) })
    .execute();
}

export async function findGrantRequest(db: Db, approvalId: string) {
  return db.selectFrom('grant_requests').selectAll().where('approval_id', '=', approvalId).executeTakeFirst();
}

/** Pending grant requests of these accounts (one at most per account). */
export async function pendingGrantRequestsOf(db: Db, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('grant_requests')
    .innerJoin('approvals', 'approvals.id', 'grant_requests.approval_id')
    .leftJoin('users as requester', 'requester.id', 'approvals.requested_by')
    .select([
      'grant_requests.user_id',
      'grant_requests.grants',
      'approvals.id as approval_id',
      'approvals.requested_by',
      'requester.display_name as requester_name',
      'approvals.requested_at',
      'approvals.version',
    ])
    .where('grant_requests.user_id', 'in', userIds)
    .where('approvals.status', '=', 'pending')
    .execute();
}

// Which inbox items and notifications a reader may get: the kind's fact must be visible with the
// reader's field groups on that very case (policy/notice-classes.ts), as the case's own endpoints decide.
import type { Kysely } from 'kysely';
import type { SignedInUser } from '../auth/authenticate.ts';
import { fieldGroupsOnCase } from '../cases/cases.service.ts';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { NOTICE_FIELDS, noticeShown } from '../policy/notice-classes.ts';
import type { FieldGroup } from '../policy/policy.ts';

type Db = Kysely<DatabaseSchema>;

/** The reader's field groups on each of these cases (a case not found: none). */
async function groupsByCase(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  caseIds: ReadonlyArray<string>,
): Promise<Map<string, FieldGroup[]>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'owner_agency_id', 'unit_code', 'owner_user_id', 'owner_team_id'])
    .where('id', 'in', [...new Set(caseIds)])
    .execute();
  return new Map(rows.map((row) => [row.id, fieldGroupsOnCase(ctx, principal, row)]));
}

/** A predicate over (kind, caseId): items without a case are judged with no field group at all. */
export async function noticeFilterFor(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  caseIds: ReadonlyArray<string>,
): Promise<(item: { kind: string; caseId: string | null }) => boolean> {
  const groups = await groupsByCase(ctx, db, principal, caseIds);
  return (item) => noticeShown(item.caseId ? (groups.get(item.caseId) ?? []) : [], item.kind);
}

/**
 * The reader's stored notifications they may not get (now): of a gated or unfiled kind, on a case where
 * their grants do not show that kind's field group. Lists, counts and mark-read leave them out; they
 * come back if a grant that shows them is added.
 */
export async function hiddenNoticeIds(ctx: AppContext, db: Db, principal: SignedInUser): Promise<string[]> {
  const openKinds = Object.keys(NOTICE_FIELDS).filter((kind) => noticeShown([], kind));
  const rows = await db
    .selectFrom('notifications')
    .select(['id', 'kind', 'case_id'])
    .where('user_id', '=', principal.userId)
    .where('kind', 'not in', openKinds)
    .execute();
  if (rows.length === 0) return [];
  const shown = await noticeFilterFor(
    ctx,
    db,
    principal,
    rows.flatMap((row) => (row.case_id ? [row.case_id] : [])),
  );
  return rows.filter((row) => !shown({ kind: row.kind, caseId: row.case_id })).map((row) => row.id);
}

import type { Kysely } from 'kysely';
import { OPEN_STAGES } from '../../domain/lifecycle/index.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { caseInReach } from '../cases/case-reach.repository.ts';
import type { CaseReach } from '../cases/case-reach.ts';

type Db = Kysely<DatabaseSchema>;

export type DashboardReach = CaseReach;

/**
 * Open cases within the caller's reach: the code, stage and owner only — a dashboard never needs a
 * child's name. Merged cases are counted through the case they were merged into.
 */
export async function openCasesInReach(db: Db, reach: DashboardReach) {
  let query = db
    .selectFrom('cases')
    .leftJoin('users', 'users.id', 'cases.owner_user_id')
    .select([
      'cases.id',
      'cases.code',
      'cases.stage',
      'cases.owner_user_id',
      'cases.owner_team_id',
      'cases.owner_agency_id',
      'cases.unit_code',
      'users.display_name as owner_name',
    ])
    .where('cases.merged_into', 'is', null)
    .where('cases.stage', 'in', [...OPEN_STAGES]);
  if (!reach.all) {
    query = query.where(caseInReach(reach));
  }
  return query.orderBy('cases.code').execute();
}
export type OpenCaseRow = Awaited<ReturnType<typeof openCasesInReach>>[number];

/** Referrals of these cases sent and still unanswered after their answer deadline, per case. */
export async function overdueReferralCounts(db: Db, caseIds: ReadonlyArray<string>, now: Date) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('referrals')
    .select('case_id')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('case_id', 'in', [...caseIds])
    .where('state', '=', 'sent')
    .where('due_at', '<', now)
    .groupBy('case_id')
    .execute();
}

import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { caseInReach } from '../cases/case-reach.repository.ts';
import type { CaseReach } from '../cases/case-reach.ts';

export type { CaseReach };

type Db = Kysely<DatabaseSchema>;

/** Which cases a list may show: everything in the country, or cases in units / of an agency / owned. */

function reachable(db: Db, reach: CaseReach) {
  let query = db.selectFrom('cases').where('cases.merged_into', 'is', null);
  if (!reach.all) {
    query = query.where(caseInReach(reach));
  }
  return query;
}

/** Cases past their next deadline (the same rule as the cases list's `overdue` filter). */
export async function overdueCases(db: Db, reach: CaseReach, limit: number) {
  return reachable(db, reach)
    .select(['cases.id', 'cases.code', 'cases.next_deadline'])
    .where(sql<boolean>`cases.next_deadline < current_date`)
    .orderBy('cases.next_deadline')
    .orderBy('cases.id')
    .limit(limit)
    .execute();
}

/** Cases whose recovery and reflection period ends today or within the next `days` days. */
export async function reflectionEnding(db: Db, reach: CaseReach, days: number, limit: number) {
  return (
    reachable(db, reach)
      .innerJoin('case_status', 'case_status.case_id', 'cases.id')
      .select(['cases.id', 'cases.code', 'case_status.reflection_ends_on'])
      .where(
        sql<boolean>`case_status.reflection_ends_on between current_date and current_date + ${days}::int`,
      )
      // A closed case shows no deadline; a not-a-victim outcome ends the period (reflectionOfCase).
      .where('cases.stage', 'not in', ['closed', 'not-a-victim'])
      .orderBy('case_status.reflection_ends_on')
      .orderBy('cases.id')
      .limit(limit)
      .execute()
  );
}

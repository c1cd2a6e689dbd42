// Services delivered towards plan goals come from the referrals area (contract C6). A service links to
// the goal of the version it was delivered under; the plan shows it on every later version of the same
// goal, so they are grouped here by the goal's lineage.
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import type * as repo from './plans.repository.ts';

type Db = Kysely<DatabaseSchema>;
export type Delivered = { id: string; serviceKind: string; deliveredOn: string; outcome: string | null };
export type DeliveredByGoal = Map<string, Delivered[]>;

export async function deliveredByLineage(
  _db: Db,
  _caseId: string,
  _goals: ReadonlyArray<repo.GoalRow>,
): Promise<DeliveredByGoal> {
  // Until the referrals area provides servicesDeliveredForGoals, no service is shown.
  return new Map();
}

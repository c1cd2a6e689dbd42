// Services delivered towards plan goals come from the referrals area (contract C6). A service links to
// the goal of the version it was delivered under; the plan shows it on every later version of the same
// goal, so they are grouped here by the goal's lineage.
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { servicesDeliveredForGoals } from '../referrals/services-delivered.service.ts';
import type * as repo from './plans.repository.ts';

type Db = Kysely<DatabaseSchema>;
export type Delivered = { id: string; serviceKind: string; deliveredOn: string; outcome: string | null };
/** Keyed by goal lineage id. */
export type DeliveredByGoal = Map<string, Delivered[]>;

export async function deliveredByLineage(
  db: Db,
  caseId: string,
  goals: ReadonlyArray<repo.GoalRow>,
): Promise<DeliveredByGoal> {
  if (goals.length === 0) return new Map();
  const byGoal = await servicesDeliveredForGoals(db, caseId);
  const lineageOf = new Map(goals.map((goal) => [goal.id, goal.lineage_id]));
  const byLineage: DeliveredByGoal = new Map();
  for (const [goalId, services] of byGoal) {
    const lineage = lineageOf.get(goalId);
    if (!lineage) continue;
    byLineage.set(lineage, [...(byLineage.get(lineage) ?? []), ...services]);
  }
  return byLineage;
}

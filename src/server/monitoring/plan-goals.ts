// Contract C6 from the plans area: an open assistance-plan goal in a domain satisfies the rule that a
// domain under the plan-action threshold needs a plan action.
import type { Kysely } from 'kysely';
import type { MonitoringDomain } from '../../domain/monitoring/domains.ts';
import type { DatabaseSchema } from '../db/schema.ts';

export async function openGoalsInDomain(
  _db: Kysely<DatabaseSchema>,
  _caseId: string,
  _domain: MonitoringDomain,
): Promise<number> {
  // Until the plans area announces C6 as ready, no plan goal is known: the action stays required.
  return 0;
}

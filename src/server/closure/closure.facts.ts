// Gathers what the exit rules (src/domain/exits) decide on, from the case's records: open alerts, the
// reflection period, the latest best-interests determination and the monitoring placement.
import type { Kysely } from 'kysely';
import type { DeterminationFacts, ExitFacts } from '../../domain/exits/index.ts';
import type { ClosureEvidence } from '../../domain/exits/index.ts';
import type { CaseClosureReason } from '../../domain/lifecycle/index.ts';
import type { PlacementType } from '../../domain/monitoring/index.ts';
import { reflectionRuns } from '../../domain/status/index.ts';
import { latestDecided } from '../best-interests/best-interests.repository.ts';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { findPlan, openAlertCounts } from '../monitoring/monitoring.repository.ts';
import { caseReflection } from '../status/reflection.ts';

type Db = Kysely<DatabaseSchema>;

export async function latestDetermination(db: Db, caseId: string): Promise<DeterminationFacts | null> {
  const row = await latestDecided(db, caseId);
  if (!row?.solution) return null;
  return {
    solution: row.solution as DeterminationFacts['solution'],
    riskLevel: (row.risk_level as DeterminationFacts['riskLevel']) ?? null,
    returnInBestInterests: row.return_in_best_interests,
  };
}

export async function exitFacts(
  ctx: AppContext,
  db: Db,
  caseRow: { id: string; stage: string },
  reason: CaseClosureReason,
  evidence: ClosureEvidence,
): Promise<ExitFacts> {
  const alerts = await openAlertCounts(db, [caseRow.id]);
  const count = (kind: string) => Number(alerts.find((a) => a.kind === kind)?.count ?? 0);
  const plan = await findPlan(db, caseRow.id);
  return {
    reason,
    evidence,
    ownCountry: ctx.config.country,
    openAlerts: { safety: count('safety'), retrafficking: count('retrafficking-risk') },
    reflectionRuns: reflectionRuns(await caseReflection(ctx, db, caseRow)),
    determination: await latestDetermination(db, caseRow.id),
    placementType: (plan?.placement_type as PlacementType | undefined) ?? null,
  };
}

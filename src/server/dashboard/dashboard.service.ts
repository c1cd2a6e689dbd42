import { OPEN_STAGES, type OpenStage } from '../../domain/lifecycle/index.ts';
import { PROCEEDING_STAGES, type ProceedingStage } from '../../domain/justice/index.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { proceedingStagesOf } from '../justice/justice.repository.ts';
import { scoreTrends } from '../monitoring/closure-readiness.ts';
import { fieldGroupsOnCase } from '../cases/cases.service.ts';
import { seesField } from '../policy/field-visibility.ts';
import { reachFor } from '../policy/policy.ts';
import * as repo from './dashboard.repository.ts';
import type { Dashboard } from './dashboard.schemas.ts';
import { caseReachOf } from '../cases/case-reach.ts';

/** Caseload per worker by lifecycle stage, most loaded first; unassigned cases form their own row. */
export function caseloadOf(rows: ReadonlyArray<repo.OpenCaseRow>): Dashboard['caseload'] {
  const byOwner = new Map<string, Dashboard['caseload'][number]>();
  for (const row of rows) {
    const key = row.owner_user_id ?? '';
    const entry =
      byOwner.get(key) ??
      ({
        ownerUserId: row.owner_user_id,
        ownerName: row.owner_name,
        total: 0,
        byStage: Object.fromEntries(OPEN_STAGES.map((stage) => [stage, 0])) as Record<OpenStage, number>,
      } satisfies Dashboard['caseload'][number]);
    entry.total += 1;
    entry.byStage[row.stage as OpenStage] += 1;
    byOwner.set(key, entry);
  }
  return [...byOwner.values()].sort(
    (a, b) => b.total - a.total || (a.ownerName ?? '\uffff').localeCompare(b.ownerName ?? '\uffff'),
  );
}

/** The supervisor dashboard over the open cases the caller reaches (scope of 'dashboard.read'). */
export async function getDashboard(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
): Promise<Dashboard> {
  const db = ctx.database.db;
  const reach = reachFor(principal, 'dashboard.read');
  if (reach.kind === 'none') throw forbidden();
  const rows = await repo.openCasesInReach(db, caseReachOf(reach));
  const ids = rows.map((row) => row.id);
  // Each case's figures follow the field groups held on that case, as its detail endpoints do: scores
  // and safety alerts are health data, proceedings justice data.
  const groups = rows.map((row) => fieldGroupsOnCase(ctx, principal, row));
  const withHealth = (index: number) => seesField(groups[index]!, 'openSafetyAlerts');
  const trends = await scoreTrends(db, ids, ctx.config.country);
  const ref = (index: number) => ({
    caseId: rows[index]!.id,
    caseCode: rows[index]!.code,
    ownerName: rows[index]!.owner_name,
  });
  const indexed = trends.map((trend, index) => ({ trend, index }));
  const overdueVisits = indexed
    .filter(({ trend }) => trend.visitsOverdue > 0)
    .map(({ trend, index }) => ({ ...ref(index), visitsOverdue: trend.visitsOverdue }))
    .sort((a, b) => b.visitsOverdue - a.visitsOverdue || a.caseCode.localeCompare(b.caseCode));
  const openAlerts = indexed
    .filter(({ trend, index }) => withHealth(index) && trend.openSafetyAlerts > 0)
    .map(({ trend, index }) => ({ ...ref(index), openSafetyAlerts: trend.openSafetyAlerts }));
  const worsening = indexed
    .filter(({ trend, index }) => withHealth(index) && trend.worsening)
    .map(({ trend, index }) => ({
      ...ref(index),
      latestOverall: trend.latestOverall,
      previousOverall: trend.previousOverall,
    }));
  const referralCounts = new Map(
    (await repo.overdueReferralCounts(db, ids, new Date())).map((r) => [r.case_id, Number(r.count)]),
  );
  const overdueReferrals = rows
    .map((_, index) => ({ ...ref(index), referralsOverdue: referralCounts.get(rows[index]!.id) ?? 0 }))
    .filter((row) => row.referralsOverdue > 0);
  const mayJustice = reachFor(principal, 'dashboard.read', 'justice').kind !== 'none';
  const justiceIds = ids.filter((_, index) => seesField(groups[index]!, 'proceedingsByStage'));
  const proceedings = mayJustice ? await proceedingStagesOf(db, justiceIds) : [];
  await audit(db, actor, {
    action: 'dashboard.read',
    entityType: 'case',
    details: { cases: ids.length, scope: reach.kind },
  });
  return {
    generatedAt: new Date().toISOString(),
    totals: {
      openCases: rows.length,
      visitsOverdue: trends.reduce((sum, t) => sum + t.visitsOverdue, 0),
      casesWithOverdueVisits: overdueVisits.length,
      openSafetyAlerts: openAlerts.reduce((sum, row) => sum + row.openSafetyAlerts, 0),
      worsening: worsening.length,
      referralsOverdue: overdueReferrals.reduce((sum, r) => sum + r.referralsOverdue, 0),
    },
    stages: [...OPEN_STAGES],
    caseload: caseloadOf(rows),
    overdueVisits,
    overdueReferrals,
    openAlerts,
    worsening,
    proceedingsByStage: mayJustice
      ? PROCEEDING_STAGES.map((stage) => ({
          stage: stage as ProceedingStage,
          count: Number(proceedings.find((p) => p.stage === stage)?.count ?? 0),
        })).filter((entry) => entry.count > 0)
      : null,
  };
}

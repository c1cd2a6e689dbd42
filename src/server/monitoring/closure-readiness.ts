// Contract C4: what monitoring says about closing a case as 'reintegrated', and a per-case score summary
// for dashboards. Uses the country's configurable thresholds (src/domain/monitoring/settings.ts).
import type { Kysely } from 'kysely';
import {
  closureReadiness,
  DEFAULT_MONITORING_SETTINGS,
  fractionValue,
  type ItemScores,
  isWorsening,
  monitoringSettingsFor,
} from '../../domain/monitoring/index.ts';
import { COUNTRY_TIME_ZONES, calendarDateIn } from '../../domain/status/calendar-date.ts';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import * as repo from './monitoring.repository.ts';

type Db = Kysely<DatabaseSchema>;

export type ClosureBlocker = {
  code:
    | 'SAFETY_ALERT_OPEN'
    | 'RETRAFFICKING_ALERT_OPEN'
    | 'DOMAINS_BELOW_THRESHOLD'
    | 'TOO_FEW_REVIEWS'
    | string;
  details?: unknown;
};

/** Today in the country's own calendar (a visit is overdue from the day after its date there). */
export function todayIn(country: string): string {
  const zone = (COUNTRY_TIME_ZONES as Record<string, string>)[country] ?? 'UTC';
  return calendarDateIn(new Date().toISOString(), zone);
}

/** The item scores of a stored assessment (sealed JSON of { itemId, score, evidence }). */
export function itemScoresOf(ctx: AppContext, sealed: string): ItemScores {
  const items = JSON.parse(ctx.cipher.decrypt(sealed, 'monitoring_assessments.items')) as Array<{
    itemId: string;
    score: ItemScores[string];
  }>;
  return Object.fromEntries(items.map((item) => [item.itemId, item.score]));
}

/** Why this case may not be closed as 'reintegrated' yet (empty = ready). */
export async function closureBlockers(ctx: AppContext, db: Db, caseId: string): Promise<ClosureBlocker[]> {
  const settings = monitoringSettingsFor(ctx.config.country);
  const blockers: ClosureBlocker[] = [];
  for (const open of await repo.openAlertCounts(db, [caseId])) {
    const code = open.kind === 'safety' ? 'SAFETY_ALERT_OPEN' : 'RETRAFFICKING_ALERT_OPEN';
    blockers.push({ code, details: { count: Number(open.count) } });
  }
  // Only the reviews that count are opened; the rule compares their item scores exactly.
  const latest = await repo.latestAssessmentItems(db, caseId, settings.closureConsecutiveReviews);
  const reviews = latest.reverse().map((row) => ({
    assessedOn: row.assessed_on,
    items: itemScoresOf(ctx, row.items),
  }));
  const total = (await repo.scoresOfCases(db, [caseId])).length;
  const check = closureReadiness(reviews, settings);
  if (!check.ready) {
    const { ready: _ready, code, ...details } = check;
    const counted = code === 'TOO_FEW_REVIEWS' ? { ...details, have: total } : details;
    blockers.push({ code, details: { ...counted, threshold: fractionValue(settings.closureAtLeast) } });
  }
  return blockers.sort((a, b) => a.code.localeCompare(b.code));
}

export type ScoreTrend = {
  caseId: string;
  latestOverall: number | null;
  previousOverall: number | null;
  worsening: boolean;
  openSafetyAlerts: number;
  visitsOverdue: number;
};

/** Latest assessment summary per case for dashboards (in the order of `caseIds`). */
export async function scoreTrends(
  db: Db,
  caseIds: ReadonlyArray<string>,
  country?: string,
): Promise<ScoreTrend[]> {
  const settings = country ? monitoringSettingsFor(country) : DEFAULT_MONITORING_SETTINGS;
  const ids = [...new Set(caseIds)];
  const scores = new Map<string, number[]>();
  for (const row of await repo.scoresOfCases(db, ids)) {
    scores.set(row.case_id, [...(scores.get(row.case_id) ?? []), row.overall]);
  }
  const alerts = new Map<string, number>();
  for (const row of await repo.openAlertCounts(db, ids))
    if (row.kind === 'safety') alerts.set(row.case_id, Number(row.count));
  const overdue = new Map<string, number>();
  for (const row of await repo.overdueVisitCounts(db, ids, todayIn(country ?? '')))
    overdue.set(row.case_id, Number(row.count));
  return caseIds.map((caseId) => {
    const series = scores.get(caseId) ?? [];
    const latestOverall = series.at(-1) ?? null;
    const previousOverall = series.at(-2) ?? null;
    return {
      caseId,
      latestOverall,
      previousOverall,
      worsening: isWorsening(latestOverall, previousOverall, settings),
      openSafetyAlerts: alerts.get(caseId) ?? 0,
      visitsOverdue: overdue.get(caseId) ?? 0,
    };
  });
}

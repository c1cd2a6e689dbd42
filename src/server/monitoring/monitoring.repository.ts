import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import type {
  MonitoringAlertsTable,
  MonitoringAssessmentsTable,
  MonitoringVisitsTable,
} from '../db/schema-monitoring.ts';

type Db = Kysely<DatabaseSchema>;

export async function findPlan(db: Db, caseId: string) {
  return db.selectFrom('monitoring_plans').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

export async function insertPlan(
  db: Db,
  row: { case_id: string; started_on: string; placement_type: string; started_by: string },
) {
  await db.insertInto('monitoring_plans').values(row).execute();
}

export async function insertVisits(db: Db, rows: Insertable<MonitoringVisitsTable>[]) {
  if (rows.length > 0) await db.insertInto('monitoring_visits').values(rows).execute();
}

/** In the order they are planned. */
export async function listVisits(db: Db, caseId: string) {
  return db
    .selectFrom('monitoring_visits')
    .leftJoin('monitoring_assessments', 'monitoring_assessments.visit_id', 'monitoring_visits.id')
    .selectAll('monitoring_visits')
    .select('monitoring_assessments.id as assessment_id')
    .where('monitoring_visits.case_id', '=', caseId)
    .orderBy('monitoring_visits.planned_on')
    .orderBy('monitoring_visits.id')
    .execute();
}
export type VisitRow = Awaited<ReturnType<typeof listVisits>>[number];

export async function findVisit(db: Db, caseId: string, visitId: string) {
  return db
    .selectFrom('monitoring_visits')
    .leftJoin('monitoring_assessments', 'monitoring_assessments.visit_id', 'monitoring_visits.id')
    .selectAll('monitoring_visits')
    .select('monitoring_assessments.id as assessment_id')
    .where('monitoring_visits.case_id', '=', caseId)
    .where('monitoring_visits.id', '=', visitId)
    .executeTakeFirst();
}

/** Updates a planned visit under its version; false when stale or no longer planned. */
export async function updatePlannedVisit(
  db: Db,
  caseId: string,
  visitId: string,
  version: number,
  change: Updateable<MonitoringVisitsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('monitoring_visits')
    .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
    .where('case_id', '=', caseId)
    .where('id', '=', visitId)
    .where('version', '=', version)
    .where('status', '=', 'planned')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertAssessment(db: Db, row: Insertable<MonitoringAssessmentsTable>) {
  await db.insertInto('monitoring_assessments').values(row).execute();
}

/** Oldest first, with the assessor's display name. */
export async function listAssessments(db: Db, caseId: string) {
  return db
    .selectFrom('monitoring_assessments')
    .leftJoin('users', 'users.id', 'monitoring_assessments.assessor_id')
    .selectAll('monitoring_assessments')
    .select('users.display_name as assessor_name')
    .where('monitoring_assessments.case_id', '=', caseId)
    .orderBy('monitoring_assessments.assessed_on')
    .orderBy('monitoring_assessments.created_at')
    .execute();
}
export type AssessmentRow = Awaited<ReturnType<typeof listAssessments>>[number];

/** Domain scores of every assessment of these cases, oldest first (for closure and dashboards). */
export async function scoresOfCases(db: Db, caseIds: ReadonlyArray<string>) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('monitoring_assessments')
    .select(['case_id', 'assessed_on', 'domain_scores', 'overall'])
    .where('case_id', 'in', [...caseIds])
    .orderBy('case_id')
    .orderBy('assessed_on')
    .orderBy('created_at')
    .execute();
}

export async function insertAlert(db: Db, row: Insertable<MonitoringAlertsTable>) {
  await db.insertInto('monitoring_alerts').values(row).execute();
}

export async function listAlerts(db: Db, caseId: string) {
  return db
    .selectFrom('monitoring_alerts')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('raised_at', 'desc')
    .orderBy('id')
    .execute();
}
export type AlertRow = Awaited<ReturnType<typeof listAlerts>>[number];

export async function findAlert(db: Db, caseId: string, alertId: string) {
  return db
    .selectFrom('monitoring_alerts')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', alertId)
    .executeTakeFirst();
}

export async function resolveAlertIfVersion(
  db: Db,
  caseId: string,
  alertId: string,
  version: number,
  change: { resolved_at: Date; resolved_by: string; resolution_note: string; resolution_outcome: string },
): Promise<boolean> {
  const result = await db
    .updateTable('monitoring_alerts')
    .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
    .where('case_id', '=', caseId)
    .where('id', '=', alertId)
    .where('version', '=', version)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open alerts per case and kind. */
export async function openAlertCounts(db: Db, caseIds: ReadonlyArray<string>) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('monitoring_alerts')
    .select(['case_id', 'kind', (eb) => eb.fn.countAll<number>().as('count')])
    .where('case_id', 'in', [...caseIds])
    .where('resolved_at', 'is', null)
    .groupBy(['case_id', 'kind'])
    .execute();
}

/** The sealed item scores of the case's latest assessments, newest first (closure readiness). */
export async function latestAssessmentItems(db: Db, caseId: string, count: number) {
  return db
    .selectFrom('monitoring_assessments')
    .select(['id', 'assessed_on', 'items'])
    .where('case_id', '=', caseId)
    .orderBy('assessed_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(count)
    .execute();
}

export async function overdueVisitCounts(db: Db, caseIds: ReadonlyArray<string>, today: string) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('monitoring_visits')
    .select(['case_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('case_id', 'in', [...caseIds])
    .where('status', '=', 'planned')
    .where('planned_on', '<', today)
    .groupBy('case_id')
    .execute();
}

/** Planned visits due by `until` on open cases, with the case's place (for the inbox). */
export async function plannedVisitsDueBy(db: Db, until: string) {
  return db
    .selectFrom('monitoring_visits')
    .innerJoin('cases', 'cases.id', 'monitoring_visits.case_id')
    .select([
      'monitoring_visits.id',
      'monitoring_visits.case_id',
      'monitoring_visits.planned_on',
      'cases.code',
      'cases.owner_agency_id',
      'cases.owner_user_id',
      'cases.owner_team_id',
      'cases.unit_code',
    ])
    .where('monitoring_visits.status', '=', 'planned')
    .where('monitoring_visits.planned_on', '<=', until)
    .where('cases.stage', 'not in', ['closed', 'not-a-victim'])
    .orderBy('monitoring_visits.planned_on')
    .execute();
}

/** Open safety and re-trafficking alerts with the case's place (for the inbox). */
export async function openAlertsWithPlace(db: Db) {
  return db
    .selectFrom('monitoring_alerts')
    .innerJoin('cases', 'cases.id', 'monitoring_alerts.case_id')
    .select([
      'monitoring_alerts.id',
      'monitoring_alerts.case_id',
      'monitoring_alerts.kind',
      'monitoring_alerts.raised_at',
      'cases.code',
      'cases.owner_agency_id',
      'cases.owner_user_id',
      'cases.owner_team_id',
      'cases.unit_code',
    ])
    .where('monitoring_alerts.resolved_at', 'is', null)
    .orderBy('monitoring_alerts.raised_at')
    .execute();
}

/** How often this case was reopened because the child was trafficked again. */
export async function retraffickingReopenings(db: Db, caseId: string): Promise<number> {
  const rows = await db
    .selectFrom('case_actions')
    .select('payload')
    .where('case_id', '=', caseId)
    .where('type', '=', 'reopen')
    .execute();
  return rows.filter((row) => (row.payload as { retrafficking?: boolean }).retrafficking === true).length;
}

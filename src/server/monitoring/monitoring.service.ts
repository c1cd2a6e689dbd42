import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  type AlertOutcome,
  type DomainScores,
  domainsNeedingPlanAction,
  type EvidenceSource,
  fractionValue,
  ITEM_IDS,
  type ItemScores,
  itemProblems,
  monitoringSettingsFor,
  type PlacementType,
  reviewSchedule,
  type Score,
  safetyAlertItems,
  scoreAssessment,
  visitTiming,
} from '../../domain/monitoring/index.ts';
import { isCalendarDate } from '../../domain/status/calendar-date.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { fieldGroupsOnCase, loadCase, placeOfCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import {
  AppError,
  conflict,
  forbidden,
  notFound,
  validationFailed,
  type FieldProblemInput,
} from '../errors.ts';
import { placementRefusal } from '../../domain/exits/index.ts';
import { latestDetermination } from '../closure/closure.facts.ts';
import { staleVersion } from '../http/versioning.ts';
import { notify, usersReaching } from '../notifications/notifications.service.ts';
import { type Action, can, type FieldGroup } from '../policy/policy.ts';
import { closureBlockers, todayIn } from './closure-readiness.ts';
import * as repo from './monitoring.repository.ts';
import type { Alert, Assessment, Overview, RecordVisit, Visit } from './monitoring.schemas.ts';
import { openGoalsInDomain } from './plan-goals.ts';

// Reintegration monitoring (docs/domain.md §5). Field groups: the well-being assessment (item scores,
// evidence, the caregiver's and the child's views) and the alerts it raises are health/psychosocial data
// — only roles with 'health' read them (police do not). The re-trafficking risk review of a visit is
// exploitation data ('exploitation'); the schedule itself (dates, done/missed) is visible to every
// reader of the case. Writing needs 'monitoring.record' and the 'health' field group.

type Db = Kysely<DatabaseSchema>;
type CaseRow = Awaited<ReturnType<typeof loadCase>>;

const C = {
  missed: 'monitoring_visits.missed_reason',
  riskNote: 'monitoring_visits.risk_note',
  items: 'monitoring_assessments.items',
  caregiver: 'monitoring_assessments.caregiver_view',
  child: 'monitoring_assessments.child_view',
  resolution: 'monitoring_alerts.resolution_note',
} as const;

/** `groups`: the caller's field groups on this case (fieldGroupsOnCase), never those held elsewhere. */
const has = (groups: ReadonlyArray<FieldGroup>, group: 'health' | 'exploitation') => groups.includes(group);

async function loadForHealth(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  caseId: string,
  action: Action,
) {
  const row = await loadCase(ctx, db, principal, caseId, action);
  const groups = fieldGroupsOnCase(ctx, principal, row);
  if (!has(groups, 'health')) throw forbidden();
  return { ...row, groups };
}

function toVisit(
  ctx: AppContext,
  groups: ReadonlyArray<FieldGroup>,
  row: repo.VisitRow,
  today: string,
): Visit {
  const settings = monitoringSettingsFor(ctx.config.country);
  return {
    id: row.id,
    monthsAfter: row.months_after,
    plannedOn: row.planned_on,
    status: row.status,
    timing: row.status === 'planned' ? visitTiming(row.planned_on, today, settings.reminderDays) : null,
    doneOn: row.done_on,
    missedReason:
      row.missed_reason && has(groups, 'health') ? ctx.cipher.decrypt(row.missed_reason, C.missed) : null,
    riskReview:
      row.risk_level && has(groups, 'exploitation')
        ? {
            contactWithExploiters: row.risk_contact_exploiters ?? false,
            newOffers: row.risk_new_offers ?? false,
            wentMissing: row.risk_went_missing ?? false,
            riskLevel: row.risk_level,
            note: row.risk_note ? ctx.cipher.decrypt(row.risk_note, C.riskNote) : null,
          }
        : null,
    assessmentId: row.assessment_id ?? null,
    version: row.version,
  };
}

function toAssessment(ctx: AppContext, row: repo.AssessmentRow): Assessment {
  const items = JSON.parse(ctx.cipher.decrypt(row.items, C.items)) as Array<{
    itemId: string;
    score: Score;
    evidence: EvidenceSource;
  }>;
  return {
    id: row.id,
    visitId: row.visit_id,
    assessedOn: row.assessed_on,
    assessorId: row.assessor_id,
    assessorName: row.assessor_name ?? null,
    items: items.sort((a, b) => ITEM_IDS.indexOf(a.itemId) - ITEM_IDS.indexOf(b.itemId)),
    caregiverView: row.caregiver_view ? ctx.cipher.decrypt(row.caregiver_view, C.caregiver) : null,
    childView: row.child_view ? JSON.parse(ctx.cipher.decrypt(row.child_view, C.child)) : null,
    domainScores: row.domain_scores as DomainScores,
    overall: row.overall,
  };
}

function toAlert(ctx: AppContext, row: repo.AlertRow): Alert {
  return {
    id: row.id,
    kind: row.kind,
    visitId: row.visit_id,
    itemIds: row.item_ids,
    raisedAt: row.raised_at.toISOString(),
    resolvedAt: row.resolved_at ? new Date(row.resolved_at).toISOString() : null,
    resolvedBy: row.resolved_by,
    resolutionOutcome: (row.resolution_outcome as AlertOutcome | null) ?? null,
    resolutionNote: row.resolution_note ? ctx.cipher.decrypt(row.resolution_note, C.resolution) : null,
    version: row.version,
  };
}

async function buildOverview(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  file: CaseRow,
): Promise<Overview> {
  const settings = monitoringSettingsFor(ctx.config.country);
  const plan = await repo.findPlan(db, file.id);
  const today = todayIn(ctx.config.country);
  const visits = plan ? await repo.listVisits(db, file.id) : [];
  const place = placeOfCase(ctx, file);
  const groups = fieldGroupsOnCase(ctx, principal, file);
  return {
    started: plan !== undefined,
    startedOn: plan?.started_on ?? null,
    placementType: (plan?.placement_type as PlacementType | undefined) ?? null,
    visits: visits.map((row) => toVisit(ctx, groups, row, today)),
    retraffickingCount: await repo.retraffickingReopenings(db, file.id),
    settings: {
      scheduleMonths: [...settings.scheduleMonths],
      reminderDays: settings.reminderDays,
      planActionBelow: fractionValue(settings.planActionAtOrBelow),
      closureAtLeast: fractionValue(settings.closureAtLeast),
      closureConsecutiveReviews: settings.closureConsecutiveReviews,
    },
    access: {
      record: has(groups, 'health') && can(principal, 'monitoring.record', place, ctx.isWithin),
      resolveAlerts: has(groups, 'health') && can(principal, 'monitoring.resolve-alert', place, ctx.isWithin),
      assessments: has(groups, 'health'),
    },
    version: plan?.version ?? 0,
  };
}

export async function getOverview(ctx: AppContext, principal: SignedInUser, actor: Actor, caseId: string) {
  const db = ctx.database.db;
  const file = await loadCase(ctx, db, principal, caseId);
  const result = await buildOverview(ctx, db, principal, file);
  await audit(db, actor, {
    action: 'case.monitoring.read',
    entityType: 'case',
    entityId: caseId,
    details: { visits: result.visits.length },
  });
  return result;
}

function dateProblems(
  path: string,
  date: string,
  { notAfter, notBefore }: { notAfter?: string; notBefore?: string },
): FieldProblemInput[] {
  if (!isCalendarDate(date)) return [{ path, code: 'date_invalid', message: 'Not a real date.' }];
  if (notAfter && date > notAfter)
    return [{ path, code: 'date_in_future', message: 'Must not be in the future.' }];
  if (notBefore && date < notBefore)
    return [{ path, code: 'date_too_early', message: 'Must not be before monitoring started.' }];
  return [];
}

export async function startMonitoring(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: { startedOn: string; placementType: PlacementType },
): Promise<Overview> {
  const file = await loadForHealth(ctx, trx, principal, caseId, 'monitoring.record');
  const problems = dateProblems('body.startedOn', input.startedOn, { notAfter: todayIn(ctx.config.country) });
  if (problems.length > 0) throw validationFailed(problems);
  if (await repo.findPlan(trx, caseId)) throw conflict('Monitoring of this case has already started.');
  // CETS 197 Art. 16(7): the placement must not be a reunification the latest determination refused.
  const refusal = placementRefusal(input.placementType, await latestDetermination(trx, caseId));
  if (refusal)
    throw new AppError(
      'placement_against_determination',
      refusal === 'determination-chose-otherwise'
        ? 'The latest best-interests determination chose another solution than reunification with the family.'
        : "The latest risk assessment says going back to the family is not in the child's best interests.",
      { reason: refusal },
    );
  await repo.insertPlan(trx, {
    case_id: caseId,
    started_on: input.startedOn,
    placement_type: input.placementType,
    started_by: principal.userId,
  });
  const schedule = reviewSchedule(input.startedOn, monitoringSettingsFor(ctx.config.country));
  await repo.insertVisits(
    trx,
    schedule.map((visit) => ({
      id: randomUUID(),
      case_id: caseId,
      months_after: visit.monthsAfter,
      planned_on: visit.dueOn,
    })),
  );
  await audit(trx, actor, {
    action: 'case.monitoring.start',
    entityType: 'case',
    entityId: caseId,
    details: { placementType: input.placementType, visits: schedule.length },
  });
  return buildOverview(ctx, trx, principal, file);
}

async function requirePlan(db: Db, caseId: string) {
  const plan = await repo.findPlan(db, caseId);
  if (!plan) throw conflict('Monitoring of this case has not started.');
  return plan;
}

export async function addVisit(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  plannedOn: string,
): Promise<Visit> {
  const { groups } = await loadForHealth(ctx, trx, principal, caseId, 'monitoring.record');
  const plan = await requirePlan(trx, caseId);
  const problems = dateProblems('body.plannedOn', plannedOn, { notBefore: plan.started_on });
  if (problems.length > 0) throw validationFailed(problems);
  const id = randomUUID();
  await repo.insertVisits(trx, [{ id, case_id: caseId, months_after: null, planned_on: plannedOn }]);
  await audit(trx, actor, {
    action: 'case.monitoring.visit.add',
    entityType: 'monitoring_visit',
    entityId: id,
    details: { caseId },
  });
  return toVisit(ctx, groups, (await repo.findVisit(trx, caseId, id))!, todayIn(ctx.config.country));
}

async function plannedVisit(trx: Db, caseId: string, visitId: string, version: number) {
  const row = await repo.findVisit(trx, caseId, visitId);
  if (!row) throw notFound('The visit');
  if (row.version !== version) throw staleVersion();
  if (row.status !== 'planned') throw conflict('This visit is no longer planned.', { status: row.status });
  return row;
}

export async function rescheduleVisit(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  visitId: string,
  version: number,
  plannedOn: string,
): Promise<Visit> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const { groups } = await loadForHealth(ctx, trx, principal, caseId, 'monitoring.record');
    const plan = await requirePlan(trx, caseId);
    await plannedVisit(trx, caseId, visitId, version);
    const problems = dateProblems('body.plannedOn', plannedOn, { notBefore: plan.started_on });
    if (problems.length > 0) throw validationFailed(problems);
    if (!(await repo.updatePlannedVisit(trx, caseId, visitId, version, { planned_on: plannedOn })))
      throw staleVersion();
    await audit(trx, actor, {
      action: 'case.monitoring.visit.reschedule',
      entityType: 'monitoring_visit',
      entityId: visitId,
      details: { caseId },
    });
    return toVisit(ctx, groups, (await repo.findVisit(trx, caseId, visitId))!, todayIn(ctx.config.country));
  });
}

export async function markMissed(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  visitId: string,
  version: number,
  reason: string,
): Promise<Visit> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const { groups } = await loadForHealth(ctx, trx, principal, caseId, 'monitoring.record');
    await plannedVisit(trx, caseId, visitId, version);
    const done = await repo.updatePlannedVisit(trx, caseId, visitId, version, {
      status: 'missed',
      missed_reason: ctx.cipher.encrypt(reason, C.missed),
      recorded_by: principal.userId,
      recorded_at: new Date(),
    });
    if (!done) throw staleVersion();
    await audit(trx, actor, {
      action: 'case.monitoring.visit.missed',
      entityType: 'monitoring_visit',
      entityId: visitId,
      details: { caseId },
    });
    return toVisit(ctx, groups, (await repo.findVisit(trx, caseId, visitId))!, todayIn(ctx.config.country));
  });
}

function validateItems(items: RecordVisit['assessment']['items']): ItemScores {
  const seen = new Set<string>();
  const problems: Array<FieldProblemInput> = [];
  items.forEach((item, index) => {
    if (seen.has(item.itemId))
      problems.push({
        path: `body.assessment.items.${index}.itemId`,
        code: 'repeated_value',
        message: 'Scored twice.',
      });
    seen.add(item.itemId);
  });
  const scores = Object.fromEntries(items.map((item) => [item.itemId, item.score])) as ItemScores;
  for (const problem of itemProblems(scores))
    problems.push({ path: 'body.assessment.items', code: 'required', message: problem });
  if (problems.length > 0) throw validationFailed(problems);
  return scores;
}

/** Owner of the case and the supervisors whose grants reach it. */
async function alertRecipients(ctx: AppContext, db: Db, file: CaseRow): Promise<string[]> {
  const supervisors = await usersReaching(ctx, db, { roles: ['supervisor'], place: placeOfCase(ctx, file) });
  return [...(file.owner_user_id ? [file.owner_user_id] : []), ...supervisors];
}

/**
 * Records a visit as done with its well-being assessment and re-trafficking risk review. Scores are
 * computed here from the item scores. A safety item at the alert level raises a safety alert; a high
 * re-trafficking risk raises a re-trafficking alert; both notify the owner and the supervisors.
 */
export async function recordVisit(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  visitId: string,
  version: number,
  input: RecordVisit,
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const file = await loadForHealth(ctx, trx, principal, caseId, 'monitoring.record');
    const plan = await requirePlan(trx, caseId);
    await plannedVisit(trx, caseId, visitId, version);
    const today = todayIn(ctx.config.country);
    const problems = dateProblems('body.doneOn', input.doneOn, {
      notAfter: today,
      notBefore: plan.started_on,
    });
    if (problems.length > 0) throw validationFailed(problems);
    const scores = validateItems(input.assessment.items);
    const result = scoreAssessment(scores);
    const settings = monitoringSettingsFor(ctx.config.country);
    const review = input.riskReview;
    const done = await repo.updatePlannedVisit(trx, caseId, visitId, version, {
      status: 'done',
      done_on: input.doneOn,
      risk_contact_exploiters: review.contactWithExploiters,
      risk_new_offers: review.newOffers,
      risk_went_missing: review.wentMissing,
      risk_level: review.riskLevel,
      risk_note: review.note ? ctx.cipher.encrypt(review.note, C.riskNote) : null,
      recorded_by: principal.userId,
      recorded_at: new Date(),
    });
    if (!done) throw staleVersion();
    const assessmentId = randomUUID();
    await repo.insertAssessment(trx, {
      id: assessmentId,
      case_id: caseId,
      visit_id: visitId,
      assessed_on: input.doneOn,
      assessor_id: principal.userId,
      items: ctx.cipher.encrypt(JSON.stringify(input.assessment.items), C.items),
      caregiver_view: input.assessment.caregiverView
        ? ctx.cipher.encrypt(input.assessment.caregiverView, C.caregiver)
        : null,
      child_view: input.assessment.childView
        ? ctx.cipher.encrypt(JSON.stringify(input.assessment.childView), C.child)
        : null,
      domain_scores: JSON.stringify(result.domains),
      overall: result.overall,
    });
    const raised: Array<{ id: string; kind: 'safety' | 'retrafficking-risk'; itemIds: string[] }> = [];
    const safetyItems = safetyAlertItems(scores, settings);
    if (safetyItems.length > 0) raised.push({ id: randomUUID(), kind: 'safety', itemIds: safetyItems });
    if (review.riskLevel === 'high')
      raised.push({ id: randomUUID(), kind: 'retrafficking-risk', itemIds: [] });
    const recipients = raised.length > 0 ? await alertRecipients(ctx, trx, file) : [];
    for (const alert of raised) {
      await repo.insertAlert(trx, {
        id: alert.id,
        case_id: caseId,
        kind: alert.kind,
        visit_id: visitId,
        assessment_id: assessmentId,
        item_ids: alert.itemIds,
        raised_by: principal.userId,
      });
      await notify(trx, {
        recipients,
        kind: alert.kind === 'safety' ? 'monitoring.safety-alert' : 'monitoring.retrafficking-risk',
        caseId,
        subjectType: 'monitoring-alert',
        subjectId: alert.id,
        actorUserId: principal.userId,
      });
      await audit(trx, actor, {
        action: 'case.monitoring.alert.raise',
        entityType: 'monitoring_alert',
        entityId: alert.id,
        details: { caseId, kind: alert.kind },
      });
    }
    await audit(trx, actor, {
      action: 'case.monitoring.visit.record',
      entityType: 'monitoring_visit',
      entityId: visitId,
      details: {
        caseId,
        assessmentId,
        childView: input.assessment.childView !== null,
        alerts: raised.length,
      },
    });
    const visitRow = (await repo.findVisit(trx, caseId, visitId))!;
    const assessmentRow = (await repo.listAssessments(trx, caseId)).find((row) => row.id === assessmentId)!;
    const alertRows = await repo.listAlerts(trx, caseId);
    return {
      visit: toVisit(ctx, file.groups, visitRow, today),
      assessment: toAssessment(ctx, assessmentRow),
      alerts: alertRows.filter((row) => raised.some((a) => a.id === row.id)).map((row) => toAlert(ctx, row)),
      version: visitRow.version,
    };
  });
}

export async function listAssessments(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
) {
  const db = ctx.database.db;
  await loadForHealth(ctx, db, principal, caseId, 'cases.read');
  const items = (await repo.listAssessments(db, caseId)).map((row) => toAssessment(ctx, row));
  const settings = monitoringSettingsFor(ctx.config.country);
  const latest = items.at(-1);
  const planActions = [];
  const latestItems = latest
    ? (Object.fromEntries(latest.items.map((item) => [item.itemId, item.score])) as ItemScores)
    : null;
  for (const domain of latestItems ? domainsNeedingPlanAction(latestItems, settings) : []) {
    const openGoals = await openGoalsInDomain(db, caseId, domain);
    planActions.push({ domain, score: latest!.domainScores[domain], openGoals, required: openGoals === 0 });
  }
  await audit(db, actor, {
    action: 'case.monitoring.assessments.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: items.length },
  });
  return { items, planActions, closureBlockers: await closureBlockers(ctx, db, caseId) };
}

export async function listAlerts(ctx: AppContext, principal: SignedInUser, actor: Actor, caseId: string) {
  const db = ctx.database.db;
  await loadForHealth(ctx, db, principal, caseId, 'cases.read');
  const items = (await repo.listAlerts(db, caseId)).map((row) => toAlert(ctx, row));
  await audit(db, actor, {
    action: 'case.monitoring.alerts.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: items.length },
  });
  return { items };
}

export async function resolveAlert(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  alertId: string,
  version: number,
  input: { outcome: AlertOutcome; note: string },
): Promise<Alert> {
  return ctx.database.db.transaction().execute(async (trx) => {
    await loadForHealth(ctx, trx, principal, caseId, 'monitoring.resolve-alert');
    const existing = await repo.findAlert(trx, caseId, alertId);
    if (!existing) throw notFound('The alert');
    if (existing.resolved_at) throw conflict('This alert was already resolved.');
    const done = await repo.resolveAlertIfVersion(trx, caseId, alertId, version, {
      resolved_at: new Date(),
      resolved_by: principal.userId,
      resolution_note: ctx.cipher.encrypt(input.note, C.resolution),
      resolution_outcome: input.outcome,
    });
    if (!done) throw staleVersion();
    await audit(trx, actor, {
      action: 'case.monitoring.alert.resolve',
      entityType: 'monitoring_alert',
      entityId: alertId,
      details: { caseId, kind: existing.kind, outcome: input.outcome },
    });
    return toAlert(ctx, (await repo.findAlert(trx, caseId, alertId))!);
  });
}

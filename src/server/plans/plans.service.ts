import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { MonitoringDomain } from '../../domain/monitoring/domains.ts';
import {
  countOpenGoals,
  type GoalStatus,
  mayStartNewVersion,
  planAllows,
  planDateProblems,
  type PlanStatus,
} from '../../domain/plans/index.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { fieldGroupsOnCase, loadCase, placeOfCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { conflict, notFound, validationFailed, type FieldProblemInput } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { visibleFields } from '../policy/field-visibility.ts';
import { can } from '../policy/policy.ts';
import * as repo from './plans.repository.ts';
import type { NewPlan, Plan, PlanContent } from './plans.schemas.ts';
import { deliveredByLineage } from './services-delivered.ts';
import { toPlan } from './plans.view.ts';

type Db = Kysely<DatabaseSchema>;
const today = () => new Date().toISOString().slice(0, 10);

async function viewPlans(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  file: Awaited<ReturnType<typeof loadCase>>,
) {
  const rows = await repo.listPlans(db, file.id);
  const ids = rows.map((row) => row.id);
  const [goals, actions] = await Promise.all([repo.goalsOf(db, ids), repo.actionsOf(db, ids)]);
  const delivered = await deliveredByLineage(db, file.id, goals);
  const edit = can(principal, 'plans.edit', placeOfCase(ctx, file), ctx.isWithin);
  const mayStart = mayStartNewVersion(rows.map((row) => row.status as PlanStatus));
  const groups = fieldGroupsOnCase(ctx, principal, file);
  const items = rows.map((row, index) =>
    visibleFields(
      toPlan(ctx, groups, row, goals, actions, delivered, {
        edit,
        latest: index === 0,
        mayRevise: mayStart,
      }),
      groups,
    ),
  );
  return {
    items,
    inForceId: rows.find((row) => row.status === 'approved')?.id ?? null,
    mayStartVersion: edit && mayStart,
  };
}

export async function listPlans(ctx: AppContext, principal: SignedInUser, actor: Actor, caseId: string) {
  const db = ctx.database.db;
  const file = await loadCase(ctx, db, principal, caseId);
  const result = await viewPlans(ctx, db, principal, file);
  await audit(db, actor, {
    action: 'case.plans.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: result.items.length },
  });
  return result;
}

export async function onePlan(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  file: Awaited<ReturnType<typeof loadCase>>,
  planId: string,
): Promise<Plan> {
  const { items } = await viewPlans(ctx, db, principal, file);
  const found = items.find((item) => item.id === planId);
  if (!found) throw notFound('The plan');
  return found;
}

/** A first plan, or a new version of the approved one (its goals and actions copied, lineage kept). */
export async function createPlan(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: NewPlan,
): Promise<Plan> {
  const file = await loadCase(ctx, trx, principal, caseId, 'plans.edit');
  const existing = await repo.listPlans(trx, caseId);
  if (!mayStartNewVersion(existing.map((row) => row.status as PlanStatus)))
    throw conflict(
      'A plan version is already being worked on (draft, submitted or returned): finish it first.',
    );
  const base = existing.find((row) => row.status === 'approved');
  const id = randomUUID();
  const startedOn = base?.started_on ?? today();
  const plannedEnd = input.plannedEnd === undefined ? (base?.planned_end ?? null) : input.plannedEnd;
  const problems = planDateProblems({ startedOn, plannedEnd, actualEnd: null });
  if (problems.length > 0)
    throw validationFailed(
      problems.map((p) => ({
        path: `body.${p.field}`,
        code: 'date_too_early',
        message: 'Before the plan started.',
      })),
    );
  await repo.insertPlan(trx, {
    id,
    case_id: caseId,
    number: await repo.nextPlanNumber(trx, caseId),
    status: 'draft',
    started_on: startedOn,
    planned_end: plannedEnd,
    actual_end: base?.actual_end ?? null,
    review_on: input.reviewOn === undefined ? (base?.review_on ?? null) : input.reviewOn,
    created_by: principal.userId,
  });
  if (base) {
    const [goals, actions] = await Promise.all([
      repo.goalsOf(trx, [base.id]),
      repo.actionsOf(trx, [base.id]),
    ]);
    for (const goal of goals) {
      const goalId = randomUUID();
      await repo.insertGoal(trx, { ...goal, id: goalId, plan_id: id });
      await repo.insertActions(
        trx,
        actions
          .filter((action) => action.goal_id === goal.id)
          .map(({ agency_name: _, ...action }) => ({
            ...action,
            id: randomUUID(),
            goal_id: goalId,
            plan_id: id,
          })),
      );
    }
  }
  await audit(trx, actor, {
    action: 'case.plan.create',
    entityType: 'case',
    entityId: caseId,
    details: { planId: id, revisionOf: base?.id ?? null },
  });
  return onePlan(ctx, trx, principal, file, id);
}

export async function lockedPlan(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  caseId: string,
  planId: string,
  version: number,
) {
  const file = await loadCase(ctx, trx, principal, caseId, 'plans.edit');
  const row = await repo.findPlan(trx, caseId, planId);
  if (!row) throw notFound('The plan');
  if (row.version !== version) throw staleVersion();
  return { file, row };
}

async function validateContent(
  trx: Db,
  row: repo.PlanRow,
  input: PlanContent,
  goals: ReadonlyArray<repo.GoalRow>,
) {
  const problems: Array<FieldProblemInput> = [];
  for (const p of planDateProblems({
    startedOn: row.started_on,
    plannedEnd: input.plannedEnd,
    actualEnd: null,
  }))
    problems.push({ path: `body.${p.field}`, code: 'date_too_early', message: 'Before the plan started.' });
  const own = new Set(goals.map((goal) => goal.id));
  const agencyIds = input.goals.flatMap((g) =>
    g.actions.flatMap((a) => (a.responsibleAgencyId ? [a.responsibleAgencyId] : [])),
  );
  const known = await repo.existingAgencyIds(trx, [...new Set(agencyIds)]);
  input.goals.forEach((goal, g) => {
    if (goal.id && !own.has(goal.id))
      problems.push({
        path: `body.goals.${g}.id`,
        code: 'unknown_reference',
        message: 'Not a goal of this plan.',
      });
    goal.actions.forEach((action, a) => {
      if (action.responsibleAgencyId && !known.has(action.responsibleAgencyId))
        problems.push({
          path: `body.goals.${g}.actions.${a}.responsibleAgencyId`,
          code: 'unknown_reference',
          message: 'No such agency.',
        });
    });
  });
  const ids = input.goals.flatMap((g) => [g.id, ...g.actions.map((a) => a.id)]).filter(Boolean);
  if (new Set(ids).size !== ids.length)
    problems.push({ path: 'body.goals', code: 'repeated_value', message: 'An id appears twice.' });
  if (problems.length > 0) throw validationFailed(problems);
}

/** Replaces the content of a draft or returned plan. Goals keep their ids (services link to them). */
export async function savePlanContent(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  planId: string,
  version: number,
  input: PlanContent,
): Promise<Plan> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const { file, row } = await lockedPlan(ctx, trx, principal, caseId, planId, version);
    if (!planAllows(row.status as PlanStatus, 'edit'))
      throw conflict(
        'Only a draft or returned plan can be changed; start a new version of an approved plan.',
      );
    const goals = await repo.goalsOf(trx, [planId]);
    await validateContent(trx, row, input, goals);
    await repo.deleteActionsOfPlan(trx, planId);
    const kept = new Set(input.goals.flatMap((goal) => (goal.id ? [goal.id] : [])));
    if (
      !(await repo.deleteGoals(
        trx,
        planId,
        goals.filter((goal) => !kept.has(goal.id)).map((goal) => goal.id),
      ))
    )
      throw conflict(
        'A goal with services delivered towards it cannot be removed; mark it discontinued instead.',
      );
    for (const [position, goal] of input.goals.entries()) {
      const fields = {
        position,
        domain: goal.domain,
        support_plan_type: goal.supportPlanType,
        objective: ctx.cipher.encrypt(goal.objective, 'plan_goals.objective'),
        status: goal.status,
        review_on: goal.reviewOn,
      };
      const goalId = goal.id ?? randomUUID();
      if (goal.id) await repo.updateGoal(trx, planId, goal.id, fields);
      else
        await repo.insertGoal(trx, {
          ...fields,
          id: goalId,
          plan_id: planId,
          case_id: caseId,
          lineage_id: goalId,
        });
      await repo.insertActions(
        trx,
        goal.actions.map((action, index) => ({
          id: action.id ?? randomUUID(),
          goal_id: goalId,
          plan_id: planId,
          position: index,
          text: ctx.cipher.encrypt(action.text, 'plan_actions.text'),
          responsible_agency_id: action.responsibleAgencyId,
          due_on: action.dueOn,
          status: action.status,
        })),
      );
    }
    if (
      !(await repo.updatePlanIfVersion(trx, planId, version, {
        planned_end: input.plannedEnd,
        review_on: input.reviewOn,
      }))
    )
      throw staleVersion();
    await audit(trx, actor, {
      action: 'case.plan.update',
      entityType: 'case',
      entityId: caseId,
      details: { planId, goals: input.goals.length },
    });
    return onePlan(ctx, trx, principal, file, planId);
  });
}

/**
 * Contract C6 (monitoring): open goals in a domain on the case's latest plan version, whatever its
 * status — a draft being worked on already answers "a plan action is required" for a low domain.
 */
export async function openGoalsInDomain(db: Db, caseId: string, domain: MonitoringDomain): Promise<number> {
  const goals = await repo.goalsOfLatestPlan(db, caseId);
  return countOpenGoals(
    goals.map((goal) => ({ domain: goal.domain as MonitoringDomain, status: goal.status as GoalStatus })),
    domain,
  );
}

// What happens to a plan after it is written: submitted for approval (contract C3), approved or
// returned by another person, and progress recorded on the plan in force.
import type { Kysely } from 'kysely';
import { planAllows, planDateProblems, type PlanStatus } from '../../domain/plans/index.ts';
import { requestApproval } from '../approvals/approvals.service.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { conflict, notFound, validationFailed, type FieldProblemInput } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import * as repo from './plans.repository.ts';
import type { Plan, Progress } from './plans.schemas.ts';
import { lockedPlan, onePlan } from './plans.service.ts';

type Db = Kysely<DatabaseSchema>;

/** Statuses and the actual end of the plan in force: reporting what happened needs no new approval. */
export async function recordProgress(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  planId: string,
  version: number,
  input: Progress,
): Promise<Plan> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const { file, row } = await lockedPlan(ctx, trx, principal, caseId, planId, version);
    if (!planAllows(row.status as PlanStatus, 'record-progress'))
      throw conflict('Progress is recorded on the approved plan; change a draft with the plan editor.');
    const goals = await repo.goalsOf(trx, [planId]);
    const actions = await repo.actionsOf(trx, [planId]);
    const problems: Array<FieldProblemInput> = [];
    input.goals.forEach((g, i) => {
      if (!goals.some((goal) => goal.id === g.id))
        problems.push({
          path: `body.goals.${i}.id`,
          code: 'unknown_reference',
          message: 'Not a goal of this plan.',
        });
    });
    input.actions.forEach((a, i) => {
      if (!actions.some((action) => action.id === a.id))
        problems.push({
          path: `body.actions.${i}.id`,
          code: 'unknown_reference',
          message: 'Not an action of this plan.',
        });
    });
    const actualEnd = input.actualEnd === undefined ? row.actual_end : input.actualEnd;
    for (const p of planDateProblems({ startedOn: row.started_on, plannedEnd: null, actualEnd }))
      problems.push({ path: `body.${p.field}`, code: 'date_too_early', message: 'Before the plan started.' });
    if (problems.length > 0) throw validationFailed(problems);
    for (const g of input.goals) await repo.setGoalStatus(trx, planId, g.id, g.status);
    for (const a of input.actions) await repo.setActionStatus(trx, planId, a.id, a.status);
    if (!(await repo.updatePlanIfVersion(trx, planId, version, { actual_end: actualEnd })))
      throw staleVersion();
    await audit(trx, actor, {
      action: 'case.plan.progress',
      entityType: 'case',
      entityId: caseId,
      details: { planId, goals: input.goals.length, actions: input.actions.length },
    });
    return onePlan(ctx, trx, principal, file, planId);
  });
}

/** Draft or returned → submitted, and a four-eyes approval request to the deciders (contract C3). */
export async function submitPlan(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  planId: string,
  version: number,
): Promise<Plan> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const { file, row } = await lockedPlan(ctx, trx, principal, caseId, planId, version);
    if (!planAllows(row.status as PlanStatus, 'submit'))
      throw conflict('Only a draft or returned plan can be submitted.');
    if ((await repo.goalsOf(trx, [planId])).length === 0)
      throw conflict('A plan needs at least one goal before it is submitted.');
    const changed = await repo.updatePlanIfVersion(trx, planId, version, {
      status: 'submitted',
      submitted_by: principal.userId,
      submitted_at: new Date(),
      decided_by: null,
      decided_at: null,
    });
    if (!changed) throw staleVersion();
    const approval = await requestApproval(ctx, trx, principal, actor, {
      kind: 'assistance-plan',
      caseId,
      subjectId: planId,
    });
    await audit(trx, actor, {
      action: 'case.plan.submit',
      entityType: 'case',
      entityId: caseId,
      details: { planId, approvalId: approval.id },
    });
    return onePlan(ctx, trx, principal, file, planId);
  });
}

/** The approvals mechanism's decision on a submitted plan (runs in the deciding transaction). */
export async function decidePlan(
  trx: Db,
  actor: Actor,
  input: { planId: string; decision: 'approved' | 'rejected'; deciderId: string },
): Promise<void> {
  const row = await repo.findPlanById(trx, input.planId);
  if (!row) throw notFound('The plan');
  const event = input.decision === 'approved' ? 'approve' : 'return';
  if (!planAllows(row.status as PlanStatus, event))
    throw conflict('This plan is no longer waiting for a decision.');
  const changed = await repo.updatePlanIfVersion(trx, row.id, row.version, {
    status: input.decision === 'approved' ? 'approved' : 'returned',
    decided_by: input.deciderId,
    decided_at: new Date(),
  });
  if (!changed) throw staleVersion();
  if (input.decision === 'approved') await repo.supersedeApproved(trx, row.case_id, row.id);
  await audit(trx, actor, {
    action: input.decision === 'approved' ? 'case.plan.approve' : 'case.plan.return',
    entityType: 'case',
    entityId: row.case_id,
    details: { planId: row.id },
  });
}

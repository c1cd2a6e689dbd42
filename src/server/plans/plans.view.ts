// Rows → the plan as the API shows it: texts decrypted only for callers whose field groups cover the
// goal's domain (health and psychosocial goals need the health group), and the operations allowed now.
import {
  isActionOverdue,
  mayStartNewVersion,
  planAllows,
  type PlanStatus,
} from '../../domain/plans/index.ts';
import type { MonitoringDomain } from '../../domain/monitoring/domains.ts';
import type { SupportPlanType } from '../../domain/vocabularies/index.ts';
import type { AppContext } from '../context.ts';
import type { FieldGroup } from '../policy/policy.ts';
import type * as repo from './plans.repository.ts';
import type { Plan } from './plans.schemas.ts';
import type { DeliveredByGoal } from './services-delivered.ts';

const HEALTH_DOMAINS: ReadonlyArray<string> = ['health', 'psychosocial'];

/** `groups`: the caller's field groups on this case (fieldGroupsOnCase), never those held elsewhere. */
export function readsGoalText(groups: ReadonlyArray<FieldGroup>, domain: string): boolean {
  return !HEALTH_DOMAINS.includes(domain) || groups.includes('health');
}

const today = () => new Date().toISOString().slice(0, 10);
const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function toPlan(
  ctx: AppContext,
  groups: ReadonlyArray<FieldGroup>,
  row: repo.PlanRow,
  goals: ReadonlyArray<repo.GoalRow>,
  actions: ReadonlyArray<repo.ActionRow>,
  delivered: DeliveredByGoal,
  access: { edit: boolean; latest: boolean; mayRevise: boolean },
): Plan {
  const status = row.status as PlanStatus;
  const operations: Plan['operations'] = [];
  if (access.edit && planAllows(status, 'edit')) operations.push('edit');
  if (access.edit && planAllows(status, 'submit')) operations.push('submit');
  if (access.edit && planAllows(status, 'record-progress')) operations.push('record-progress');
  if (access.edit && status === 'approved' && access.latest && access.mayRevise) operations.push('revise');
  const on = today();
  return {
    id: row.id,
    caseId: row.case_id,
    number: row.number,
    status,
    startedOn: row.started_on,
    plannedEnd: row.planned_end,
    actualEnd: row.actual_end,
    reviewOn: row.review_on,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    submittedBy: row.submitted_by,
    submittedAt: iso(row.submitted_at),
    decidedBy: row.decided_by,
    decidedAt: iso(row.decided_at),
    goals: goals
      .filter((goal) => goal.plan_id === row.id)
      .map((goal) => {
        const readable = readsGoalText(groups, goal.domain);
        return {
          id: goal.id,
          lineageId: goal.lineage_id,
          domain: goal.domain as MonitoringDomain,
          supportPlanType: goal.support_plan_type as SupportPlanType,
          objective: readable ? ctx.cipher.decrypt(goal.objective, 'plan_goals.objective') : null,
          status: goal.status as Plan['goals'][number]['status'],
          reviewOn: goal.review_on,
          actions: actions
            .filter((action) => action.goal_id === goal.id)
            .map((action) => {
              const actionStatus = action.status as Plan['goals'][number]['actions'][number]['status'];
              return {
                id: action.id,
                text: readable ? ctx.cipher.decrypt(action.text, 'plan_actions.text') : null,
                responsibleAgencyId: action.responsible_agency_id,
                responsibleAgencyName: action.agency_name,
                dueOn: action.due_on,
                status: actionStatus,
                overdue:
                  status === 'approved' &&
                  isActionOverdue({ status: actionStatus, dueOn: action.due_on }, on),
              };
            }),
          servicesDelivered: delivered.get(goal.lineage_id) ?? [],
        };
      }),
    operations,
    version: row.version,
  };
}

export { mayStartNewVersion };

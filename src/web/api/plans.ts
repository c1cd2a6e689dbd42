// The individual assistance plan of a case (docs/assistance-plans.md). Types mirror the server's zod
// schemas in src/server/plans/plans.schemas.ts.
import { ACTION_STATUSES, GOAL_STATUSES, type PlanStatus } from '../../domain/plans/plan-status.ts';
import type { MonitoringDomain } from '../../domain/monitoring/domains.ts';
import type { SupportPlanType } from '../../domain/vocabularies/index.ts';
import { caseKeys } from './cases.ts';
import { api } from './client.ts';

export { ACTION_STATUSES, GOAL_STATUSES };
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface PlanAction {
  id: string;
  text: string | null;
  responsibleAgencyId: string | null;
  responsibleAgencyName: string | null;
  dueOn: string | null;
  status: ActionStatus;
  overdue: boolean;
}

export interface PlanGoal {
  id: string;
  lineageId: string;
  domain: MonitoringDomain;
  supportPlanType: SupportPlanType;
  objective: string | null;
  status: GoalStatus;
  reviewOn: string | null;
  actions: PlanAction[];
  servicesDelivered: Array<{ id: string; serviceKind: string; deliveredOn: string; outcome: string | null }>;
}

export interface Plan {
  id: string;
  caseId: string;
  number: number;
  status: PlanStatus;
  startedOn: string;
  plannedEnd: string | null;
  actualEnd: string | null;
  reviewOn: string | null;
  createdBy: string;
  createdAt: string;
  submittedBy: string | null;
  submittedAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  goals: PlanGoal[];
  operations: Array<'edit' | 'submit' | 'record-progress' | 'revise'>;
  version: number;
}

export interface PlanList {
  items: Plan[];
  inForceId: string | null;
  mayStartVersion: boolean;
}

export interface GoalInput {
  id?: string;
  domain: MonitoringDomain;
  supportPlanType: SupportPlanType;
  objective: string;
  status: GoalStatus;
  reviewOn: string | null;
  actions: Array<{
    id?: string;
    text: string;
    responsibleAgencyId: string | null;
    dueOn: string | null;
    status: ActionStatus;
  }>;
}

export interface PlanContent {
  plannedEnd: string | null;
  reviewOn: string | null;
  goals: GoalInput[];
}

export interface PlanProgress {
  actualEnd?: string | null;
  goals?: Array<{ id: string; status: GoalStatus }>;
  actions?: Array<{ id: string; status: ActionStatus }>;
}

const plansPath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/plans`;

export const planKeys = { list: (caseId: string) => caseKeys.sub(caseId, 'plans') };

export const plansApi = {
  list: (caseId: string) => api.get<PlanList>(plansPath(caseId)),
  start: (caseId: string, idempotencyKey: string) =>
    api.post<Plan>(plansPath(caseId), {}, { idempotencyKey }),
  save: (caseId: string, plan: Plan, content: PlanContent) =>
    api.put<Plan>(`${plansPath(caseId)}/${plan.id}`, content, { version: plan.version }),
  progress: (caseId: string, plan: Plan, progress: PlanProgress) =>
    api.post<Plan>(`${plansPath(caseId)}/${plan.id}/progress`, progress, { version: plan.version }),
  submit: (caseId: string, plan: Plan) =>
    api.post<Plan>(`${plansPath(caseId)}/${plan.id}/submit`, {}, { version: plan.version }),
};

import { z } from 'zod';
import { ACTION_STATUSES, GOAL_STATUSES, PLAN_STATUSES } from '../../domain/plans/index.ts';
import { MONITORING_DOMAINS } from '../../domain/monitoring/domains.ts';
import { SupportPlanType } from '../../domain/vocabularies/index.ts';

// The individual assistance plan: versioned per case; goals per monitoring domain with their HTCDS
// support-plan type, objectives and actions (texts encrypted at rest). See docs/assistance-plans.md.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);

export const caseIdParams = z.strictObject({ id: z.uuid() });
export const planParams = z.strictObject({ id: z.uuid(), planId: z.uuid() });

export const actionInput = z.strictObject({
  /** Keep the id of an action that already exists; omit it for a new one. */
  id: z.uuid().optional(),
  text: text(2000),
  responsibleAgencyId: z.uuid().nullable().default(null),
  dueOn: isoDate.nullable().default(null),
  status: z.enum(ACTION_STATUSES).default('planned'),
});

export const goalInput = z.strictObject({
  id: z.uuid().optional(),
  domain: z.enum(MONITORING_DOMAINS),
  supportPlanType: z.enum(SupportPlanType),
  objective: text(2000),
  status: z.enum(GOAL_STATUSES).default('open'),
  reviewOn: isoDate.nullable().default(null),
  actions: z.array(actionInput).max(30).default([]),
});

export const newPlanBody = z.strictObject({
  plannedEnd: isoDate.nullable().optional(),
  reviewOn: isoDate.nullable().optional(),
});
export type NewPlan = z.infer<typeof newPlanBody>;

/** The whole content of a draft (or returned) plan: goals left out are removed. */
export const planContentBody = z.strictObject({
  plannedEnd: isoDate.nullable(),
  reviewOn: isoDate.nullable(),
  goals: z.array(goalInput).max(40),
});
export type PlanContent = z.infer<typeof planContentBody>;

/** What happened since approval: statuses and the actual end. No new approval is needed for these. */
export const progressBody = z.strictObject({
  actualEnd: isoDate.nullable().optional(),
  goals: z
    .array(z.strictObject({ id: z.uuid(), status: z.enum(GOAL_STATUSES) }))
    .max(40)
    .default([]),
  actions: z
    .array(z.strictObject({ id: z.uuid(), status: z.enum(ACTION_STATUSES) }))
    .max(400)
    .default([]),
});
export type Progress = z.infer<typeof progressBody>;

export const serviceDelivered = z.object({
  id: z.string(),
  serviceKind: z.string(),
  deliveredOn: z.string(),
  outcome: z.string().nullable(),
});

export const planAction = z.object({
  id: z.string(),
  /** Null when your field groups do not cover the goal's domain (health, psychosocial). */
  text: z.string().nullable(),
  responsibleAgencyId: z.string().nullable(),
  responsibleAgencyName: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  overdue: z.boolean(),
});

export const planGoal = z.object({
  id: z.string(),
  lineageId: z.string(),
  domain: z.enum(MONITORING_DOMAINS),
  supportPlanType: z.enum(SupportPlanType),
  objective: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
  reviewOn: z.string().nullable(),
  actions: z.array(planAction),
  servicesDelivered: z.array(serviceDelivered),
});

export const PLAN_OPERATIONS = ['edit', 'submit', 'record-progress', 'revise'] as const;

export const plan = z.object({
  id: z.string(),
  caseId: z.string(),
  number: z.number(),
  status: z.enum(PLAN_STATUSES),
  startedOn: z.string(),
  plannedEnd: z.string().nullable(),
  actualEnd: z.string().nullable(),
  reviewOn: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  submittedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  goals: z.array(planGoal),
  /** What the caller may do with this plan now. */
  operations: z.array(z.enum(PLAN_OPERATIONS)),
  version: z.number(),
});
export type Plan = z.infer<typeof plan>;

export const planList = z.object({
  /** Newest version first; earlier versions are kept read-only. */
  items: z.array(plan),
  /** The plan in force: the latest approved version. */
  inForceId: z.string().nullable(),
  /** May the caller start a new plan, or a new version of the approved one? */
  mayStartVersion: z.boolean(),
});

import { z } from 'zod';
import { text } from '../http/text.ts';
import { ACTION_STATUSES, GOAL_STATUSES, PLAN_STATUSES } from '../../domain/plans/index.ts';
import { MONITORING_DOMAINS } from '../../domain/monitoring/domains.ts';
import { SupportPlanType } from '../../domain/vocabularies/index.ts';

// The individual assistance plan: versioned per case; goals per monitoring domain with their HTCDS
// support-plan type, objectives and actions (texts encrypted at rest). See docs/assistance-plans.md.

const isoDate = text().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const requiredText = (max: number) => text().trim().min(1).max(max);

export const caseIdParams = z.strictObject({ id: z.uuid() });
export const planParams = z.strictObject({ id: z.uuid(), planId: z.uuid() });

export const actionInput = z.strictObject({
  /** Keep the id of an action that already exists; omit it for a new one. */
  id: z.uuid().optional(),
  text: requiredText(2000),
  responsibleAgencyId: z.uuid().nullable().default(null),
  dueOn: isoDate.nullable().default(null),
  status: z.enum(ACTION_STATUSES).default('planned'),
});

export const goalInput = z.strictObject({
  id: z.uuid().optional(),
  domain: z.enum(MONITORING_DOMAINS),
  supportPlanType: z.enum(SupportPlanType),
  objective: requiredText(2000),
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
  id: text(),
  serviceKind: text(),
  deliveredOn: text(),
  outcome: text().nullable(),
});

export const planAction = z.object({
  id: text(),
  /** Null when your field groups do not cover the goal's domain (health, psychosocial). */
  text: text().nullable(),
  responsibleAgencyId: text().nullable(),
  responsibleAgencyName: text().nullable(),
  dueOn: text().nullable(),
  status: z.enum(ACTION_STATUSES),
  overdue: z.boolean(),
});

export const planGoal = z.object({
  id: text(),
  lineageId: text(),
  domain: z.enum(MONITORING_DOMAINS),
  supportPlanType: z.enum(SupportPlanType),
  objective: text().nullable(),
  status: z.enum(GOAL_STATUSES),
  reviewOn: text().nullable(),
  actions: z.array(planAction),
  servicesDelivered: z.array(serviceDelivered),
});

export const PLAN_OPERATIONS = ['edit', 'submit', 'record-progress', 'revise'] as const;

export const plan = z.object({
  id: text(),
  caseId: text(),
  number: z.number(),
  status: z.enum(PLAN_STATUSES),
  startedOn: text(),
  plannedEnd: text().nullable(),
  actualEnd: text().nullable(),
  reviewOn: text().nullable(),
  createdBy: text(),
  createdAt: text(),
  submittedBy: text().nullable(),
  submittedAt: text().nullable(),
  decidedBy: text().nullable(),
  decidedAt: text().nullable(),
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
  inForceId: text().nullable(),
  /** May the caller start a new plan, or a new version of the approved one? */
  mayStartVersion: z.boolean(),
});

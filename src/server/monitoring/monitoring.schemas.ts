import { z } from 'zod';
import { text } from '../http/text.ts';
import {
  ALERT_OUTCOMES,
  EVIDENCE_SOURCES,
  ITEM_IDS,
  MONITORING_DOMAINS,
  PLACEMENT_TYPES,
  RISK_LEVELS,
  SELECTABLE_ALERT_OUTCOMES,
} from '../../domain/monitoring/index.ts';

// Reintegration monitoring (docs/domain.md §5): schedule, visits, well-being assessments with the child's
// own view, the re-trafficking risk review of every visit, and alerts. See docs/monitoring.md.

const isoDate = text().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const requiredText = (max: number) => text().trim().min(1).max(max);
const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const caseIdParams = z.strictObject({ id: z.uuid() });
export const visitParams = z.strictObject({ id: z.uuid(), visitId: z.uuid() });
export const alertParams = z.strictObject({ id: z.uuid(), alertId: z.uuid() });

export const startBody = z.strictObject({
  /** The day of reunification or placement: the schedule counts from it. */
  startedOn: isoDate,
  placementType: z.enum(PLACEMENT_TYPES),
});
export const extraVisitBody = z.strictObject({ plannedOn: isoDate });
export const rescheduleBody = z.strictObject({ plannedOn: isoDate });
export const missedBody = z.strictObject({ reason: requiredText(2000) });
export const resolveBody = z.strictObject({
  /** What was done about the danger; a closure waits until every alert has one (issue 11 item 1). */
  outcome: z.enum(SELECTABLE_ALERT_OUTCOMES as [string, ...string[]]),
  note: requiredText(2000),
});

export const riskReview = z.strictObject({
  contactWithExploiters: z.boolean(),
  newOffers: z.boolean(),
  wentMissing: z.boolean(),
  riskLevel: z.enum(RISK_LEVELS),
  note: requiredText(2000).nullable().default(null),
});

export const itemScore = z.strictObject({
  itemId: z.enum(ITEM_IDS as [string, ...string[]]),
  score: level,
  evidence: z.enum(EVIDENCE_SOURCES),
});

/** The child's own view per domain: a face from 1 (very sad) to 4 (very happy), or skipped (null). */
export const childView = z.strictObject(
  Object.fromEntries(MONITORING_DOMAINS.map((domain) => [domain, level.nullable()])) as Record<
    (typeof MONITORING_DOMAINS)[number],
    z.ZodNullable<typeof level>
  >,
);

export const recordVisitBody = z.strictObject({
  doneOn: isoDate,
  riskReview,
  assessment: z.strictObject({
    items: z.array(itemScore).min(1).max(100),
    caregiverView: requiredText(4000).nullable().default(null),
    /** Null when the child did not take the self-assessment at all. */
    childView: childView.nullable().default(null),
  }),
});
export type RecordVisit = z.infer<typeof recordVisitBody>;

const riskReviewOut = z.object({
  contactWithExploiters: z.boolean(),
  newOffers: z.boolean(),
  wentMissing: z.boolean(),
  riskLevel: z.enum(RISK_LEVELS),
  note: text().nullable(),
});

export const visit = z.object({
  id: text(),
  monthsAfter: z.number().nullable(),
  plannedOn: text(),
  status: z.enum(['planned', 'done', 'missed']),
  /** For a planned visit: later, due-soon (within the reminder window) or overdue. */
  timing: z.enum(['later', 'due-soon', 'overdue']).nullable(),
  doneOn: text().nullable(),
  /** Why it was missed: free text, shown to roles with the health field group only. */
  missedReason: text().nullable(),
  /** The re-trafficking risk review: roles with the exploitation field group. */
  riskReview: riskReviewOut.nullable(),
  assessmentId: text().nullable(),
  version: z.number(),
});
export type Visit = z.infer<typeof visit>;

export const overview = z.object({
  started: z.boolean(),
  startedOn: text().nullable(),
  placementType: z.enum(PLACEMENT_TYPES).nullable(),
  visits: z.array(visit),
  /** Reopenings of this case because the child was trafficked again. */
  retraffickingCount: z.number(),
  settings: z.object({
    scheduleMonths: z.array(z.number()),
    reminderDays: z.number(),
    /** For display: the value of the exact threshold fraction (a domain at or below it needs a plan action). */
    planActionBelow: z.number(),
    /** For display: the value of the exact threshold fraction (2/3); the rule compares on the item scale. */
    closureAtLeast: z.number(),
    closureConsecutiveReviews: z.number(),
  }),
  /** What this user may do and see here. */
  access: z.object({ record: z.boolean(), resolveAlerts: z.boolean(), assessments: z.boolean() }),
  version: z.number(),
});
export type Overview = z.infer<typeof overview>;

const domainScores = z.object(
  Object.fromEntries(MONITORING_DOMAINS.map((d) => [d, z.number()])) as Record<
    (typeof MONITORING_DOMAINS)[number],
    z.ZodNumber
  >,
);

export const assessment = z.object({
  id: text(),
  visitId: text(),
  assessedOn: text(),
  assessorId: text().nullable(),
  assessorName: text().nullable(),
  items: z.array(z.object({ itemId: text(), score: level, evidence: z.enum(EVIDENCE_SOURCES) })),
  caregiverView: text().nullable(),
  childView: z.record(text(), level.nullable()).nullable(),
  domainScores,
  overall: z.number(),
});
export type Assessment = z.infer<typeof assessment>;

export const closureBlocker = z.object({ code: text(), details: z.unknown().optional() });

export const assessmentList = z.object({
  items: z.array(assessment),
  /** Domains under the plan-action threshold at the latest review, with the open plan goals for each. */
  planActions: z.array(
    z.object({
      domain: z.enum(MONITORING_DOMAINS),
      score: z.number(),
      openGoals: z.number(),
      required: z.boolean(),
    }),
  ),
  closureBlockers: z.array(closureBlocker),
});

export const alert = z.object({
  id: text(),
  kind: z.enum(['safety', 'retrafficking-risk']),
  visitId: text().nullable(),
  itemIds: z.array(text()),
  raisedAt: text(),
  resolvedAt: text().nullable(),
  resolvedBy: text().nullable(),
  resolutionOutcome: z.enum(ALERT_OUTCOMES).nullable(),
  resolutionNote: text().nullable(),
  version: z.number(),
});
export type Alert = z.infer<typeof alert>;
export const alertList = z.object({ items: z.array(alert) });

export const recordResult = z.object({ visit, assessment, alerts: z.array(alert), version: z.number() });

// The individual assistance plan (DOMAIN §2 stage 5): a versioned plan per case. A plan is written as
// a draft, submitted for a supervisor's approval (four eyes), then approved or returned with a reason.
// An approved plan is never edited in place: revising it starts a new draft version, and when that
// version is approved the earlier one is superseded (kept, read-only) — so what was approved stays
// exactly as approved.
import type { MonitoringDomain } from '../monitoring/domains.ts';

export const PLAN_STATUSES = ['draft', 'submitted', 'approved', 'returned', 'superseded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const GOAL_STATUSES = ['open', 'achieved', 'discontinued'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type PlanEvent = 'edit' | 'submit' | 'approve' | 'return' | 'supersede' | 'record-progress';

const ALLOWED: Record<PlanStatus, ReadonlyArray<PlanEvent>> = {
  // A returned plan is edited and submitted again; its content is still a draft.
  draft: ['edit', 'submit'],
  returned: ['edit', 'submit'],
  submitted: ['approve', 'return'],
  // Progress (action and goal statuses, the actual end) is recorded on the plan in force without a
  // new approval: it reports what happened, it does not change what was agreed.
  approved: ['record-progress', 'supersede'],
  superseded: [],
};

export function planAllows(status: PlanStatus, event: PlanEvent): boolean {
  return ALLOWED[status].includes(event);
}

const NEXT: Partial<Record<PlanEvent, PlanStatus>> = {
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  supersede: 'superseded',
};

/** The status after an event, or null when the event is not allowed in this status. */
export function nextPlanStatus(status: PlanStatus, event: PlanEvent): PlanStatus | null {
  if (!planAllows(status, event)) return null;
  return NEXT[event] ?? status;
}

/** A new version may be started only when no version is being worked on (draft, submitted, returned). */
export function mayStartNewVersion(statuses: ReadonlyArray<PlanStatus>): boolean {
  return statuses.every((status) => status === 'approved' || status === 'superseded');
}

export type PlanGoalFacts = { domain: MonitoringDomain; status: GoalStatus };

/** Open goals of a domain; monitoring treats one as the plan action a low domain score requires. */
export function countOpenGoals(goals: ReadonlyArray<PlanGoalFacts>, domain: MonitoringDomain): number {
  return goals.filter((goal) => goal.domain === domain && goal.status === 'open').length;
}

export type DatedAction = { status: ActionStatus; dueOn: string | null };

/** An action is overdue when its due date has passed and it is neither done nor cancelled. */
export function isActionOverdue(action: DatedAction, today: string): boolean {
  return (
    action.dueOn !== null && action.dueOn < today && action.status !== 'done' && action.status !== 'cancelled'
  );
}

/** A review is due within `withinDays` days of today (or already past). Dates are YYYY-MM-DD. */
export function isReviewDue(reviewOn: string | null, today: string, withinDays = 7): boolean {
  if (reviewOn === null) return false;
  const limit = new Date(Date.parse(`${today}T00:00:00Z`) + withinDays * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return reviewOn <= limit;
}

export type PlanDates = { plannedEnd: string | null; actualEnd: string | null; startedOn: string };

/** Date problems of a plan's own dates (HTCDS planned/actual end), by field. */
export function planDateProblems(
  dates: PlanDates,
): Array<{ field: 'plannedEnd' | 'actualEnd'; code: string }> {
  const problems: Array<{ field: 'plannedEnd' | 'actualEnd'; code: string }> = [];
  if (dates.plannedEnd !== null && dates.plannedEnd < dates.startedOn)
    problems.push({ field: 'plannedEnd', code: 'before-start' });
  if (dates.actualEnd !== null && dates.actualEnd < dates.startedOn)
    problems.push({ field: 'actualEnd', code: 'before-start' });
  return problems;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONITORING_DOMAINS } from '../monitoring/domains.ts';
import {
  ACTION_STATUSES,
  countOpenGoals,
  GOAL_STATUSES,
  isActionOverdue,
  isReviewDue,
  mayStartNewVersion,
  nextPlanStatus,
  PLAN_STATUSES,
  type PlanEvent,
  planDateProblems,
} from './plan-status.ts';

const EVENTS: PlanEvent[] = ['edit', 'submit', 'approve', 'return', 'supersede', 'record-progress'];
const isoDate = fc
  .integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-12-31') })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

describe('assistance plan status', () => {
  it('content changes only in draft or returned; an approved plan never goes back to draft in place', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLAN_STATUSES),
        fc.array(fc.constantFrom(...EVENTS), { maxLength: 12 }),
        (start, events) => {
          let status = start;
          for (const event of events) {
            const next = nextPlanStatus(status, event);
            if (next === null) continue;
            if (event === 'edit') expect(['draft', 'returned']).toContain(status);
            if (status === 'approved') expect(['approved', 'superseded']).toContain(next);
            if (status === 'superseded') expect.unreachable();
            status = next;
          }
        },
      ),
    );
  });

  it('approval and return happen only to a submitted plan', () => {
    for (const status of PLAN_STATUSES) {
      expect(nextPlanStatus(status, 'approve') !== null).toBe(status === 'submitted');
      expect(nextPlanStatus(status, 'return') !== null).toBe(status === 'submitted');
    }
    expect(nextPlanStatus('returned', 'submit')).toBe('submitted');
  });

  it('starts a new version only when nothing is being worked on', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PLAN_STATUSES)), (statuses) => {
        expect(mayStartNewVersion(statuses)).toBe(
          !statuses.some((s) => s === 'draft' || s === 'submitted' || s === 'returned'),
        );
      }),
    );
  });

  it('counts only open goals of the domain', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            domain: fc.constantFrom(...MONITORING_DOMAINS),
            status: fc.constantFrom(...GOAL_STATUSES),
          }),
        ),
        fc.constantFrom(...MONITORING_DOMAINS),
        (goals, domain) => {
          const count = countOpenGoals(goals, domain);
          expect(count).toBe(goals.filter((g) => g.domain === domain && g.status === 'open').length);
          expect(count).toBeLessThanOrEqual(goals.length);
        },
      ),
    );
  });

  it('an action is overdue only when past due and still open', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ACTION_STATUSES),
        fc.option(isoDate, { nil: null }),
        isoDate,
        (status, dueOn, today) => {
          const overdue = isActionOverdue({ status, dueOn }, today);
          if (overdue) expect(dueOn! < today && status !== 'done' && status !== 'cancelled').toBe(true);
          if (status === 'done' || status === 'cancelled' || dueOn === null) expect(overdue).toBe(false);
        },
      ),
    );
  });

  it('a review date in the past or within a week is due', () => {
    expect(isReviewDue('2026-01-10', '2026-01-05')).toBe(true);
    expect(isReviewDue('2026-01-13', '2026-01-05')).toBe(false);
    expect(isReviewDue('2025-12-01', '2026-01-05')).toBe(true);
    expect(isReviewDue(null, '2026-01-05')).toBe(false);
  });

  it('refuses end dates before the plan started', () => {
    expect(planDateProblems({ startedOn: '2026-02-01', plannedEnd: '2026-01-01', actualEnd: null })).toEqual([
      { field: 'plannedEnd', code: 'before-start' },
    ]);
    expect(
      planDateProblems({ startedOn: '2026-02-01', plannedEnd: '2026-06-01', actualEnd: '2026-05-01' }),
    ).toEqual([]);
  });
});

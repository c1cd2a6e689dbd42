// Contract C2: the plan's to-do items, computed on every read — open actions past their due date and
// plan reviews due within a week, on the plan in force. Shown to the case's owner and to supervisors and
// local coordinators whose grants reach the case, as monitoring does for its visits.
import { isReviewDue } from '../../domain/plans/index.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { placeOfCase } from '../cases/cases.service.ts';
import type { AppContext } from '../context.ts';
import { type InboxItem, registerInboxSource } from '../inbox/inbox-sources.ts';
import { can } from '../policy/policy.ts';
import * as repo from './plans.repository.ts';

const LIMIT = 100;
const REVIEW_WARNING_DAYS = 7;

type CasePlace = { owner_agency_id: string; unit_code: string; owner_user_id: string | null };

function concerns(ctx: AppContext, principal: SignedInUser, row: CasePlace): boolean {
  if (!can(principal, 'plans.edit', placeOfCase(ctx, row), ctx.isWithin)) return false;
  if (row.owner_user_id === principal.userId) return true;
  return principal.grants.some((grant) => grant.role === 'supervisor' || grant.role === 'localcoord');
}

const today = () => new Date().toISOString().slice(0, 10);

registerInboxSource('plans-actions', async (ctx, db, principal) => {
  const items: InboxItem[] = [];
  for (const row of await repo.overdueActionsInForce(db, today(), LIMIT * 4)) {
    if (items.length >= LIMIT) break;
    if (!concerns(ctx, principal, row)) continue;
    items.push({
      kind: 'plans.action-overdue',
      caseId: row.case_id,
      caseCode: row.code,
      subjectType: 'plan',
      subjectId: row.plan_id,
      dueAt: row.due_on,
      overdue: true,
    });
  }
  return items;
});

registerInboxSource('plans-reviews', async (ctx, db, principal) => {
  const on = today();
  const until = new Date(Date.parse(`${on}T00:00:00Z`) + REVIEW_WARNING_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const items: InboxItem[] = [];
  for (const row of await repo.reviewsDueBy(db, until, LIMIT * 4)) {
    if (items.length >= LIMIT) break;
    if (!concerns(ctx, principal, row) || !isReviewDue(row.review_on, on, REVIEW_WARNING_DAYS)) continue;
    items.push({
      kind: 'plans.review-due',
      caseId: row.case_id,
      caseCode: row.code,
      subjectType: 'plan',
      subjectId: row.id,
      dueAt: row.review_on,
      overdue: row.review_on !== null && row.review_on < on,
    });
  }
  return items;
});

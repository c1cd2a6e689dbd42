import { pendingForDecider } from '../approvals/approvals.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { reachFor } from '../policy/policy.ts';
import { registerInboxSource } from './inbox-sources.ts';
import * as repo from './inbox.repository.ts';
import { caseReachOf } from '../cases/case-reach.ts';

// The core's own inbox sources: approvals waiting for me, case deadlines overdue, reflection periods
// ending within a week. Deadlines and reflection periods are listed for those who work the case
// (reach of cases.update: the owner, the agency, the district or region), not for everyone who may read it.

const LIMIT = 100;
const REFLECTION_WARNING_DAYS = 7;

function caseReach(principal: SignedInUser): repo.CaseReach | null {
  const reach = reachFor(principal, 'cases.update');
  return reach.kind === 'none' ? null : caseReachOf(reach);
}

registerInboxSource('approvals', async (ctx, db, principal) =>
  (await pendingForDecider(ctx, db, principal)).map((approval) => ({
    kind: 'approvals.to-decide',
    caseId: approval.caseId,
    caseCode: approval.caseCode,
    subjectType: 'approval',
    subjectId: approval.id,
    dueAt: null,
    overdue: false,
  })),
);

registerInboxSource('case-deadlines', async (_ctx, db, principal) => {
  const reach = caseReach(principal);
  if (!reach) return [];
  return (await repo.overdueCases(db, reach, LIMIT)).map((row) => ({
    kind: 'inbox.case-overdue',
    caseId: row.id,
    caseCode: row.code,
    subjectType: 'case',
    subjectId: row.id,
    dueAt: row.next_deadline,
    overdue: true,
  }));
});

registerInboxSource('reflection-periods', async (_ctx, db, principal) => {
  const reach = caseReach(principal);
  if (!reach) return [];
  return (await repo.reflectionEnding(db, reach, REFLECTION_WARNING_DAYS, LIMIT)).map((row) => ({
    kind: 'inbox.reflection-ending',
    caseId: row.id,
    caseCode: row.code,
    subjectType: 'status',
    subjectId: row.id,
    dueAt: row.reflection_ends_on,
    overdue: false,
  }));
});

import type { Kysely } from 'kysely';
import type { ActionType, CaseClosureReason } from '../../domain/lifecycle/index.ts';
import {
  approvalsForSubject,
  requestApproval,
  withdrawPendingApprovals,
} from '../approvals/approvals.service.ts';
import { decideIfVersion } from '../approvals/approvals.repository.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type ClosureBlocker, closureBlockers } from '../monitoring/closure-readiness.ts';
import { latestAssessmentIds } from './closure.repository.ts';

// Closure (issue 5 item 4; DOMAIN §2 step 9): a closure request must rest on monitoring evidence and is
// decided by a second person through the approvals mechanism (contract C3, kind 'case-closure').

type Db = Kysely<DatabaseSchema>;

/**
 * Reasons that end the work with the child whatever the monitoring says: the child died, left the
 * country or the service's mandate, or another organisation took the case over (an open alert travels
 * with the case file to them). Every other reason — lost contact, other — waits until open safety and
 * re-trafficking alerts are resolved; 'reintegrated' needs every monitoring rule (contract C4).
 */
export const CLOSURE_REASONS_EXEMPT_FROM_ALERTS: ReadonlySet<CaseClosureReason> = new Set<CaseClosureReason>([
  'deceased',
  'moved-abroad',
  'transferred',
  'reached-adulthood',
]);
const ALERT_BLOCKERS = new Set(['SAFETY_ALERT_OPEN', 'RETRAFFICKING_ALERT_OPEN']);

const BLOCKER_TEXT: Record<string, string> = {
  SAFETY_ALERT_OPEN: 'a safety alert is still open',
  RETRAFFICKING_ALERT_OPEN: 'a re-trafficking alert is still open',
  DOMAINS_BELOW_THRESHOLD: 'some well-being domains are below the closure threshold',
  TOO_FEW_REVIEWS: 'there are not yet two consecutive reviews with every domain at the closure threshold',
};

/** What stands in the way of closing the case for this reason now (empty: nothing). */
export async function closureRefusals(
  ctx: AppContext,
  db: Db,
  caseId: string,
  reason: CaseClosureReason,
): Promise<ClosureBlocker[]> {
  if (CLOSURE_REASONS_EXEMPT_FROM_ALERTS.has(reason)) return [];
  const blockers = await closureBlockers(ctx, db, caseId);
  return reason === 'reintegrated' ? blockers : blockers.filter((b) => ALERT_BLOCKERS.has(b.code));
}

export async function assertClosureAllowed(
  ctx: AppContext,
  db: Db,
  caseId: string,
  reason: CaseClosureReason,
): Promise<void> {
  const blockers = await closureRefusals(ctx, db, caseId, reason);
  if (blockers.length === 0) return;
  const why = blockers.map((b) => BLOCKER_TEXT[b.code] ?? b.code).join('; ');
  throw new AppError(422, 'closure_blocked', `The case cannot be closed as '${reason}' yet: ${why}.`, {
    closureReason: reason,
    blockers,
  });
}

/**
 * Runs inside takeAction before a closure is requested or approved: refuses it while monitoring says no
 * (approval checks again, since an alert may have been raised meanwhile) and returns the evidence the
 * request records — the latest assessments the decision rests on.
 */
export async function closureEvidence(
  ctx: AppContext,
  trx: Db,
  caseId: string,
  type: ActionType,
  reason: string | undefined,
): Promise<{ assessmentIds: string[] } | null> {
  if ((type !== 'request-closure' && type !== 'approve-closure') || reason === undefined) return null;
  await assertClosureAllowed(ctx, trx, caseId, reason as CaseClosureReason);
  return type === 'request-closure' ? { assessmentIds: await latestAssessmentIds(trx, caseId, 2) } : null;
}

/**
 * Keeps the lifecycle and the approvals in step: a closure request opens a 'case-closure' approval; a
 * closure approved or rejected directly (the case's own action) settles that approval the same way. A
 * requester who takes back their own request withdraws it (four eyes: they may not decide it).
 */
export async function afterClosureAction(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  type: ActionType,
  reason: string | undefined,
): Promise<void> {
  if (type === 'request-closure') {
    await requestApproval(ctx, trx, principal, actor, { kind: 'case-closure', caseId, subjectId: caseId });
    return;
  }
  if (type !== 'approve-closure' && type !== 'reject-closure') return;
  const pending = (await approvalsForSubject(trx, 'case-closure', caseId)).filter(
    (a) => a.status === 'pending',
  );
  for (const approval of pending) {
    const own = approval.requested_by === principal.userId;
    const status = own ? 'withdrawn' : type === 'approve-closure' ? 'approved' : 'rejected';
    if (own) await withdrawPendingApprovals(trx, 'case-closure', caseId);
    else
      await decideIfVersion(trx, approval.id, approval.version, {
        status: status as 'approved' | 'rejected',
        decided_by: principal.userId,
        decided_at: new Date(),
        reason: reason ? ctx.cipher.encrypt(reason, 'approvals.reason') : null,
      });
    await audit(trx, actor, {
      action: 'approval.settle',
      entityType: 'case',
      entityId: caseId,
      details: { approvalId: approval.id, kind: 'case-closure', status, via: type },
    });
  }
}

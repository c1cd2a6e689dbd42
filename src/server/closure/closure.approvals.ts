// Registers the 'case-closure' approval kind (contract C3): a supervisor or coordinator other than the
// requester decides; the decision takes the lifecycle's approve- or reject-closure action in the same
// transaction, so the case and the approval never disagree. Nobody who asked for a closure of the case
// decides one (closure.authors.ts).
import { registerApprovalKind } from '../approvals/approvals.service.ts';
import { takeAction } from '../cases/case-actions.service.ts';
import { contextInTransaction } from '../db/in-transaction.ts';
import { closureAuthors } from './closure.authors.ts';

registerApprovalKind('case-closure', {
  decideAction: 'cases.approve-closure',
  conflictedUsers: (_ctx, db, approval) =>
    approval.case_id ? closureAuthors(db, approval.case_id) : Promise.resolve([]),
  async onDecision(ctx, trx, approval, decision, decider, actor) {
    if (!approval.case_id) return;
    const reason = approval.reason ? ctx.cipher.decrypt(approval.reason, 'approvals.reason') : undefined;
    await takeAction(contextInTransaction(ctx, trx), decider, actor, approval.case_id, null, {
      type: decision === 'approved' ? 'approve-closure' : 'reject-closure',
      ...(reason ? { reason } : {}),
    });
  },
});

// The national coordinator's step for a move to another member country (issue 11 item 1): approving it
// lets the supervisor's approval close the case; rejecting it rejects the closure request at once.
registerApprovalKind('case-closure-coordinator', {
  decideAction: 'cases.approve-cross-border-exit',
  // Whoever asked for the closure may not take the coordinator's step either.
  conflictedUsers: (_ctx, db, approval) =>
    approval.case_id ? closureAuthors(db, approval.case_id) : Promise.resolve([]),
  async onDecision(ctx, trx, approval, decision, decider, actor) {
    if (decision === 'approved' || !approval.case_id) return;
    const reason = approval.reason ? ctx.cipher.decrypt(approval.reason, 'approvals.reason') : undefined;
    await takeAction(contextInTransaction(ctx, trx), decider, actor, approval.case_id, null, {
      type: 'reject-closure',
      ...(reason ? { reason } : {}),
    });
  },
});

// Registers the 'case-closure' approval kind (contract C3): a supervisor or coordinator other than the
// requester decides; the decision takes the lifecycle's approve- or reject-closure action in the same
// transaction, so the case and the approval never disagree.
import { registerApprovalKind } from '../approvals/approvals.service.ts';
import { takeAction } from '../cases/case-actions.service.ts';
import { contextInTransaction } from '../db/in-transaction.ts';

registerApprovalKind('case-closure', {
  decideAction: 'cases.approve-closure',
  async onDecision(ctx, trx, approval, decision, decider, actor) {
    const reason = approval.reason ? ctx.cipher.decrypt(approval.reason, 'approvals.reason') : undefined;
    await takeAction(contextInTransaction(ctx, trx), decider, actor, approval.case_id, null, {
      type: decision === 'approved' ? 'approve-closure' : 'reject-closure',
      ...(reason ? { reason } : {}),
    });
  },
});

import { registerApprovalKind } from '../approvals/approvals.service.ts';
import { decideOverride } from './referrals.service.ts';

// Contract C3: a referral sent without the child's consent waits until a second person with oversight
// approves the override (then it is sent and its answer deadline starts) or rejects it (then it is
// cancelled). The requester can never decide their own request (the approvals module refuses it).
registerApprovalKind('consent-override', {
  decideAction: 'referrals.override-consent',
  onDecision: (ctx, trx, approval, decision, decider, actor) =>
    decideOverride(ctx, trx, approval.subject_id, decision, decider, actor),
});

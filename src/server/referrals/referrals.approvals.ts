import { registerApprovalKind } from '../approvals/approvals.service.ts';
import { eventsOf, findReferral } from './referrals.repository.ts';
import { decideOverride } from './referrals.service.ts';

// Contract C3: a referral sent without the child's consent waits until a second person with oversight
// approves the override (then it is sent and its answer deadline starts) or rejects it (then it is
// cancelled). Four eyes: neither the requester nor whoever wrote the referral (its sender, anyone who
// took a step on it) may decide.
registerApprovalKind('consent-override', {
  decideAction: 'referrals.override-consent',
  async conflictedUsers(_ctx, db, approval) {
    const referral = await findReferral(db, approval.subject_id);
    if (!referral) return [];
    const steps = await eventsOf(db, referral.id);
    return [referral.sender_user_id, ...steps.flatMap((step) => (step.actor_id ? [step.actor_id] : []))];
  },
  onDecision: (ctx, trx, approval, decision, decider, actor) =>
    decideOverride(ctx, trx, approval.subject_id, decision, decider, actor),
});

// Registers the 'assistance-plan' approval kind (contract C3): supervisors, local and national
// coordinators approve or return a submitted plan; the requester may not decide (four eyes).
import { registerApprovalKind } from '../approvals/approvals.service.ts';
import { decidePlan } from './plans.workflow.ts';

registerApprovalKind('assistance-plan', {
  decideAction: 'plans.approve',
  async onDecision(_ctx, trx, approval, decision, decider, actor) {
    await decidePlan(trx, actor, { planId: approval.subject_id, decision, deciderId: decider.userId });
  },
});

// Registers the 'assistance-plan' approval kind (contract C3): supervisors, local and national
// coordinators approve or return a submitted plan. Four eyes: nobody who wrote or changed this plan or
// any earlier version of it (a new plan is written from the one before) may decide it.
import { registerApprovalKind } from '../approvals/approvals.service.ts';
import { actorsOfAuditedWrites } from '../audit/audit-authors.repository.ts';
import { listPlans } from './plans.repository.ts';
import { decidePlan } from './plans.workflow.ts';

/** The audited writes that shape a plan's content (deciding it is not writing it). */
const PLAN_WRITES = ['case.plan.create', 'case.plan.update', 'case.plan.progress', 'case.plan.submit'];

registerApprovalKind('assistance-plan', {
  decideAction: 'plans.approve',
  async conflictedUsers(_ctx, db, approval) {
    if (!approval.case_id) return [];
    const plans = await listPlans(db, approval.case_id);
    const subject = plans.find((plan) => plan.id === approval.subject_id);
    const versions = plans.filter((plan) => subject && plan.number <= subject.number);
    const writers = await actorsOfAuditedWrites(db, {
      entityType: 'case',
      entityId: approval.case_id,
      actions: PLAN_WRITES,
      detailKey: 'planId',
      detailValues: versions.map((plan) => plan.id),
    });
    return [
      ...versions.flatMap((plan) => [plan.created_by, ...(plan.submitted_by ? [plan.submitted_by] : [])]),
      ...writers,
    ];
  },
  async onDecision(_ctx, trx, approval, decision, decider, actor) {
    await decidePlan(trx, actor, { planId: approval.subject_id, decision, deciderId: decider.userId });
  },
});

// Registers the 'grant-change' approval kind: a grant that opens case data takes effect only when a
// second administrator, who may give it, approves. Neither the requester nor the account's owner may
// decide (the owner is named as conflicted: nobody approves their own access).
import { registerApprovalKind } from '../approvals/approvals.service.ts';
import { findGrantRequest } from '../approvals/approvals.repository.ts';
import { audit } from '../audit/audit.service.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notifications.service.ts';
import { grantApprovalRefusal, grantKey } from '../policy/grant-rules.ts';
import type { Grant } from '../policy/policy.ts';
import { GRANT_CHANGE_KIND, grantsOf, placeOfAgency } from './grant-changes.ts';
import { findUser, replaceGrants } from './users.repository.ts';

type Db = Parameters<typeof findGrantRequest>[0];

async function requestOf(db: Db, approvalId: string) {
  const request = await findGrantRequest(db, approvalId);
  const account = request ? await findUser(db, request.user_id) : undefined;
  if (!request || !account) return null;
  return { account, grants: request.grants as Grant[] };
}

registerApprovalKind(GRANT_CHANGE_KIND, {
  decideAction: 'users.manage',
  async placeOf(ctx, db, approval) {
    const found = await requestOf(db, approval.id);
    return found ? placeOfAgency(ctx, db, found.account.agency_id) : null;
  },
  conflictedUsers: async (_ctx, _db, approval) => [approval.subject_id],
  async deciderQualifies(ctx, db, decider, approval) {
    const found = await requestOf(db, approval.id);
    if (!found) return false;
    const refusal = grantApprovalRefusal(
      decider,
      {
        requestedBy: approval.requested_by,
        accountId: found.account.id,
        current: await grantsOf(db, found.account.id),
        requested: found.grants,
        place: await placeOfAgency(ctx, db, found.account.agency_id),
      },
      ctx.isWithin,
    );
    return refusal === null;
  },
  async onDecision(_ctx, trx, approval, decision, decider, actor) {
    const found = await requestOf(trx, approval.id);
    if (!found) throw new AppError('conflict', 'The account of this request no longer exists.');
    if (decision === 'approved') await replaceGrants(trx, found.account.id, found.grants);
    await audit(trx, actor, {
      action: decision === 'approved' ? 'user.grants.approve' : 'user.grants.reject',
      entityType: 'user',
      entityId: found.account.id,
      details: { approvalId: approval.id, grants: found.grants.map(grantKey) },
    });
    await notify(trx, {
      recipients: [found.account.id],
      kind: decision === 'approved' ? 'grants.approved' : 'grants.rejected',
      subjectType: 'user',
      subjectId: found.account.id,
      actorUserId: decider.userId,
    });
  },
});

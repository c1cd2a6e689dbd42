import { isOverdue } from '../../domain/referrals/index.ts';
import { can } from '../policy/policy.ts';
import { registerInboxSource } from '../inbox/inbox-sources.ts';
import { recipientPlaceOf } from './referral-access.ts';
import * as repo from './referrals.repository.ts';

// Contract C2, computed (no cron): the receiving agency's staff see every sent referral waiting for their
// answer ('referrals.to-answer', overdue once past its deadline, without the sender's case); the sender
// and the case owner see their sent referrals past the deadline ('referrals.overdue').
registerInboxSource('referrals', async (ctx, db, principal) => {
  const now = new Date();
  const items = [];
  if (
    principal.agencyId &&
    can(
      principal,
      'referrals.respond',
      recipientPlaceOf(ctx, { recipient_agency_id: principal.agencyId }),
      ctx.isWithin,
    )
  ) {
    for (const row of await repo.awaitingAnswer(db, { recipientAgencyId: principal.agencyId })) {
      items.push({
        kind: 'referrals.to-answer',
        caseId: null,
        caseCode: null,
        subjectType: 'referral',
        subjectId: row.id,
        dueAt: row.due_at?.toISOString() ?? null,
        overdue: isOverdue(row.due_at, now),
      });
    }
  }
  for (const row of await repo.awaitingAnswer(db, { senderUserId: principal.userId })) {
    if (!isOverdue(row.due_at, now)) continue;
    items.push({
      kind: 'referrals.overdue',
      caseId: row.case_id,
      caseCode: row.case_code,
      subjectType: 'referral',
      subjectId: row.id,
      dueAt: row.due_at?.toISOString() ?? null,
      overdue: true,
    });
  }
  return items;
});

// Contract C2: determinations waiting for this user's confirmation as a panel member (still in reach).
import { placeOfCase } from '../cases/cases.service.ts';
import { registerInboxSource } from '../inbox/inbox-sources.ts';
import { can } from '../policy/policy.ts';
import * as repo from './best-interests.repository.ts';

registerInboxSource('best-interests-panel', async (ctx, db, principal) =>
  (await repo.awaitingConfirmationBy(db, principal.userId, 100))
    .filter((row) => can(principal, 'best-interests.decide', placeOfCase(ctx, row), ctx.isWithin))
    .map((row) => ({
      kind: 'bestInterests.to-confirm',
      caseId: row.case_id,
      caseCode: row.code,
      subjectType: 'best-interests',
      subjectId: row.id,
      dueAt: null,
      overdue: false,
    })),
);

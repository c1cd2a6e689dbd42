// Contract C2, computed on every read: once forced criminality or forced begging is recorded in a
// child's trafficking history, the case owner is asked to consider non-punishment (CoE Convention
// Art. 26) until a non-punishment decision is recorded. Only for owners holding the justice field group.
import { registerInboxSource } from '../inbox/inbox-sources.ts';
import { fieldGroupsOnCase } from '../cases/cases.service.ts';
import * as repo from './justice.repository.ts';

registerInboxSource('child-non-punishment', async (ctx, db, principal) => {
  const rows = await repo.casesToConsiderNonPunishment(db, principal.userId, 100);
  // The justice group of the grants that reach each case, not of all the owner's grants.
  return rows
    .filter((row) => fieldGroupsOnCase(ctx, principal, row).includes('justice'))
    .map((row) => ({
      kind: 'child.consider-non-punishment',
      caseId: row.id,
      caseCode: row.code,
      subjectType: 'case',
      subjectId: row.id,
      dueAt: null,
      overdue: false,
    }));
});

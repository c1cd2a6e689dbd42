// Contract C2, computed on every read: a child who needs a guardian (unaccompanied or separated, CETS 197
// Art. 10(4)) and has none puts 'child.guardian-due' in the case owner's inbox, due by the country's
// working-day deadline; once overdue it escalates as 'child.guardian-overdue' to the supervisors whose
// grants reach the case.
import { guardianDeadline } from '../../domain/minority/guardian-deadline.ts';
import { placeOfCase } from '../cases/cases.service.ts';
import { type InboxItem, registerInboxSource } from '../inbox/inbox-sources.ts';
import { can } from '../policy/policy.ts';
import * as repo from './case-people.repository.ts';

const LIMIT = 100;

registerInboxSource('child-guardian', async (ctx, db, principal) => {
  const now = new Date();
  const supervises = principal.grants.some((grant) => grant.role === 'supervisor');
  const items: InboxItem[] = [];
  for (const row of await repo.casesAwaitingGuardian(db, 500)) {
    if (items.length >= LIMIT) break;
    const due = guardianDeadline(row.guardian_required_since!, ctx.config.country);
    const overdue = due.getTime() <= now.getTime();
    const item = {
      caseId: row.id,
      caseCode: row.code,
      subjectType: 'case',
      subjectId: row.id,
      dueAt: due.toISOString(),
      overdue,
    };
    if (row.owner_user_id === principal.userId) items.push({ kind: 'child.guardian-due', ...item });
    else if (
      overdue &&
      supervises &&
      can(principal, 'cases.approve-closure', placeOfCase(ctx, row), ctx.isWithin)
    )
      items.push({ kind: 'child.guardian-overdue', ...item });
  }
  return items;
});

import { foundation } from './001-foundation.ts';
import { cases } from './002-cases.ts';
import { duplicateReview } from './005-duplicate-review.ts';
import { casePeople } from './003-case-people.ts';
import { historyScreeningStatus } from './004-history-screening-status.ts';
import { notificationsApprovals } from './006-notifications-approvals.ts';
import { serviceDirectory } from './007-service-directory.ts';
import { plansBestInterests } from './008-plans-best-interests.ts';
import { monitoring } from './009-monitoring.ts';
import { justice } from './010-justice.ts';
import { referrals } from './011-referrals.ts';

/** Ordered, append-only: never edit a migration that has shipped; add the next one. */
export const MIGRATIONS: ReadonlyArray<{ id: string; sql: string }> = [
  { id: '001-foundation', sql: foundation },
  { id: '002-cases', sql: cases },
  { id: '003-case-people', sql: casePeople },
  { id: '004-history-screening-status', sql: historyScreeningStatus },
  { id: '005-duplicate-review', sql: duplicateReview },
  { id: '006-notifications-approvals', sql: notificationsApprovals },
  { id: '007-service-directory', sql: serviceDirectory },
  { id: '008-plans-best-interests', sql: plansBestInterests },
  { id: '009-monitoring', sql: monitoring },
  { id: '010-justice', sql: justice },
  { id: '011-referrals', sql: referrals },
];

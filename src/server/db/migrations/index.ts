import { foundation } from './001-foundation.ts';
import { cases } from './002-cases.ts';
import { casePeople } from './003-case-people.ts';
import { historyScreeningStatus } from './004-history-screening-status.ts';
import { duplicateReview } from './005-duplicate-review.ts';
import { notificationsApprovals } from './006-notifications-approvals.ts';
import { serviceDirectory } from './007-service-directory.ts';
import { plansBestInterests } from './008-plans-best-interests.ts';
import { monitoring } from './009-monitoring.ts';
import { justice } from './010-justice.ts';
import { referrals } from './011-referrals.ts';
import { breakGlass } from './012-break-glass.ts';
import { grantRequests } from './013-grant-requests.ts';
import { signInHardening } from './014-sign-in-hardening.ts';
import { caseAccessLog } from './016-case-access-log.ts';
import { retention } from './017-retention.ts';
import { alertOutcomes } from './018-alert-outcomes.ts';
import { childProtections } from './019-child-protections.ts';
import { idempotencySealed } from './020-idempotency-sealed.ts';
import { federation } from './021-federation.ts';
import { geographyComplete } from './023-geography-complete.ts';
import { teams } from './024-teams.ts';

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
  { id: '012-break-glass', sql: breakGlass },
  { id: '013-grant-requests', sql: grantRequests },
  { id: '014-sign-in-hardening', sql: signInHardening },
  { id: '016-case-access-log', sql: caseAccessLog },
  { id: '017-retention', sql: retention },
  { id: '018-alert-outcomes', sql: alertOutcomes },
  { id: '019-child-protections', sql: childProtections },
  { id: '020-idempotency-sealed', sql: idempotencySealed },
  { id: '021-federation', sql: federation },
  { id: '023-geography-complete', sql: geographyComplete },
  { id: '024-teams', sql: teams },
];

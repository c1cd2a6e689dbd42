import { approvalInboxEndpoints } from './approvals-inbox.ts';
import { casePeopleEndpoints, consentEndpoints, noteAttachmentEndpoints } from './case-people.ts';
import { caseEndpoints } from './cases.ts';
import { directoryEndpoints } from './directory.ts';
import { duplicateEndpoints } from './duplicates.ts';
import { federationEndpoints } from './federation.ts';
import { foundationEndpoints } from './foundation.ts';
import { historyScreeningEndpoints } from './history-screening.ts';
import { dashboardEndpoints, justiceEndpoints } from './justice.ts';
import { monitoringEndpoints } from './monitoring.ts';
import { bestInterestsEndpoints, planEndpoints } from './plans.ts';
import { referralEndpoints } from './referrals.ts';
import { rightsEndpoints } from './rights.ts';
import { teamEndpoints } from './teams.ts';
import type { Endpoint, Targets } from './types.ts';

/** Every area adds its endpoints here; the coverage test fails for any documented route left out. */
export const ENDPOINT_GROUPS: Array<(t: Targets) => Endpoint[]> = [
  foundationEndpoints,
  caseEndpoints,
  casePeopleEndpoints,
  consentEndpoints,
  noteAttachmentEndpoints,
  historyScreeningEndpoints,
  duplicateEndpoints,
  justiceEndpoints,
  dashboardEndpoints,
  directoryEndpoints,
  approvalInboxEndpoints,
  planEndpoints,
  bestInterestsEndpoints,
  monitoringEndpoints,
  referralEndpoints,
  rightsEndpoints,
  federationEndpoints,
  teamEndpoints,
];

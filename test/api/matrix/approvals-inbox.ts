import { randomUUID } from 'node:crypto';
import { ALL_ROLES, CASE_READERS, type Endpoint, type Targets } from './types.ts';

// Approvals, notifications and the inbox. Approval and notification ids are random: every signed-in
// role gets 404 there (deciding rights depend on the kind and are checked on the case in the service,
// see test/api/approvals.test.ts), which is not a refusal.
export function approvalInboxEndpoints(t: Targets): Endpoint[] {
  const approval = `/api/approvals/${randomUUID()}`;
  return [
    { method: 'GET', path: '/api/approvals', allowed: ALL_ROLES },
    { method: 'GET', path: approval, allowed: ALL_ROLES },
    {
      method: 'POST',
      path: `${approval}/decision`,
      body: { decision: 'approved' },
      allowed: ALL_ROLES,
      ifMatch: true,
    },
    { method: 'GET', path: `/api/cases/${t.caseId}/approvals`, allowed: CASE_READERS },
    { method: 'GET', path: '/api/notifications', allowed: ALL_ROLES },
    { method: 'POST', path: `/api/notifications/${randomUUID()}/read`, body: {}, allowed: ALL_ROLES },
    { method: 'POST', path: '/api/notifications/read-all', body: {}, allowed: ALL_ROLES },
    { method: 'GET', path: '/api/notifications/email', allowed: ALL_ROLES },
    { method: 'PUT', path: '/api/notifications/email', body: { email: null }, allowed: ALL_ROLES },
    { method: 'GET', path: '/api/inbox', allowed: ALL_ROLES },
  ];
}

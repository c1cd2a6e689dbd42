import { randomUUID } from 'node:crypto';
import type { Endpoint, Targets, Who } from './types.ts';

// Retention and the child's rights (issue 10): legal holds and the subject-access export belong to
// oversight — the supervisor, the local and the national coordinator — never to the worker, police,
// provider, analyst or administrator.
const OVERSIGHT: Who[] = ['supervisor', 'localcoord', 'coordinator'];

export function rightsEndpoints(t: Targets): Endpoint[] {
  const holds = `/api/cases/${t.caseId}/legal-holds`;
  return [
    { method: 'GET', path: holds, allowed: OVERSIGHT },
    { method: 'POST', path: holds, body: { reason: 'Court order for the matrix' }, allowed: OVERSIGHT },
    {
      method: 'POST',
      path: `${holds}/${randomUUID()}/lift`,
      body: { reason: 'Court returned the file' },
      allowed: OVERSIGHT,
      ifMatch: true,
    },
    { method: 'GET', path: `/api/cases/${t.caseId}/subject-access`, allowed: OVERSIGHT },
  ];
}

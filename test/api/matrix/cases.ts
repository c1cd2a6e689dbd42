import { CASE_READERS, CASE_WRITERS, type Endpoint, type Targets } from './types.ts';

export function caseEndpoints(t: Targets): Endpoint[] {
  const caseFile = `/api/cases/${t.caseId}`;
  return [
    { method: 'GET', path: '/api/cases', allowed: CASE_READERS },
    { method: 'GET', path: caseFile, allowed: CASE_READERS },
    { method: 'GET', path: `${caseFile}/history`, allowed: CASE_READERS },
    { method: 'GET', path: `${caseFile}/actions`, allowed: CASE_READERS },
    {
      method: 'GET',
      path: `${caseFile}/assignable-users`,
      allowed: ['supervisor', 'localcoord', 'coordinator'],
    },
    // Readers may reach the endpoint; the lifecycle permission is checked per action type (403 for police).
    {
      method: 'POST',
      path: `${caseFile}/actions`,
      body: { type: 'presume' },
      allowed: ['caseworker', 'supervisor', 'localcoord'],
      ifMatch: true,
    },
    { method: 'POST', path: `${caseFile}/reveal`, allowed: CASE_READERS },
    // Oversight roles pass the gate; the administrator then gets 404 (no case data), not 403.
    {
      method: 'GET',
      path: `${caseFile}/access-log`,
      allowed: ['supervisor', 'localcoord', 'coordinator', 'admin'],
    },
    {
      method: 'GET',
      path: `${caseFile}/access-log/export.csv`,
      allowed: ['supervisor', 'localcoord', 'coordinator', 'admin'],
    },
    {
      method: 'PATCH',
      path: caseFile,
      body: { identity: { disability: 'none' } },
      allowed: CASE_WRITERS,
      ifMatch: true,
    },
    {
      method: 'POST',
      path: '/api/cases',
      body: { sensitive: {}, identity: {} },
      allowed: CASE_WRITERS,
    },
    // Every case reader may break the glass; on this case, in everyone's reach, the answer is 409.
    {
      method: 'POST',
      path: `${caseFile}/break-glass`,
      body: { reason: 'The child is in hospital and the owning agency is closed tonight.' },
      allowed: CASE_READERS,
    },
    { method: 'GET', path: '/api/break-glass', allowed: ['supervisor', 'localcoord', 'coordinator'] },
    {
      method: 'POST',
      path: `/api/break-glass/${crypto.randomUUID()}/review`,
      body: { note: 'Checked with the worker.' },
      allowed: ['supervisor', 'localcoord', 'coordinator'],
    },
    {
      method: 'POST',
      path: '/api/cases/duplicate-check',
      body: { sensitive: {} },
      allowed: CASE_WRITERS,
    },
  ];
}

import { randomUUID } from 'node:crypto';
import { ALL_ROLES, CASE_READERS, CASE_WRITERS, type Endpoint, type Targets } from './types.ts';

// Trafficking history, screening and status. Events need the `exploitation` field group on top of the
// case permission; every role that may read or update cases has it today (the provider has neither).

export function historyScreeningEndpoints(t: Targets): Endpoint[] {
  const caseFile = `/api/cases/${t.caseId}`;
  const event = `${caseFile}/events/${randomUUID()}`;
  return [
    { method: 'GET', path: `${caseFile}/events`, allowed: CASE_READERS },
    { method: 'POST', path: `${caseFile}/events`, body: {}, allowed: CASE_WRITERS },
    { method: 'PATCH', path: event, body: { durationDays: 3 }, allowed: CASE_WRITERS, ifMatch: true },
    { method: 'DELETE', path: event, allowed: CASE_WRITERS, ifMatch: true },
    { method: 'GET', path: '/api/reference/screening-indicators', allowed: ALL_ROLES },
    { method: 'GET', path: '/api/reference/screening-indicators/versions', allowed: ALL_ROLES },
    { method: 'GET', path: `${caseFile}/screenings`, allowed: CASE_READERS },
    { method: 'POST', path: `${caseFile}/screenings`, body: {}, allowed: CASE_WRITERS },
    { method: 'GET', path: `${caseFile}/status`, allowed: CASE_READERS },
    // A decision is a lifecycle transition: police and the coordinator read the status but do not decide it.
    {
      method: 'POST',
      path: `${caseFile}/status-decisions`,
      body: {},
      allowed: ['caseworker', 'supervisor', 'localcoord'],
      ifMatch: true,
    },
    { method: 'PUT', path: `${caseFile}/non-punishment`, body: {}, allowed: CASE_WRITERS, ifMatch: true },
  ];
}

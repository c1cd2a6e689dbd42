import { randomUUID } from 'node:crypto';
import { CASE_READERS, type Endpoint, type Targets, type Who } from './types.ts';

// Reintegration monitoring. Recording (start, visits, assessments) is social work on health data:
// caseworker, supervisor, local coordinator. Assessments and alerts need the 'health' field group, so
// police and the national coordinator read the schedule but are refused the assessment data. Alerts are
// resolved by someone with oversight.

const RECORDERS: Who[] = ['caseworker', 'supervisor', 'localcoord'];

export function monitoringEndpoints(t: Targets): Endpoint[] {
  const base = `/api/cases/${t.caseId}/monitoring`;
  const visit = `${base}/visits/${randomUUID()}`;
  return [
    { method: 'GET', path: base, allowed: CASE_READERS },
    { method: 'POST', path: base, body: {}, allowed: RECORDERS },
    { method: 'POST', path: `${base}/visits`, body: {}, allowed: RECORDERS },
    { method: 'PATCH', path: visit, body: {}, allowed: RECORDERS, ifMatch: true },
    { method: 'POST', path: `${visit}/missed`, body: {}, allowed: RECORDERS, ifMatch: true },
    { method: 'POST', path: `${visit}/record`, body: {}, allowed: RECORDERS, ifMatch: true },
    { method: 'GET', path: `${base}/assessments`, allowed: RECORDERS },
    { method: 'GET', path: `${base}/alerts`, allowed: RECORDERS },
    {
      method: 'POST',
      path: `${base}/alerts/${randomUUID()}/resolve`,
      body: {},
      allowed: ['supervisor', 'localcoord'],
      ifMatch: true,
    },
  ];
}

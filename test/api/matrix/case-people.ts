import { randomUUID } from 'node:crypto';
import { CASE_READERS, CASE_WRITERS, type Endpoint, type Targets } from './types.ts';

// Family, guardian, consents, notes and attachments of the matrix case. Sub-record ids are random:
// allowed roles then get 404, which is not a refusal.
export function casePeopleEndpoints(t: Targets): Endpoint[] {
  const caseFile = `/api/cases/${t.caseId}`;
  const member = `${caseFile}/family/${randomUUID()}`;
  return [
    { method: 'GET', path: `${caseFile}/family`, allowed: CASE_READERS },
    {
      method: 'POST',
      path: `${caseFile}/family`,
      body: { relation: 'sibling', name: 'Matrix Sibling', implicated: false, safeContact: true },
      allowed: CASE_WRITERS,
    },
    { method: 'PATCH', path: member, body: { safeContact: false }, allowed: CASE_WRITERS, ifMatch: true },
    { method: 'DELETE', path: member, allowed: CASE_WRITERS, ifMatch: true },
    { method: 'GET', path: `${caseFile}/guardian`, allowed: CASE_READERS },
    {
      method: 'PUT',
      path: `${caseFile}/guardian`,
      body: { kind: 'institution', name: 'Matrix Shelter' },
      allowed: CASE_WRITERS,
      ifMatch: true,
    },
    { method: 'GET', path: `${caseFile}/age-assessments`, allowed: CASE_READERS },
    {
      method: 'POST',
      path: `${caseFile}/age-assessments`,
      body: {
        assessedOn: '2026-01-01',
        method: 'interview',
        assessedBy: 'Matrix Panel',
        result: 'inconclusive',
        childInformedOn: '2026-01-01',
        childInformedHow: 'with-guardian',
      },
      allowed: CASE_WRITERS,
    },
  ];
}

export function consentEndpoints(t: Targets): Endpoint[] {
  const consents = `/api/cases/${t.caseId}/consents`;
  return [
    { method: 'GET', path: consents, allowed: CASE_READERS },
    {
      method: 'POST',
      path: consents,
      body: {
        purpose: 'assistance',
        childAssent: { given: true, date: '2026-01-01', howInformed: 'with-guardian' },
        guardianConsent: null,
      },
      allowed: CASE_WRITERS,
    },
    {
      method: 'POST',
      path: `${consents}/${randomUUID()}/withdraw`,
      body: { reason: 'Matrix' },
      allowed: CASE_WRITERS,
      ifMatch: true,
    },
  ];
}

export function noteAttachmentEndpoints(t: Targets): Endpoint[] {
  const caseFile = `/api/cases/${t.caseId}`;
  return [
    { method: 'GET', path: `${caseFile}/notes`, allowed: CASE_READERS },
    {
      method: 'POST',
      path: `${caseFile}/notes`,
      body: { class: 'general', text: 'Matrix note' },
      allowed: CASE_WRITERS,
    },
    { method: 'GET', path: `${caseFile}/attachments`, allowed: CASE_READERS },
    // A JSON body is not a file: allowed roles get 415, which is not a refusal.
    {
      method: 'POST',
      path: `${caseFile}/attachments?fileName=matrix.txt&class=general`,
      body: {},
      allowed: CASE_WRITERS,
    },
    { method: 'GET', path: `${caseFile}/attachments/${randomUUID()}`, allowed: CASE_READERS },
  ];
}

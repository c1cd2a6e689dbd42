import { randomUUID } from 'node:crypto';
import type { Endpoint, Targets, Who } from './types.ts';

// The justice section: only roles holding the 'justice' field group; the provider and the analyst are
// refused everything, the coordinator reads but does not write.
const JUSTICE_READERS: Who[] = ['caseworker', 'supervisor', 'police', 'localcoord', 'coordinator'];
const JUSTICE_WRITERS: Who[] = ['caseworker', 'supervisor', 'police', 'localcoord'];

export function justiceEndpoints(t: Targets): Endpoint[] {
  const base = `/api/cases/${t.caseId}/justice`;
  const proceeding = `${base}/proceedings/${randomUUID()}`;
  const perpetrator = `${base}/perpetrators/${randomUUID()}`;
  return [
    { method: 'GET', path: base, allowed: JUSTICE_READERS },
    {
      method: 'POST',
      path: `${base}/proceedings`,
      body: { articles: ['149'], childRole: 'victim', openedOn: '2026-01-05' },
      allowed: JUSTICE_WRITERS,
    },
    {
      method: 'PATCH',
      path: proceeding,
      body: { childRole: 'witness' },
      allowed: JUSTICE_WRITERS,
      ifMatch: true,
    },
    {
      method: 'POST',
      path: `${proceeding}/stage`,
      body: { to: 'investigation', on: '2026-01-06' },
      allowed: JUSTICE_WRITERS,
      ifMatch: true,
    },
    {
      method: 'POST',
      path: `${base}/perpetrators`,
      body: { roles: ['Exploiter'] },
      allowed: JUSTICE_WRITERS,
    },
    {
      method: 'PATCH',
      path: perpetrator,
      body: { sex: 'Masculine' },
      allowed: JUSTICE_WRITERS,
      ifMatch: true,
    },
    { method: 'DELETE', path: perpetrator, allowed: JUSTICE_WRITERS, ifMatch: true },
    {
      method: 'POST',
      path: `${base}/non-punishment`,
      body: { decision: 'pending', offence: 'Matrix offence' },
      allowed: JUSTICE_WRITERS,
    },
    {
      method: 'PATCH',
      path: `${base}/non-punishment/${randomUUID()}`,
      body: { decision: 'applied' },
      allowed: JUSTICE_WRITERS,
      ifMatch: true,
    },
  ];
}

export function dashboardEndpoints(): Endpoint[] {
  return [{ method: 'GET', path: '/api/dashboard', allowed: ['supervisor', 'localcoord', 'coordinator'] }];
}

import { randomUUID } from 'node:crypto';
import { CASE_READERS, type Endpoint, type Targets, type Who } from './types.ts';

// Assistance plans and best-interests determinations of the matrix case. Sub-record ids are random:
// allowed roles then get 404 (or 409 for a second draft), which is not a refusal.
const PLAN_EDITORS: Who[] = ['caseworker', 'supervisor', 'localcoord'];
const BI_RECORDERS: Who[] = ['caseworker', 'supervisor', 'localcoord'];
const BI_DECIDERS: Who[] = ['caseworker', 'supervisor', 'localcoord', 'coordinator'];

export function planEndpoints(t: Targets): Endpoint[] {
  const plans = `/api/cases/${t.caseId}/plans`;
  const plan = `${plans}/${randomUUID()}`;
  return [
    { method: 'GET', path: plans, allowed: CASE_READERS },
    { method: 'POST', path: plans, body: {}, allowed: PLAN_EDITORS },
    {
      method: 'PUT',
      path: plan,
      body: { plannedEnd: null, reviewOn: null, goals: [] },
      allowed: PLAN_EDITORS,
      ifMatch: true,
    },
    { method: 'POST', path: `${plan}/progress`, body: {}, allowed: PLAN_EDITORS, ifMatch: true },
    { method: 'POST', path: `${plan}/submit`, body: {}, allowed: PLAN_EDITORS, ifMatch: true },
  ];
}

export function bestInterestsEndpoints(t: Targets): Endpoint[] {
  const base = `/api/cases/${t.caseId}/best-interests`;
  const one = `${base}/${randomUUID()}`;
  return [
    { method: 'GET', path: base, allowed: CASE_READERS },
    { method: 'GET', path: `${base}/panel-candidates`, allowed: BI_RECORDERS },
    { method: 'POST', path: base, body: {}, allowed: BI_RECORDERS },
    { method: 'PATCH', path: one, body: { options: [] }, allowed: BI_RECORDERS, ifMatch: true },
    {
      method: 'POST',
      path: `${one}/propose`,
      body: { solution: 'local-integration', reasons: 'Matrix', panel: [t.userId] },
      allowed: BI_RECORDERS,
      ifMatch: true,
    },
    { method: 'POST', path: `${one}/confirm`, body: {}, allowed: BI_DECIDERS, ifMatch: true },
    { method: 'POST', path: `${one}/decline`, body: {}, allowed: BI_DECIDERS, ifMatch: true },
  ];
}

import { CASE_READERS, CASE_WRITERS, type Endpoint, type Targets, type Who } from './types.ts';

// Referral ids here name no referral: a role allowed to try gets 404 (or 400), a role without the right
// is refused at the door (403) before anything is looked up.
const NO_REFERRAL = '/api/referrals/5b0f2a3e-1c1d-4a8e-9d1e-2f3a4b5c6d7e';
const REFERRERS: Who[] = ['caseworker', 'supervisor', 'police', 'localcoord'];
const READERS: Who[] = ['caseworker', 'supervisor', 'police', 'provider', 'localcoord', 'coordinator'];
const RESPONDERS: Who[] = ['caseworker', 'supervisor', 'provider', 'localcoord'];

export function referralEndpoints(t: Targets): Endpoint[] {
  const caseFile = `/api/cases/${t.caseId}`;
  return [
    { method: 'GET', path: `${caseFile}/referral-consent?agencyId=${t.agencyId}`, allowed: REFERRERS },
    { method: 'GET', path: `${caseFile}/referrals`, allowed: CASE_READERS },
    { method: 'POST', path: `${caseFile}/referrals`, body: { urgency: 'routine' }, allowed: REFERRERS },
    { method: 'GET', path: `${caseFile}/services-delivered`, allowed: CASE_READERS },
    {
      method: 'POST',
      path: `${caseFile}/services-delivered`,
      body: { outcome: 'delivered' },
      allowed: CASE_WRITERS,
    },
    { method: 'GET', path: '/api/referrals?direction=incoming', allowed: READERS },
    { method: 'GET', path: NO_REFERRAL, allowed: READERS },
    ...['accept', 'start'].map((event) => ({
      method: 'POST',
      path: `${NO_REFERRAL}/${event}`,
      body: {},
      allowed: RESPONDERS,
      ifMatch: true,
    })),
    {
      method: 'POST',
      path: `${NO_REFERRAL}/decline`,
      body: { reason: 'x' },
      allowed: RESPONDERS,
      ifMatch: true,
    },
    ...['complete', 'fail'].map((event) => ({
      method: 'POST',
      path: `${NO_REFERRAL}/${event}`,
      body: { outcome: 'x' },
      allowed: RESPONDERS,
      ifMatch: true,
    })),
    {
      method: 'POST',
      path: `${NO_REFERRAL}/cancel`,
      body: { reason: 'x' },
      allowed: REFERRERS,
      ifMatch: true,
    },
    {
      method: 'POST',
      path: `${NO_REFERRAL}/open-case`,
      body: {},
      allowed: ['caseworker', 'supervisor', 'localcoord'],
      ifMatch: true,
    },
    { method: 'GET', path: `${NO_REFERRAL}/services`, allowed: READERS },
    { method: 'POST', path: `${NO_REFERRAL}/services`, body: {}, allowed: RESPONDERS },
  ];
}

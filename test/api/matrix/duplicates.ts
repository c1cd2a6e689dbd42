import type { Endpoint, Who } from './types.ts';

const REVIEWERS: Who[] = ['supervisor', 'localcoord', 'coordinator'];
// No pair exists: reviewers get 404 (not refused), everybody else 403.
const PAIR = '/api/duplicates/00000000-0000-4000-8000-000000000000';

export function duplicateEndpoints(): Endpoint[] {
  return [
    { method: 'POST', path: '/api/duplicates/scan', body: {}, allowed: REVIEWERS },
    { method: 'GET', path: '/api/duplicates', allowed: REVIEWERS },
    { method: 'GET', path: PAIR, allowed: REVIEWERS },
    {
      method: 'POST',
      path: `${PAIR}/merge`,
      body: { keepCaseId: '00000000-0000-4000-8000-000000000001' },
      allowed: REVIEWERS,
      ifMatch: true,
    },
    { method: 'POST', path: `${PAIR}/distinct`, body: {}, allowed: REVIEWERS, ifMatch: true },
    { method: 'POST', path: `${PAIR}/reopen`, body: {}, allowed: REVIEWERS, ifMatch: true },
  ];
}

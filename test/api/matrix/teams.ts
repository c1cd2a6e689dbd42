import type { Endpoint, Targets, Who } from './types.ts';

// Teams across agencies: read by those who give cases to teams, convened by the coordinators of the
// place (never the administrator: membership opens cases), and a case is given to a team by those who
// may transfer it.
const READERS: Who[] = ['supervisor', 'localcoord', 'coordinator'];
const CONVENERS: Who[] = ['localcoord', 'coordinator'];
const TRANSFER: Who[] = ['supervisor', 'localcoord', 'coordinator'];
// No such team: those allowed get 404 (not refused), everybody else 403.
const TEAM = '/api/teams/00000000-0000-4000-8000-000000000000';

export function teamEndpoints(t: Targets): Endpoint[] {
  return [
    { method: 'GET', path: '/api/teams', allowed: READERS },
    { method: 'GET', path: '/api/teams/member-candidates', allowed: CONVENERS },
    {
      method: 'POST',
      path: '/api/teams',
      body: { name: 'Matrix team', unitCode: 'UA-30', memberIds: [t.userId] },
      allowed: CONVENERS,
    },
    { method: 'PUT', path: `${TEAM}/members`, body: { memberIds: [] }, allowed: CONVENERS, ifMatch: true },
    {
      method: 'PUT',
      path: `/api/cases/${t.caseId}/team`,
      body: { teamId: null },
      allowed: TRANSFER,
      ifMatch: true,
    },
  ];
}

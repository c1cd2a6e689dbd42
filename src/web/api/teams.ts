// Multidisciplinary teams that span agencies. Types mirror src/server/teams/teams.schemas.ts.
import { api } from './client.ts';

export interface TeamMember {
  userId: string;
  displayName: string;
  agencyName: string | null;
}

export interface Team {
  id: string;
  name: string;
  /** The place the team works for (a district or region); it takes the cases of that place. */
  unitCode: string;
  members: TeamMember[];
  version: number;
}

/** Someone a coordinator may put on a team: active staff of an agency of the node, never the caller. */
export interface MemberCandidate {
  userId: string;
  displayName: string;
  agencyName: string;
  roles: string[];
}

export interface NewTeam {
  name: string;
  unitCode: string;
  memberIds: string[];
}

export const teamKeys = {
  all: ['teams'] as const,
  list: ['teams', 'list'] as const,
  candidates: ['teams', 'candidates'] as const,
};

const teamPath = (id: string) => `/api/teams/${encodeURIComponent(id)}`;

export const teamsApi = {
  list: () => api.get<{ items: Team[] }>('/api/teams'),
  candidates: () => api.get<{ items: MemberCandidate[] }>('/api/teams/member-candidates'),
  create: (input: NewTeam, idempotencyKey: string) => api.post<Team>('/api/teams', input, { idempotencyKey }),
  /** Replaces the members; sends the version the form was opened with (If-Match). */
  replaceMembers: (team: Pick<Team, 'id' | 'version'>, memberIds: string[]) =>
    api.put<Team>(`${teamPath(team.id)}/members`, { memberIds }, { version: team.version }),
  /** Gives a case to a team of its place, or takes it back (null); If-Match is the case's version. */
  setCaseTeam: (file: { id: string; version: number }, teamId: string | null) =>
    api.put<{ teamId: string | null; version: number }>(
      `/api/cases/${encodeURIComponent(file.id)}/team`,
      { teamId },
      { version: file.version },
    ),
};

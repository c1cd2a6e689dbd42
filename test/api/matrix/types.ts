import { ROLES, type Role } from '../../../src/server/policy/policy.ts';

export type Who = Role | 'anonymous';
export const ALL_ROLES: Who[] = [...ROLES];
export const EVERYONE: Who[] = [...ROLES, 'anonymous'];
export const CASE_READERS: Who[] = ['caseworker', 'supervisor', 'police', 'localcoord', 'coordinator'];
export const CASE_WRITERS: Who[] = ['caseworker', 'supervisor', 'police', 'localcoord'];

export type Endpoint = { method: string; path: string; body?: unknown; allowed: Who[]; ifMatch?: boolean };

/** Records the matrix acts on; created once before the matrix runs (see policy-matrix.test.ts). */
export type Targets = { userId: string; agencyId: string; caseId: string };

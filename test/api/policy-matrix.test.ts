import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { ROLES, type Role } from '../../src/server/policy/policy.ts';

// The role × endpoint matrix. Expectations are written out by hand, not derived from the policy module,
// so that a change to the policy that allows something new fails here until someone means it.

type Who = Role | 'anonymous';
const ALL_ROLES: Who[] = [...ROLES];
const EVERYONE: Who[] = [...ROLES, 'anonymous'];
const CASE_READERS: Who[] = ['caseworker', 'supervisor', 'police', 'localcoord', 'coordinator'];

type Endpoint = { method: string; path: string; body?: unknown; allowed: Who[]; ifMatch?: boolean };

let server: TestServer;
let targetUserId = '';
let targetAgencyId = '';
let targetCaseId = '';
const clients = new Map<Who, ApiClient>();
const credentials = new Map<Role, { username: string; password: string }>();

function endpoints(): Endpoint[] {
  const user = `/api/admin/users/${targetUserId}`;
  const agency = `/api/admin/agencies/${targetAgencyId}`;
  const caseFile = `/api/cases/${targetCaseId}`;
  return [
    { method: 'GET', path: '/api/health', allowed: EVERYONE },
    { method: 'GET', path: '/api/ready', allowed: EVERYONE },
    {
      method: 'POST',
      path: '/api/auth/login',
      body: { username: 'nobody-here', password: 'wrong-password-1' },
      allowed: EVERYONE,
    },
    { method: 'GET', path: '/api/me', allowed: ALL_ROLES },
    { method: 'PUT', path: '/api/me/preferences', body: { locale: 'ro' }, allowed: ALL_ROLES },
    { method: 'POST', path: '/api/auth/mfa/enrol', body: {}, allowed: ALL_ROLES },
    { method: 'POST', path: '/api/auth/mfa/enrol/confirm', body: { code: '000000' }, allowed: ALL_ROLES },
    { method: 'POST', path: '/api/auth/mfa/verify', body: { code: '000000' }, allowed: ALL_ROLES },
    {
      method: 'POST',
      path: '/api/auth/password',
      body: { currentPassword: 'not-the-current-one', newPassword: 'x' },
      allowed: ALL_ROLES,
    },
    { method: 'GET', path: '/api/agencies', allowed: ALL_ROLES },
    { method: 'GET', path: '/api/reference/units', allowed: ALL_ROLES },
    { method: 'GET', path: '/api/reference/agency-kinds', allowed: ALL_ROLES },
    { method: 'GET', path: '/api/reference/vocabularies', allowed: ALL_ROLES },
    { method: 'GET', path: '/api/admin/users', allowed: ['admin'] },
    { method: 'GET', path: user, allowed: ['admin'] },
    {
      method: 'POST',
      path: '/api/admin/users',
      body: { username: 'x', displayName: 'x', agencyId: null, roles: [], password: 'x' },
      allowed: ['admin'],
    },
    { method: 'PATCH', path: user, body: { displayName: 'Renamed' }, allowed: ['admin'], ifMatch: true },
    { method: 'POST', path: `${user}/disable`, allowed: ['admin'], ifMatch: true },
    { method: 'POST', path: `${user}/enable`, allowed: ['admin'], ifMatch: true },
    { method: 'POST', path: `${user}/reset-mfa`, allowed: ['admin'], ifMatch: true },
    {
      method: 'POST',
      path: '/api/admin/agencies',
      body: { name: 'x', kind: 'ngo', unitCodes: ['UA-30'] },
      allowed: ['admin'],
    },
    { method: 'PATCH', path: agency, body: { name: 'Renamed agency' }, allowed: ['admin'], ifMatch: true },
    {
      method: 'GET',
      path: `/api/audit/access-log?entityType=user&entityId=${targetUserId}`,
      allowed: ['supervisor', 'localcoord', 'coordinator', 'admin'],
    },
    { method: 'GET', path: '/api/cases', allowed: CASE_READERS },
    { method: 'GET', path: caseFile, allowed: CASE_READERS },
    { method: 'GET', path: `${caseFile}/history`, allowed: CASE_READERS },
    { method: 'POST', path: `${caseFile}/reveal`, allowed: CASE_READERS },
    {
      method: 'PATCH',
      path: caseFile,
      body: { identity: { disability: 'none' } },
      allowed: ['caseworker', 'supervisor', 'police', 'localcoord'],
      ifMatch: true,
    },
    {
      method: 'POST',
      path: '/api/cases',
      body: { sensitive: {}, identity: {} },
      allowed: ['caseworker', 'supervisor', 'police', 'localcoord'],
    },
    {
      method: 'POST',
      path: '/api/cases/duplicate-check',
      body: { sensitive: {} },
      allowed: ['caseworker', 'supervisor', 'police', 'localcoord'],
    },
    { method: 'POST', path: '/api/auth/logout', body: {}, allowed: ALL_ROLES },
  ];
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  targetAgencyId = await makeAgency(server.ctx, { unitCodes: ['UA-30'] });
  targetUserId = (await makeUser(server.ctx, { role: 'caseworker', scope: 'own', agencyId: targetAgencyId }))
    .id;
  for (const role of ROLES) {
    const scope =
      role === 'caseworker'
        ? 'own'
        : role === 'police' || role === 'localcoord'
          ? 'region'
          : role === 'supervisor' || role === 'provider'
            ? 'agency'
            : 'country';
    const user = await makeUser(server.ctx, {
      role,
      scope,
      unitCode: scope === 'region' ? 'UA-30' : null,
      agencyId: targetAgencyId,
    });
    credentials.set(role, user);
  }
  clients.set('anonymous', new ApiClient(server.url));
  // A case owned by the case worker, in the agency and region every scoped role above can reach.
  const owner = await signedInClient('caseworker');
  const created = await owner.post('/api/cases', {
    sensitive: { names: [{ given: 'Matrix', family: 'Child' }], birthDate: { kind: 'unknown' } },
    identity: { gender: 'NonSpecifiedUnknown', presumedMinor: true, unitCode: 'UA-30' },
  });
  expect(created.status).toBe(201);
  targetCaseId = created.body.id;
});
afterAll(() => server.close());

async function signedInClient(who: Who): Promise<ApiClient> {
  if (who === 'anonymous') return clients.get('anonymous')!;
  const client = new ApiClient(server.url);
  const { username, password } = credentials.get(who)!;
  expect((await client.login(username, password)).status).toBe(200);
  return client;
}

async function currentVersion(path: string): Promise<string> {
  const admin = await signedInClient('admin');
  if (path.startsWith('/api/cases/')) {
    const owner = await signedInClient('caseworker');
    return (await owner.get(path)).headers.get('etag')!;
  }
  const isAgency = path.includes('/agencies/');
  if (isAgency) {
    const list = await admin.get('/api/agencies');
    return `"${list.body.items.find((a: { id: string }) => a.id === targetAgencyId).version}"`;
  }
  return (await admin.get(`/api/admin/users/${targetUserId}`)).headers.get('etag')!;
}

describe('authorisation matrix: role × endpoint', () => {
  it('covers every route the OpenAPI document describes', async () => {
    const spec = (await new ApiClient(server.url).get('/api/openapi.json')).body;
    const documented = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const covered = new Set(
      endpoints().map(
        (e) =>
          `${e.method} ${e.path.split('?')[0]!.replace(targetUserId, '{id}').replace(targetAgencyId, '{id}').replace(targetCaseId, '{id}')}`,
      ),
    );
    expect(documented.filter((route) => !covered.has(route))).toEqual([]);
  });

  for (const who of EVERYONE) {
    it(`${who}: allowed exactly where the matrix says`, async () => {
      const client = await signedInClient(who);
      const unexpected: string[] = [];
      for (const endpoint of endpoints()) {
        const headers: Record<string, string> = endpoint.ifMatch
          ? { 'if-match': await currentVersion(endpoint.path) }
          : {};
        const response = await client.request(endpoint.method, endpoint.path, {
          body: endpoint.body,
          headers,
        });
        const code = response.body?.error?.code;
        const refused = response.status === 403 && code === 'forbidden';
        const unauthenticated =
          response.status === 401 && (code === 'unauthenticated' || code === 'session_expired');
        const allowed = endpoint.allowed.includes(who);
        if (allowed && (refused || unauthenticated))
          unexpected.push(`${endpoint.method} ${endpoint.path}: refused (${response.status} ${code})`);
        if (!allowed && !refused && !(who === 'anonymous' && unauthenticated)) {
          unexpected.push(
            `${endpoint.method} ${endpoint.path}: NOT refused (${response.status} ${code ?? ''})`,
          );
        }
      }
      expect(unexpected).toEqual([]);
    });
  }
});

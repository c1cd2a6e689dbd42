import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/server/policy/policy.ts';
import { makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { ENDPOINT_GROUPS } from './matrix/index.ts';
import { ALL_ROLES, type Endpoint, EVERYONE, type Targets, type Who } from './matrix/types.ts';

// The role × endpoint matrix. Expectations are written out by hand in test/api/matrix/, not derived
// from the policy module, so that a change to the policy that allows something new fails here until
// someone means it.

let server: TestServer;
const targets: Targets = { userId: '', agencyId: '', caseId: '' };
const credentials = new Map<Role, { username: string; password: string }>();

function endpoints(): Endpoint[] {
  // Signing out ends the session the rest of the list uses: it goes last.
  return [
    ...ENDPOINT_GROUPS.flatMap((group) => group(targets)),
    { method: 'POST', path: '/api/auth/logout', body: {}, allowed: ALL_ROLES },
  ];
}

async function signedInClient(who: Who): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  if (who === 'anonymous') return client;
  const { username, password } = credentials.get(who)!;
  expect((await client.login(username, password)).status).toBe(200);
  return client;
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  targets.agencyId = await makeAgency(server.ctx, { unitCodes: ['UA-30'] });
  targets.userId = (
    await makeUser(server.ctx, { role: 'caseworker', scope: 'own', agencyId: targets.agencyId })
  ).id;
  for (const role of ROLES) {
    const scope =
      role === 'caseworker'
        ? 'own'
        : role === 'police' || role === 'localcoord'
          ? 'region'
          : role === 'supervisor' || role === 'provider'
            ? 'agency'
            : 'country';
    credentials.set(
      role,
      await makeUser(server.ctx, {
        role,
        scope,
        unitCode: scope === 'region' ? 'UA-30' : null,
        agencyId: targets.agencyId,
      }),
    );
  }
  // A case owned by the case worker, in the agency and region every scoped role above can reach.
  const owner = await signedInClient('caseworker');
  const created = await owner.post('/api/cases', {
    sensitive: { names: [{ given: 'Matrix', family: 'Child' }], birthDate: { kind: 'unknown' } },
    identity: { gender: 'NonSpecifiedUnknown', presumedMinor: true, unitCode: 'UA-30' },
  });
  expect(created.status).toBe(201);
  targets.caseId = created.body.id;
});
afterAll(() => server.close());

/** The record's current ETag, read by a user who may read it. */
async function currentVersion(path: string): Promise<string> {
  if (path.startsWith('/api/admin/agencies/')) {
    const list = await (await signedInClient('admin')).get('/api/agencies');
    return `"${list.body.items.find((a: { id: string }) => a.id === targets.agencyId).version}"`;
  }
  const reader = await signedInClient(path.startsWith('/api/admin/') ? 'admin' : 'caseworker');
  const response = await reader.get(path.replace(/\/(disable|enable|reset-mfa)$/, ''));
  return response.headers.get('etag') ?? '"1"';
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** A country code as a whole path segment stands for a path parameter (federation peers by country). */
const COUNTRY_SEGMENT = /\/(UA|MD|BY|HUB)(?=\/|$)/g;

describe('authorisation matrix: role × endpoint', () => {
  it('covers every route the OpenAPI document describes', async () => {
    const spec = (await new ApiClient(server.url).get('/api/openapi.json')).body;
    const documented = Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`),
    );
    const covered = new Set(
      endpoints().map(
        (e) => `${e.method} ${e.path.split('?')[0]!.replace(UUID, '{}').replace(COUNTRY_SEGMENT, '/{}')}`,
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

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/server/policy/policy.ts';
import { replaceGrants } from '../../src/server/users/users.repository.ts';
import { makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { type OpenApiDocument, operationsOf } from '../helpers/openapi-requests.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Issue 10, defect 6: a NUL or a lone surrogate in an identity field made a 500 (PostgreSQL 22P05).
// The class, not the field: every operation of the published API gets generated hostile text in every
// free-text body field and query parameter, as a user holding every role in the whole country, on a real
// case; no answer may be a 5xx.

// HAVEN_FUZZ_RUNS=40 walks deeper when hunting (about six minutes on a busy machine); the suite uses six.
const RUNS_PER_OPERATION = Number(process.env.HAVEN_FUZZ_RUNS ?? 6);
// Signing out or changing the password would end the session the walk uses; they are walked last. Sign-in
// itself goes after them: its failed attempts count towards the throttle, and the walk could not sign in
// again once it holds.
const LAST = new Map([
  ['/api/auth/logout', 1],
  ['/api/auth/password', 1],
  ['/api/auth/login', 2],
  // Step-up: each wrong password counts like a failed sign-in, so these go last too, without signing in again.
  ['/api/auth/mfa/enrol', 2],
  ['/api/auth/mfa/totp/remove', 2],
  ['/api/auth/passkeys/registration/options', 2],
  ['/api/auth/passkeys/{id}/remove', 2],
]);

// zod's own phrasing ("Invalid input: expected string, received number", "Too big: …"); plain words such as
// "received" may appear in a translated field label ("the administration that received the application").
const ZOD_WORDS =
  /Invalid (input|option|string|value|type)|[Ee]xpected [\w\s<>|"']{1,60}, received|Too (big|small)/;

let server: TestServer;
let caseId: string;
let account: { username: string; password: string };
let client: ApiClient;

async function signIn() {
  client = new ApiClient(server.url);
  expect((await client.login(account.username, account.password)).status).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  const agencyId = await makeAgency(server.ctx, { unitCodes: ['UA-30'] });
  const user = await makeUser(server.ctx, { role: 'caseworker', agencyId });
  await replaceGrants(
    server.ctx.database.db,
    user.id,
    ROLES.map((role) => ({ role, scope: 'country', unitCode: null })),
  );
  account = user;
  await signIn();
  const created = await client.post('/api/cases', {
    sensitive: { names: [{ given: 'Олена', family: 'Hostile' }], birthDate: { kind: 'unknown' } },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: 'UA-30' },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  caseId = created.body.id;
});
afterAll(() => server.close());

describe('hostile text to every endpoint', () => {
  it('never answers 5xx, whatever text reaches a body field or a query parameter', async () => {
    const doc = (await client.get<OpenApiDocument>('/api/openapi.json')).body;
    const operations = operationsOf(doc, (template, name) =>
      template.startsWith('/api/cases/{id}') && name === 'id' ? caseId : crypto.randomUUID(),
    ).sort((a, b) => (LAST.get(a.template) ?? 0) - (LAST.get(b.template) ?? 0));
    expect(operations.length).toBeGreaterThan(100);
    const failures: string[] = [];
    const short: string[] = [];
    let sent = 0;
    for (const operation of operations) {
      const before = sent;
      await fc
        .assert(
          fc.asyncProperty(operation.requests, async (request) => {
            const headers: Record<string, string> = { 'if-match': '"1"' };
            if (request.method === 'POST') headers['idempotency-key'] = `fuzz-${crypto.randomUUID()}`;
            let response = await client.request(request.method, request.path, {
              body: request.body,
              headers,
            });
            // A generated request may end the session (sign-out, a password change): sign in again.
            if (response.status === 401 && LAST.get(operation.template) !== 2) {
              await signIn();
              response = await client.request(request.method, request.path, { body: request.body, headers });
            }
            sent++;
            // The class "a validator's raw text reaches the caller": no field message may speak zod.
            const details = response.body?.error?.details;
            for (const detail of Array.isArray(details) ? details : [])
              if (typeof detail?.message === 'string' && ZOD_WORDS.test(detail.message))
                failures.push(`${request.method} ${operation.template} → validator text "${detail.message}"`);
            if (response.status >= 500)
              failures.push(
                `${request.method} ${operation.template} → ${response.status} ${JSON.stringify(request.body)}`,
              );
            return response.status < 500;
          }),
          { numRuns: RUNS_PER_OPERATION, endOnFailure: true },
        )
        // A 5xx is already listed; anything else that stopped the walk (a request that threw) is a failure too.
        .catch((error: Error) => {
          if (!failures.some((line) => line.startsWith(`${operation.method} ${operation.template} →`)))
            failures.push(
              `${operation.method} ${operation.template} threw ${String((error as { cause?: unknown }).cause ?? error.message.split('\n')[0]).slice(0, 300)}`,
            );
        });
      if (sent - before < RUNS_PER_OPERATION)
        short.push(`${operation.method} ${operation.template}: ${sent - before}`);
    }
    expect(failures).toEqual([]);
    expect(short).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(operations.length * RUNS_PER_OPERATION);
  });
});

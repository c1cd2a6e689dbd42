import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Issue 10, defect 3: the field groups applied to a case are those of the grants that reach that case,
// not the pool of every grant an account holds. Two accounts with a second grant that carries health
// (provider; caseworker on own cases) read a case reached only through the grant without it.

let server: TestServer;
let district: string;
let workerAgency: string;
let worker: ApiClient;
let policeAndProvider: ApiClient;
let coordinatorAndCaseworker: ApiClient;
let caseId: string;

async function signedIn(options: Parameters<typeof makeUser>[1]) {
  const account = await makeUser(server.ctx, options);
  const client = new ApiClient(server.url);
  expect((await client.login(account.username, account.password)).status).toBe(200);
  return client;
}

async function openCase(as: ApiClient) {
  const created = await as.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Grant', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: district, disability: 'Hearing loss' },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  workerAgency = await makeAgency(server.ctx, { unitCodes: [district] });
  const providerAgency = await makeAgency(server.ctx, { unitCodes: [district] });
  worker = await signedIn({ role: 'caseworker', scope: 'agency', agencyId: workerAgency });
  policeAndProvider = await signedIn({
    role: 'police',
    scope: 'district',
    unitCode: district,
    agencyId: providerAgency,
    extraGrants: [{ role: 'provider', scope: 'agency', unitCode: null }],
  });
  coordinatorAndCaseworker = await signedIn({
    role: 'coordinator',
    scope: 'country',
    agencyId: workerAgency,
    extraGrants: [{ role: 'caseworker', scope: 'own', unitCode: null }],
  });
  caseId = await openCase(worker);
  for (const note of [
    { class: 'health', text: 'Health note: medication' },
    { class: 'general', text: 'General note' },
  ]) {
    expect((await worker.post(`/api/cases/${caseId}/notes`, note)).status).toBe(201);
  }
});
afterAll(() => server.close());

describe('field groups per grant', () => {
  for (const [name, client] of [
    ['police (district) + provider (agency)', () => policeAndProvider],
    ['coordinator (country) + caseworker (own)', () => coordinatorAndCaseworker],
  ] as const) {
    it(`${name}: no health data on a case reached only through the grant without health`, async () => {
      const file = await client().get(`/api/cases/${caseId}`);
      expect(file.status).toBe(200);
      expect(file.body.fieldGroups).not.toContain('health');
      const notes = await client().get(`/api/cases/${caseId}/notes`);
      expect(notes.status).toBe(200);
      expect(notes.body.items.map((note: { class: string }) => note.class)).toEqual(['general']);
      expect(JSON.stringify(notes.body)).not.toContain('medication');
      const write = await client().post(`/api/cases/${caseId}/notes`, { class: 'health', text: 'x' });
      expect(write.status).toBe(403);
      expect((await client().get(`/api/cases/${caseId}/monitoring/assessments`)).status).toBe(403);
    });
  }

  it('applies the health group where the grant that carries it reaches: the caseworker on own cases', async () => {
    const own = await openCase(coordinatorAndCaseworker);
    const file = await coordinatorAndCaseworker.get(`/api/cases/${own}`);
    expect(file.body.fieldGroups).toContain('health');
    const write = await coordinatorAndCaseworker.post(`/api/cases/${own}/notes`, {
      class: 'health',
      text: 'Own case health note',
    });
    expect(write.status).toBe(201);
  });
});

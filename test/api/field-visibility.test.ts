import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Issue 10, defect 4: the views that gather a child's data from several places pass through the one
// function that decides fields (src/server/policy/field-visibility.ts). Police and the coordinator hold
// no health group: disability, the notes of psychological and medical services delivered and the
// health flags of a referral package stay away from them, in the case file, the lists and the package.

let server: TestServer;
let district: string;
let shelterAgency: string;
let worker: ApiClient;
let police: ApiClient;
let coordinator: ApiClient;
let caseId: string;
let serviceId: string;

const today = new Date().toISOString().slice(0, 10);

async function signedIn(options: Parameters<typeof makeUser>[1]) {
  const account = await makeUser(server.ctx, options);
  const client = new ApiClient(server.url);
  expect((await client.login(account.username, account.password)).status).toBe(200);
  return client;
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const workerAgency = await makeAgency(server.ctx, { unitCodes: [district] });
  shelterAgency = await makeAgency(server.ctx, { unitCodes: [district] });
  worker = await signedIn({ role: 'caseworker', scope: 'agency', agencyId: workerAgency });
  police = await signedIn({
    role: 'police',
    scope: 'district',
    unitCode: district,
    agencyId: await makeAgency(server.ctx, { unitCodes: [district] }),
  });
  coordinator = await signedIn({ role: 'coordinator', scope: 'country', agencyId: null });
  const shelter = await signedIn({ role: 'provider', scope: 'agency', agencyId: shelterAgency });
  const created = await worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Visible', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: district, disability: 'Hearing loss' },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  caseId = created.body.id;
  for (const [serviceKind, note] of [
    ['psychological', 'Anxiety sessions twice a week'],
    ['legal-aid', 'Lawyer met the child'],
  ] as const) {
    const saved = await worker.post(`/api/cases/${caseId}/services-delivered`, {
      serviceKind,
      deliveredOn: today,
      outcome: 'delivered',
      note,
    });
    expect(saved.status).toBe(201);
  }
  const service = await shelter.post('/api/services', {
    kind: 'emergency-shelter',
    name: 'Visibility shelter',
    units: [district],
    openingHours: { alwaysOpen: true, weekly: [] },
    capacity: 4,
    freePlaces: 2,
  });
  expect(service.status).toBe(201);
  serviceId = service.body.id;
  // The guardian's consent is given by the recorded guardian (issue 11 item 3).
  const guardian = await worker.put(`/api/cases/${caseId}/guardian`, {
    kind: 'appointed-guardian',
    name: 'Лариса Гнатюк',
  });
  expect(guardian.status).toBe(200);
  const consent = await worker.post(`/api/cases/${caseId}/consents`, {
    purpose: 'referral',
    recipientAgencyId: shelterAgency,
    childAssent: { given: true, date: today, howInformed: 'orally-in-own-language' },
    guardianConsent: { given: true, date: today },
  });
  expect(consent.status).toBe(201);
});
afterAll(() => server.close());

const referral = { urgency: 'routine', reason: 'AdditionalServicesRequired' };

describe('field visibility in aggregate views', () => {
  it('case file and case list: disability is health data, not for police or the coordinator', async () => {
    expect((await worker.get(`/api/cases/${caseId}`)).body.identity.disability).toBe('Hearing loss');
    for (const client of [police, coordinator]) {
      const file = await client.get(`/api/cases/${caseId}`);
      expect(file.status).toBe(200);
      expect(file.body.identity.disability).toBeNull();
      expect(JSON.stringify((await client.get('/api/cases')).body)).not.toContain('Hearing loss');
    }
  });

  it('services delivered: the notes of a psychological service are health data, a legal one is not', async () => {
    const notesOf = async (client: ApiClient) =>
      (await client.get(`/api/cases/${caseId}/services-delivered`)).body.items.map(
        (item: { serviceKind: string; note: string | null }) => [item.serviceKind, item.note],
      );
    expect(await notesOf(worker)).toEqual(
      expect.arrayContaining([
        ['psychological', 'Anxiety sessions twice a week'],
        ['legal-aid', 'Lawyer met the child'],
      ]),
    );
    for (const client of [police, coordinator]) {
      expect(await notesOf(client)).toEqual(
        expect.arrayContaining([
          ['psychological', null],
          ['legal-aid', 'Lawyer met the child'],
        ]),
      );
    }
  });

  it('referral package: police send no health flags and refuse to ask for them', async () => {
    const refused = await police.post(`/api/cases/${caseId}/referrals`, {
      ...referral,
      serviceId,
      packageFields: ['identity.basics', 'health.flags'],
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    const sent = await police.post(`/api/cases/${caseId}/referrals`, { ...referral, serviceId });
    expect(sent.status).toBe(201);
    expect(sent.body.packageFields).not.toContain('health.flags');
  });

  it('referral package on the sending side follows the reader’s groups on the case', async () => {
    const sent = await worker.post(`/api/cases/${caseId}/referrals`, {
      ...referral,
      serviceId,
      packageFields: ['identity.basics', 'health.flags'],
    });
    expect(sent.status).toBe(201);
    expect(sent.body.package['health.flags']).toEqual({ disability: 'Hearing loss' });
    const read = await police.get(`/api/referrals/${sent.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.package['health.flags']).toBeNull();
    expect(read.body.package['identity.basics']).toMatchObject({ gender: 'Feminine' });
  });
});

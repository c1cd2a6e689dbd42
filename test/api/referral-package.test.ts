import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// The receiving agency sees the package and nothing else: every case endpoint answers 404 to its staff,
// and the package holds exactly the fields chosen, frozen at sending.

let server: TestServer;
let district: string;
let recipientAgency: string;
let worker: ApiClient;
let provider: ApiClient;
let recipientSupervisor: ApiClient;
let shelterId: string;
let legalAidId: string;
let caseId: string;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function client(user: { username: string; password: string }) {
  const c = new ApiClient(server.url);
  expect((await c.login(user.username, user.password)).status).toBe(200);
  return c;
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const senderAgency = await makeAgency(server.ctx, { unitCodes: [district] });
  recipientAgency = await makeAgency(server.ctx, { unitCodes: [district] });
  worker = await client(await makeUser(server.ctx, { role: 'caseworker', agencyId: senderAgency }));
  provider = await client(await makeUser(server.ctx, { role: 'provider', agencyId: recipientAgency }));
  recipientSupervisor = await client(
    await makeUser(server.ctx, { role: 'supervisor', agencyId: recipientAgency }),
  );
  for (const kind of ['emergency-shelter', 'legal-aid']) {
    const created = await provider.post('/api/services', {
      kind,
      name: kind,
      units: [district],
      openingHours: { alwaysOpen: true, weekly: [] },
    });
    expect(created.status).toBe(201);
    if (kind === 'legal-aid') legalAidId = created.body.id;
    else shelterId = created.body.id;
  }
  const created = await worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Zlata', family: 'Horobets' }],
      birthDate: { kind: 'exact', date: '2012-02-03' },
      documents: [{ type: 'passport', number: 'FX123456' }],
      contacts: [{ kind: 'phone', value: '+380 67 555 0101' }],
      address: 'вул. Садова 7',
    },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: district, disability: 'epilepsy' },
    duplicatesReviewed: true,
  });
  caseId = created.body.id;
  await worker.put(`/api/cases/${caseId}/guardian`, { kind: 'legal-representative', name: 'Guardian Name' });
  await worker.post(`/api/cases/${caseId}/consents`, {
    purpose: 'referral',
    recipientAgencyId: recipientAgency,
    childAssent: { given: true, date: day(-1), howInformed: 'orally-in-own-language' },
    guardianConsent: { given: true, date: day(-1) },
  });
  await worker.post(`/api/cases/${caseId}/notes`, { class: 'general', text: 'Private note about Zlata' });
});
afterAll(() => server.close());

const refer = (body: Record<string, unknown>) =>
  worker.post(`/api/cases/${caseId}/referrals`, {
    serviceId: shelterId,
    urgency: 'urgent',
    reason: 'AdditionalServicesRequired',
    ...body,
  });

describe('the minimum data package', () => {
  it('a shelter gets identity basics, names and health flags by default — never documents or justice', async () => {
    const sent = await refer({});
    expect(sent.status).toBe(201);
    expect(sent.body.packageFields).toEqual(['identity.basics', 'identity.names', 'health.flags']);
    const seen = await provider.get(`/api/referrals/${sent.body.id}`);
    expect(Object.keys(seen.body.package).sort()).toEqual([
      'health.flags',
      'identity.basics',
      'identity.names',
    ]);
    expect(seen.body.package['health.flags']).toEqual({ disability: 'epilepsy' });
    const text = JSON.stringify(seen.body);
    for (const secret of ['FX123456', '+380 67 555 0101', 'Садова', '2012-02-03', 'Private note', caseId])
      expect(text).not.toContain(secret);
  });

  it('the case worker may narrow the package, never widen it beyond the type', async () => {
    const narrow = await refer({ packageFields: ['identity.basics'] });
    expect(narrow.status).toBe(201);
    const seen = await provider.get(`/api/referrals/${narrow.body.id}`);
    expect(Object.keys(seen.body.package)).toEqual(['identity.basics']);
    expect(JSON.stringify(seen.body)).not.toContain('Zlata');
    const wide = await refer({ packageFields: ['identity.basics', 'justice.summary', 'identity.documents'] });
    expect(wide.status).toBe(400);
    expect(wide.body.error.details.map((d: { message: string }) => d.message).join(' ')).toMatch(
      /justice\.summary/,
    );
    const legal = await refer({
      serviceId: legalAidId,
      packageFields: ['identity.basics', 'justice.summary'],
    });
    expect(legal.status).toBe(201);
    expect(Object.keys((await provider.get(`/api/referrals/${legal.body.id}`)).body.package)).toEqual([
      'identity.basics',
      'justice.summary',
    ]);
  });

  it('is frozen at sending: later changes to the case do not travel', async () => {
    const sent = await refer({});
    const file = await worker.get(`/api/cases/${caseId}`);
    const changed = await worker.patch(
      `/api/cases/${caseId}`,
      { sensitive: { names: [{ given: 'Renamed', family: 'Later' }] }, identity: { disability: 'none' } },
      { 'if-match': file.headers.get('etag')! },
    );
    expect(changed.status).toBe(200);
    const seen = await provider.get(`/api/referrals/${sent.body.id}`);
    expect(seen.body.package['identity.names'][0].given).toBe('Zlata');
    expect(seen.body.package['health.flags']).toEqual({ disability: 'epilepsy' });
  });

  it('the receiving agency reads no case endpoint of the sender (404 everywhere)', async () => {
    await refer({});
    const spec = (await new ApiClient(server.url).get('/api/openapi.json')).body;
    const casePaths = Object.entries(spec.paths as Record<string, Record<string, unknown>>)
      .filter(([path, methods]) => path.startsWith('/api/cases/{id}') && 'get' in methods)
      .map(([path]) => path.replace('{id}', caseId));
    expect(casePaths.length).toBeGreaterThan(10);
    // A provider holds no case right at all (403 for any case); the recipient agency's supervisor does,
    // but not in reach (404). Either way the answer is the same as for a case that does not exist.
    const leaks: string[] = [];
    const nobody = '00000000-0000-4000-8000-000000000000';
    for (const who of [provider, recipientSupervisor]) {
      for (const template of casePaths) {
        const query = template.endsWith('/referral-consent') ? `?agencyId=${recipientAgency}` : '';
        const path = template.replace(/\{[^}]+\}/g, nobody) + query;
        const response = await who.get(path);
        const missing = await who.get(path.replace(caseId, crypto.randomUUID()));
        if (![403, 404].includes(response.status) || response.status !== missing.status)
          leaks.push(`${path}: ${response.status} (missing case: ${missing.status})`);
      }
    }
    expect((await recipientSupervisor.get(`/api/cases/${caseId}`)).status).toBe(404);
    expect(leaks).toEqual([]);
  });
});

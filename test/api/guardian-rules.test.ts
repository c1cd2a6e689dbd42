import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// CETS 197 Art. 10(4) tried as a careless or hostile worker would: an implicated mother as guardian, a
// consent "from the guardian" with no guardian recorded, an unaccompanied child left without one.

let server: TestServer;
let district: string;
let worker: ApiClient;
let supervisor: ApiClient;

async function signedIn(role: Parameters<typeof makeUser>[1]) {
  const account = await makeUser(server.ctx, role);
  const client = new ApiClient(server.url);
  await client.login(account.username, account.password);
  return client;
}

async function openCase(identity: Record<string, unknown> = {}) {
  const created = await worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Ira', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Feminine', unitCode: district, ...identity },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const mother = { relation: 'mother', name: 'Наталія Ковальчук', implicated: true, safeContact: false };
const day = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  worker = await signedIn({ role: 'caseworker', scope: 'agency', agencyId });
  supervisor = await signedIn({ role: 'supervisor', scope: 'agency', agencyId });
});
afterAll(() => server.close());

describe('guardian', () => {
  it('refuses an implicated family member as guardian, by reference or by name under another kind', async () => {
    const caseId = await openCase();
    const member = await worker.post(`/api/cases/${caseId}/family`, mother);
    const byReference = await worker.put(`/api/cases/${caseId}/guardian`, {
      kind: 'parent',
      familyMemberId: member.body.id,
      name: mother.name,
    });
    expect(byReference.status).toBe(409);
    expect(byReference.body.error.code).toBe('guardian_implicated');
    const byName = await worker.put(`/api/cases/${caseId}/guardian`, {
      kind: 'appointed-guardian',
      name: '  наталія   КОВАЛЬЧУК ',
    });
    expect(byName.body.error.code).toBe('guardian_implicated');
    const unknown = await worker.put(`/api/cases/${caseId}/guardian`, {
      kind: 'parent',
      familyMemberId: crypto.randomUUID(),
      name: 'Someone',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0]).toMatchObject({
      path: 'body.familyMemberId',
      code: 'unknown_family_member',
    });
    expect((await worker.get(`/api/cases/${caseId}/guardian`)).body.guardian).toBeNull();
  });

  it('refuses to mark the acting guardian implicated until another guardian is appointed', async () => {
    const caseId = await openCase();
    const father = await worker.post(`/api/cases/${caseId}/family`, {
      ...mother,
      relation: 'father',
      name: 'Петро',
      implicated: false,
    });
    const set = await worker.put(`/api/cases/${caseId}/guardian`, {
      kind: 'parent',
      familyMemberId: father.body.id,
      name: 'Петро',
    });
    expect(set.status).toBe(200);
    expect(set.body.familyMemberId).toBe(father.body.id);
    const marked = await worker.patch(
      `/api/cases/${caseId}/family/${father.body.id}`,
      { implicated: true },
      { 'if-match': '"1"' },
    );
    expect(marked.status).toBe(409);
    expect(marked.body.error.code).toBe('guardian_implicated');
  });

  it('takes the guardian’s consent from the recorded guardian, never from a typed name', async () => {
    const caseId = await openCase();
    const consent = (extra: Record<string, unknown>) =>
      worker.post(`/api/cases/${caseId}/consents`, {
        purpose: 'assistance',
        childAssent: { given: true, date: day(), howInformed: 'orally-in-own-language' },
        ...extra,
      });
    const none = await consent({ guardianConsent: { given: true, date: day() } });
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe('guardian_not_recorded');
    const typed = await consent({ guardianConsent: { given: true, date: day(), givenBy: 'Anyone' } });
    expect(typed.status).toBe(400);
    const guardian = await worker.put(`/api/cases/${caseId}/guardian`, {
      kind: 'appointed-guardian',
      name: 'Остап Вишня',
    });
    const given = await consent({ guardianConsent: { given: true, date: day() } });
    expect(given.status).toBe(201);
    expect(given.body.guardianConsent).toMatchObject({
      givenBy: 'Остап Вишня',
      guardianPersonId: guardian.body.personId,
    });
    expect(given.body.state).toBe('active');
    // Another person taking the role is another person record.
    const replaced = await worker.put(
      `/api/cases/${caseId}/guardian`,
      { kind: 'appointed-guardian', name: 'Інша Особа' },
      { 'if-match': '"1"' },
    );
    expect(replaced.body.personId).not.toBe(guardian.body.personId);
  });

  it('puts the guardian deadline in the owner’s inbox and escalates it to the supervisor once overdue', async () => {
    const caseId = await openCase({ unaccompanied: true });
    const kinds = async (client: ApiClient) =>
      (
        (await client.get('/api/inbox')).body.items as { kind: string; caseId: string; overdue: boolean }[]
      ).filter((item) => item.caseId === caseId);
    const due = await kinds(worker);
    expect(due).toMatchObject([{ kind: 'child.guardian-due', overdue: false }]);
    expect(await kinds(supervisor)).toEqual([]);
    // Recorded unaccompanied three weeks ago: long past any country's working-day deadline.
    await server.ctx.database.db
      .updateTable('cases')
      .set({ guardian_required_since: new Date(Date.now() - 21 * 86_400_000).toISOString().slice(0, 10) })
      .where('id', '=', caseId)
      .execute();
    expect(await kinds(worker)).toMatchObject([{ kind: 'child.guardian-due', overdue: true }]);
    expect(await kinds(supervisor)).toMatchObject([{ kind: 'child.guardian-overdue', overdue: true }]);
    await worker.put(`/api/cases/${caseId}/guardian`, { kind: 'appointed-guardian', name: 'Остап Вишня' });
    expect(await kinds(worker)).toEqual([]);
    expect(await kinds(supervisor)).toEqual([]);
  });
});

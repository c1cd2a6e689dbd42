import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// CoE Convention Art. 26 tried through the API: the child as the accused, a decision tied to a charge
// that is not against the child, and forced criminality putting "consider non-punishment" in the inbox.

let server: TestServer;
let district: string;
let worker: ApiClient;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function openCase() {
  const created = await worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Dima', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Masculine', unitCode: district },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const proceeding = (childRole: string) => ({
  articles: ['149'],
  authorityName: 'District police',
  childRole,
  openedOn: day(-20),
});

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  const account = await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId });
  worker = new ApiClient(server.url);
  await worker.login(account.username, account.password);
});
afterAll(() => server.close());

describe('non-punishment', () => {
  it('records the child as the accused and ties the decision to that charge, refusing any other', async () => {
    const caseId = await openCase();
    const base = `/api/cases/${caseId}/justice`;
    const charge = await worker.post(`${base}/proceedings`, proceeding('accused'));
    expect(charge.body).toMatchObject({ childRole: 'accused' });
    expect(charge.body.childRole).toBe('accused');
    const asVictim = await worker.post(`${base}/proceedings`, proceeding('victim'));
    const decision = { decision: 'applied', decidedOn: day(-1), offence: 'Theft under coercion' };
    const wrong = await worker.post(`${base}/non-punishment`, {
      ...decision,
      proceedingId: asVictim.body.id,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0]).toMatchObject({
      path: 'body.proceedingId',
      code: 'not_a_charge_against_the_child',
    });
    const elsewhere = await worker.post(`${base}/non-punishment`, {
      ...decision,
      proceedingId: crypto.randomUUID(),
    });
    expect(elsewhere.status).toBe(400);
    const tied = await worker.post(`${base}/non-punishment`, { ...decision, proceedingId: charge.body.id });
    expect(tied.status).toBe(201);
    expect(tied.body.proceedingId).toBe(charge.body.id);
  });

  it('puts "consider non-punishment" in the owner’s inbox once forced criminality is recorded, until decided', async () => {
    const caseId = await openCase();
    const mine = async () =>
      ((await worker.get('/api/inbox')).body.items as { kind: string; caseId: string }[]).filter(
        (item) => item.caseId === caseId && item.kind === 'child.consider-non-punishment',
      );
    expect(await mine()).toEqual([]);
    const event = await worker.post(`/api/cases/${caseId}/events`, {
      type: 'Exploitation',
      dateFrom: '2025-05',
      country: 'UA',
      exploitationTypes: ['ForcedCriminality'],
    });
    expect(event.status).toBe(201);
    expect(await mine()).toHaveLength(1);
    await worker.post(`/api/cases/${caseId}/justice/non-punishment`, {
      decision: 'pending',
      offence: 'Shoplifting for the exploiter',
    });
    expect(await mine()).toEqual([]);
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentAllows, consentStateOf } from '../../src/server/consents/consents.service.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let district: string;
let agencyId: string;
let otherAgencyId: string;
let worker: ApiClient;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function openCase(identity: Record<string, unknown> = {}, birthDate: unknown = { kind: 'unknown' }) {
  const created = await worker.post('/api/cases', {
    sensitive: { names: [{ given: 'Consent', family: crypto.randomUUID().slice(0, 8) }], birthDate },
    identity: { gender: 'Masculine', presumedMinor: true, unitCode: district, ...identity },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  const id = created.body.id as string;
  const guardian = await worker.put(`/api/cases/${id}/guardian`, {
    kind: 'appointed-guardian',
    name: 'Лариса Гнатюк',
  });
  expect(guardian.status).toBe(200);
  return id;
}

const assent = { given: true, date: day(-1), howInformed: 'orally-in-own-language' };
const guardianYes = { given: true, date: day(-1) };

async function record(caseId: string, body: Record<string, unknown>) {
  return worker.post(`/api/cases/${caseId}/consents`, {
    purpose: 'assistance',
    childAssent: assent,
    ...body,
  });
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  otherAgencyId = await makeAgency(server.ctx, { unitCodes: [firstDistrictOf('UA-46')] });
  const account = await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId });
  worker = new ApiClient(server.url);
  await worker.login(account.username, account.password);
});
afterAll(() => server.close());

describe('consent ledger', () => {
  it('is active for a child only with both the assent and the guardian consent', async () => {
    const caseId = await openCase();
    const onlyAssent = await record(caseId, { guardianConsent: null });
    expect(onlyAssent.status).toBe(201);
    expect(onlyAssent.body).toMatchObject({ state: 'incomplete', guardianConsent: null, version: 1 });
    const refused = await record(caseId, {
      childAssent: { ...assent, given: false },
      guardianConsent: guardianYes,
    });
    expect(refused.body.state).toBe('incomplete');
    const both = await record(caseId, {
      purpose: 'referral',
      recipientAgencyId: otherAgencyId,
      guardianConsent: guardianYes,
      expiresOn: day(90),
    });
    expect(both.status).toBe(201);
    expect(both.body).toMatchObject({
      purpose: 'referral',
      recipientAgencyId: otherAgencyId,
      recipientAgencyName: expect.any(String),
      childAssent: assent,
      guardianConsent: guardianYes,
      expiresOn: day(90),
      withdrawnAt: null,
      state: 'active',
    });
    const list = await worker.get(`/api/cases/${caseId}/consents`);
    expect(list.body.items.map((c: { state: string }) => c.state)).toEqual([
      'incomplete',
      'incomplete',
      'active',
    ]);
  });

  it('needs no guardian for an adult', async () => {
    // A young adult with a documented birth date (older than 25 is refused as no child's case).
    const caseId = await openCase(
      { presumedMinor: false },
      { kind: 'exact', date: `${new Date().getUTCFullYear() - 21}-05-05` },
    );
    expect((await record(caseId, { guardianConsent: null })).body.state).toBe('active');
  });

  it('withdraws with a reason and If-Match; a second withdrawal is a conflict', async () => {
    const caseId = await openCase();
    const saved = await record(caseId, { guardianConsent: guardianYes });
    const path = `/api/cases/${caseId}/consents/${saved.body.id}/withdraw`;
    expect((await worker.post(path, { reason: 'The child changed her mind' })).status).toBe(428);
    expect((await worker.post(path, { reason: 'x' }, { 'if-match': '"5"' })).status).toBe(412);
    expect((await worker.post(path, {}, { 'if-match': '"1"' })).body.error.details[0].path).toBe(
      'body.reason',
    );
    const withdrawn = await worker.post(
      path,
      { reason: 'The child changed her mind' },
      { 'if-match': '"1"' },
    );
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ state: 'withdrawn', version: 2 });
    expect(withdrawn.body.withdrawnAt).toEqual(expect.any(String));
    const again = await worker.post(path, { reason: 'again' }, { 'if-match': '"2"' });
    expect(again.status).toBe(409);
    const dump = await sql<{ row: string }>`
      select row_to_json(c)::text as row from case_consents c where case_id = ${caseId}`.execute(
      server.ctx.database.db,
    );
    expect(dump.rows[0]!.row).not.toMatch(/changed her mind|Лариса|Гнатюк/);
    const log = await server.ctx.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity_id', '=', caseId)
      .execute();
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['case.consent.record', 'case.consent.withdraw']),
    );
    expect(JSON.stringify(log)).not.toMatch(/changed her mind|Лариса/);
  });

  it('names the wrong fields', async () => {
    const caseId = await openCase();
    const bad = await worker.post(`/api/cases/${caseId}/consents`, {
      purpose: 'marketing',
      childAssent: { given: 'true', date: '2020-1-1', howInformed: 'shouted' },
      // A typed name is refused: the consent is given by the guardian recorded on the case.
      guardianConsent: { given: true, date: day(-1), givenBy: 'Лариса Гнатюк' },
      colour: 'red',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining([
        'body.purpose',
        'body.childAssent.given',
        'body.childAssent.date',
        'body.childAssent.howInformed',
        'body.guardianConsent.givenBy',
        'body.colour',
      ]),
    );
    const future = await record(caseId, {
      guardianConsent: { ...guardianYes, date: day(5) },
      expiresOn: day(-3),
      recipientAgencyId: crypto.randomUUID(),
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'body.guardianConsent.date',
      'body.expiresOn',
      'body.recipientAgencyId',
    ]);
  });

  it('answers 404 to a user of another agency', async () => {
    const caseId = await openCase();
    const saved = await record(caseId, { guardianConsent: guardianYes });
    const outsider = await makeUser(server.ctx, {
      role: 'caseworker',
      scope: 'agency',
      agencyId: otherAgencyId,
    });
    const client = new ApiClient(server.url);
    await client.login(outsider.username, outsider.password);
    expect((await client.get(`/api/cases/${caseId}/consents`)).status).toBe(404);
    expect(
      (await client.post(`/api/cases/${caseId}/consents`, { purpose: 'assistance', childAssent: assent }))
        .status,
    ).toBe(404);
    expect(
      (
        await client.post(
          `/api/cases/${caseId}/consents/${saved.body.id}/withdraw`,
          { reason: 'x' },
          { 'if-match': '"1"' },
        )
      ).status,
    ).toBe(404);
  });
});

describe('consentAllows', () => {
  it('derives expiry from the date', () => {
    const row = {
      withdrawn_at: null,
      expires_on: '2026-03-01',
      child_assent_given: true,
      guardian_consent_given: true,
    };
    expect(consentStateOf(row, true, '2026-03-01')).toBe('active');
    expect(consentStateOf(row, true, '2026-03-02')).toBe('expired');
    expect(consentStateOf({ ...row, withdrawn_at: new Date() }, true, '2026-03-02')).toBe('withdrawn');
    expect(consentStateOf({ ...row, guardian_consent_given: null }, false, '2026-01-01')).toBe('active');
    expect(consentStateOf({ ...row, guardian_consent_given: false }, true, '2026-01-01')).toBe('incomplete');
  });

  it('answers per purpose and recipient; the latest record decides; withdrawal and expiry end it', async () => {
    const { ctx } = server;
    const db = ctx.database.db;
    const caseId = await openCase();
    expect(await consentAllows(ctx, db, caseId, 'assistance')).toBe(false);
    expect(await consentAllows(ctx, db, crypto.randomUUID(), 'assistance')).toBe(false);

    await record(caseId, { guardianConsent: null });
    expect(await consentAllows(ctx, db, caseId, 'assistance')).toBe(false);
    const general = await record(caseId, { guardianConsent: guardianYes });
    expect(await consentAllows(ctx, db, caseId, 'assistance')).toBe(true);
    expect(await consentAllows(ctx, db, caseId, 'research')).toBe(false);
    // A general consent for a purpose covers any recipient.
    expect(await consentAllows(ctx, db, caseId, 'assistance', otherAgencyId)).toBe(true);

    const toOther = await record(caseId, {
      purpose: 'referral',
      recipientAgencyId: otherAgencyId,
      guardianConsent: guardianYes,
    });
    expect(await consentAllows(ctx, db, caseId, 'referral', otherAgencyId)).toBe(true);
    expect(await consentAllows(ctx, db, caseId, 'referral', agencyId)).toBe(false);
    expect(await consentAllows(ctx, db, caseId, 'referral')).toBe(false);

    // Withdrawn for that agency: an older general referral consent does not bring it back.
    await record(caseId, { purpose: 'referral', guardianConsent: guardianYes });
    await worker.post(
      `/api/cases/${caseId}/consents/${toOther.body.id}/withdraw`,
      { reason: 'No longer wants that agency' },
      { 'if-match': '"1"' },
    );
    expect(await consentAllows(ctx, db, caseId, 'referral', otherAgencyId)).toBe(false);
    expect(await consentAllows(ctx, db, caseId, 'referral', agencyId)).toBe(true);

    await worker.post(
      `/api/cases/${caseId}/consents/${general.body.id}/withdraw`,
      { reason: 'Withdrawn' },
      { 'if-match': '"1"' },
    );
    expect(await consentAllows(ctx, db, caseId, 'assistance')).toBe(false);

    // Expiry: written straight into the row, as if the date had passed.
    const expiring = await record(caseId, {
      purpose: 'research',
      guardianConsent: guardianYes,
      expiresOn: day(30),
    });
    expect(await consentAllows(ctx, db, caseId, 'research')).toBe(true);
    await db
      .updateTable('case_consents')
      .set({ expires_on: day(-1) })
      .where('id', '=', expiring.body.id)
      .execute();
    expect(await consentAllows(ctx, db, caseId, 'research')).toBe(false);
    expect((await worker.get(`/api/cases/${caseId}/consents`)).body.items.at(-1).state).toBe('expired');
  });
});

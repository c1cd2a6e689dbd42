import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findHandler } from '../../src/server/approvals/approvals.registry.ts';
import { approvalsForSubject } from '../../src/server/approvals/approvals.service.ts';
import { FieldCipher } from '../../src/server/crypto/field-cipher.ts';
import { parseKeyRing } from '../../src/server/crypto/key-ring.ts';
import { rotateKeys } from '../../src/server/crypto/key-rotation.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// The referral workflow end to end over HTTP: consent blocking and the audited override (four eyes),
// the state machine with If-Match, free places, deadlines and overdue, services delivered, opening the
// receiving agency's own case.

let server: TestServer;
let district: string;
let senderAgency: string;
let recipientAgency: string;
let worker: ApiClient;
let supervisor: ApiClient;
let secondSupervisor: ApiClient;
let provider: ApiClient;
let recipientWorker: ApiClient;
let outsider: ApiClient;
let shelterId: string;
let legalAidId: string;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function client(user: { username: string; password: string }) {
  const c = new ApiClient(server.url);
  expect((await c.login(user.username, user.password)).status).toBe(200);
  return c;
}

async function openCase(by: ApiClient, unitCode: string, name = 'Referral') {
  const created = await by.post('/api/cases', {
    sensitive: {
      names: [{ given: name, family: `Child-${crypto.randomUUID().slice(0, 6)}` }],
      birthDate: { kind: 'exact', date: '2011-05-04' },
      contacts: [{ kind: 'phone', value: '+380 44 000 1111' }],
    },
    identity: {
      gender: 'Feminine',
      presumedMinor: true,
      unitCode,
      languages: ['ukr'],
      disability: 'asthma',
    },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function giveConsent(by: ApiClient, caseId: string, agencyId: string) {
  // The guardian's consent is given by the guardian recorded on the case (CETS 197 Art. 10(4)).
  if ((await by.get(`/api/cases/${caseId}/guardian`)).body.guardian === null)
    await by.put(`/api/cases/${caseId}/guardian`, { kind: 'legal-representative', name: 'Олена Ткач' });
  const consent = await by.post(`/api/cases/${caseId}/consents`, {
    purpose: 'referral',
    recipientAgencyId: agencyId,
    childAssent: { given: true, date: day(-1), howInformed: 'orally-in-own-language' },
    guardianConsent: { given: true, date: day(-1) },
  });
  expect(consent.status).toBe(201);
}

async function createService(kind: string, capacity: number | null, freePlaces: number | null) {
  const created = await provider.post('/api/services', {
    kind,
    name: `${kind} ${crypto.randomUUID().slice(0, 4)}`,
    units: [district],
    openingHours: { alwaysOpen: true, weekly: [] },
    capacity,
    freePlaces,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

const step = (who: ApiClient, id: string, event: string, version: number, body: unknown = {}) =>
  who.post(`/api/referrals/${id}/${event}`, body, { 'if-match': `"${version}"` });

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  senderAgency = await makeAgency(server.ctx, { unitCodes: [district] });
  recipientAgency = await makeAgency(server.ctx, { unitCodes: [district] });
  const outsiderAgency = await makeAgency(server.ctx, { unitCodes: [district] });
  worker = await client(await makeUser(server.ctx, { role: 'caseworker', agencyId: senderAgency }));
  supervisor = await client(await makeUser(server.ctx, { role: 'supervisor', agencyId: senderAgency }));
  secondSupervisor = await client(await makeUser(server.ctx, { role: 'supervisor', agencyId: senderAgency }));
  provider = await client(await makeUser(server.ctx, { role: 'provider', agencyId: recipientAgency }));
  recipientWorker = await client(
    await makeUser(server.ctx, { role: 'caseworker', agencyId: recipientAgency }),
  );
  outsider = await client(await makeUser(server.ctx, { role: 'provider', agencyId: outsiderAgency }));
  shelterId = await createService('emergency-shelter', 2, 1);
  legalAidId = await createService('legal-aid', null, null);
});
afterAll(() => server.close());

const newReferral = (extra: Record<string, unknown> = {}) => ({
  serviceId: shelterId,
  urgency: 'emergency',
  reason: 'AdditionalServicesRequired',
  note: 'Arrives with a social worker tonight',
  ...extra,
});

describe('consent', () => {
  it('blocks a referral without consent, with a clear code and message', async () => {
    const caseId = await openCase(worker, district);
    const check = await worker.get(`/api/cases/${caseId}/referral-consent?agencyId=${recipientAgency}`);
    expect(check.body).toEqual({ allowed: false });
    const refused = await worker.post(`/api/cases/${caseId}/referrals`, newReferral());
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('consent_required');
    expect(refused.body.error.message).toMatch(/consent/);
    expect((await worker.get(`/api/cases/${caseId}/referrals`)).body.items).toEqual([]);
  });

  it('four eyes: the referral’s sender and whoever took a step on it are conflicted deciders of its override', async () => {
    const caseId = await openCase(worker, district);
    const asked = await worker.post(
      `/api/cases/${caseId}/referrals`,
      newReferral({ overrideReason: 'Child at immediate risk tonight' }),
    );
    const [approval] = await approvalsForSubject(server.ctx.database.db, 'consent-override', asked.body.id);
    const conflicted = await findHandler('consent-override')!.conflictedUsers(
      server.ctx,
      server.ctx.database.db,
      approval!,
    );
    expect(new Set(conflicted)).toEqual(new Set([asked.body.senderUserId ?? approval!.requested_by]));
  });

  it('an override waits for a supervisor (never the requester), then is sent; a rejected one is cancelled', async () => {
    const caseId = await openCase(worker, district);
    const asked = await worker.post(
      `/api/cases/${caseId}/referrals`,
      newReferral({ overrideReason: 'Child at immediate risk tonight; guardian unreachable' }),
    );
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      state: 'awaiting-override',
      sentAt: null,
      dueAt: null,
      package: null,
    });
    expect(asked.body.overrideReason).toMatch(/immediate risk/);
    // Not sent: the receiving agency neither sees nor lists it.
    expect((await provider.get(`/api/referrals/${asked.body.id}`)).status).toBe(404);
    const incoming = await provider.get('/api/referrals?direction=incoming');
    expect(incoming.body.items.map((r: { id: string }) => r.id)).not.toContain(asked.body.id);

    const approvals = await supervisor.get(`/api/cases/${caseId}/approvals`);
    const approval = approvals.body.items.find((a: { kind: string }) => a.kind === 'consent-override');
    expect(approval).toMatchObject({ subjectId: asked.body.id, status: 'pending' });
    const own = await worker.post(
      `/api/approvals/${approval.id}/decision`,
      { decision: 'approved' },
      { 'if-match': `"${approval.version}"` },
    );
    // A case worker holds no right to decide overrides at all.
    expect(own.status).toBe(403);
    const decided = await supervisor.post(
      `/api/approvals/${approval.id}/decision`,
      { decision: 'approved' },
      { 'if-match': `"${approval.version}"` },
    );
    expect(decided.status).toBe(200);
    const sent = await provider.get(`/api/referrals/${asked.body.id}`);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ state: 'sent', overrideReason: null, caseId: null });
    expect(Date.parse(sent.body.dueAt) - Date.parse(sent.body.sentAt)).toBe(2 * 3_600_000);
    expect(sent.body.events.map((e: { type: string }) => e.type)).toEqual([
      'request-override',
      'approve-override',
    ]);

    // A supervisor who asks for an override cannot approve it either: another person decides.
    const second = await supervisor.post(
      `/api/cases/${caseId}/referrals`,
      newReferral({ overrideReason: 'Again' }),
    );
    expect(second.status).toBe(201);
    const pending = (await supervisor.get(`/api/cases/${caseId}/approvals`)).body.items.find(
      (a: { subjectId: string }) => a.subjectId === second.body.id,
    );
    const selfApproved = await supervisor.post(
      `/api/approvals/${pending.id}/decision`,
      { decision: 'approved' },
      { 'if-match': `"${pending.version}"` },
    );
    expect(selfApproved.status).toBe(409);
    expect(selfApproved.body.error.code).toBe('four_eyes');
    expect((await supervisor.get(`/api/referrals/${second.body.id}`)).body.state).toBe('awaiting-override');
    const rejected = await secondSupervisor.post(
      `/api/approvals/${pending.id}/decision`,
      { decision: 'rejected', reason: 'Reach the guardian first' },
      { 'if-match': `"${pending.version}"` },
    );
    expect(rejected.status).toBe(200);
    expect((await worker.get(`/api/referrals/${second.body.id}`)).body.state).toBe('cancelled');

    const audit = await server.ctx.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', asked.body.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['referral.override.request', 'referral.override.approve']),
    );
    // The reason is stored encrypted.
    const stored = await server.ctx.database.db
      .selectFrom('referrals')
      .select(['override_reason', 'note', 'package'])
      .where('id', '=', asked.body.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toMatch(/immediate risk|social worker|Referral/);
  });
});

describe('workflow', () => {
  it('sent → accepted (takes a free place) → in progress → completed (gives it back), services recorded', async () => {
    const caseId = await openCase(worker, district);
    await giveConsent(worker, caseId, recipientAgency);
    const sent = await worker.post(`/api/cases/${caseId}/referrals`, newReferral());
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ state: 'sent', side: 'sender', caseId, allowedEvents: ['cancel'] });
    const id = sent.body.id as string;

    const notices = await provider.get('/api/notifications');
    expect(
      notices.body.items.map((n: { kind: string; subjectId: string }) => [n.kind, n.subjectId]),
    ).toContainEqual(['referrals.received', id]);
    const seen = await provider.get(`/api/referrals/${id}`);
    expect(seen.body).toMatchObject({
      side: 'recipient',
      allowedEvents: ['accept', 'decline'],
      caseId: null,
    });
    expect(seen.body.note).toBe('Arrives with a social worker tonight');

    expect((await step(provider, id, 'accept', 99)).status).toBe(412);
    expect((await provider.post(`/api/referrals/${id}/accept`, {})).status).toBe(428);
    expect((await step(worker, id, 'accept', 1)).status).toBe(403);
    expect((await step(outsider, id, 'accept', 1)).status).toBe(404);
    const accepted = await step(provider, id, 'accept', seen.body.version);
    expect(accepted.status).toBe(200);
    expect(accepted.body.state).toBe('accepted');
    expect((await provider.get(`/api/services/${shelterId}`)).body.freePlaces).toBe(0);

    // The last place is taken: another acceptance is refused until the directory says otherwise.
    const other = await openCase(worker, district);
    await giveConsent(worker, other, recipientAgency);
    const full = await worker.post(`/api/cases/${other}/referrals`, newReferral());
    const refused = await step(provider, full.body.id, 'accept', full.body.version);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('no_free_places');

    const started = await step(provider, id, 'start', accepted.body.version);
    expect(started.body.state).toBe('in-progress');
    const service = await provider.post(`/api/referrals/${id}/services`, {
      serviceKind: 'emergency-shelter',
      deliveredOn: day(0),
      outcome: 'delivered',
      note: 'Placed in room 3',
    });
    expect(service.status).toBe(201);
    expect(service.body).toMatchObject({ referralId: id, agencyId: recipientAgency, outcome: 'delivered' });
    expect((await step(provider, id, 'complete', started.body.version, { outcome: ' ' })).status).toBe(400);
    const done = await step(provider, id, 'complete', started.body.version, {
      outcome: 'Safe placement found',
    });
    expect(done.body).toMatchObject({ state: 'completed', outcome: 'Safe placement found' });
    expect((await provider.get(`/api/services/${shelterId}`)).body.freePlaces).toBe(1);
    expect((await step(worker, id, 'cancel', done.body.version, { reason: 'late' })).status).toBe(409);

    const onCase = await worker.get(`/api/cases/${caseId}/services-delivered`);
    expect(onCase.body.items).toMatchObject([{ referralId: id, note: 'Placed in room 3' }]);
    const list = await worker.get(`/api/cases/${caseId}/referrals`);
    expect(list.body.items).toMatchObject([{ id, state: 'completed' }]);
    const answered = await worker.get('/api/notifications');
    expect(answered.body.items.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['referrals.answered', 'referrals.completed', 'referrals.service-recorded']),
    );
  });

  it('a decline needs a reason; the sender may cancel, the recipient may not', async () => {
    const caseId = await openCase(worker, district);
    await giveConsent(worker, caseId, recipientAgency);
    const a = await worker.post(`/api/cases/${caseId}/referrals`, newReferral({ serviceId: legalAidId }));
    expect((await step(provider, a.body.id, 'decline', a.body.version)).status).toBe(400);
    const declined = await step(provider, a.body.id, 'decline', a.body.version, {
      reason: 'Outside our mandate',
    });
    expect(declined.body).toMatchObject({ state: 'declined', declineReason: 'Outside our mandate' });
    const b = await worker.post(`/api/cases/${caseId}/referrals`, newReferral({ serviceId: legalAidId }));
    expect((await step(provider, b.body.id, 'cancel', b.body.version, { reason: 'x' })).status).toBe(403);
    const cancelled = await step(worker, b.body.id, 'cancel', b.body.version, { reason: 'Family moved' });
    expect(cancelled.body.state).toBe('cancelled');
    expect((await step(provider, b.body.id, 'accept', cancelled.body.version)).body.error.code).toBe(
      'referral_refused',
    );
  });

  it('routine deadlines count working days, and a sent referral past its deadline is overdue', async () => {
    const caseId = await openCase(worker, district);
    await giveConsent(worker, caseId, recipientAgency);
    const sent = await worker.post(
      `/api/cases/${caseId}/referrals`,
      newReferral({ serviceId: legalAidId, urgency: 'routine' }),
    );
    const due = new Date(sent.body.dueAt);
    expect(due.getTime() - Date.parse(sent.body.sentAt)).toBeGreaterThan(2 * 86_400_000);
    expect(sent.body.overdue).toBe(false);
    await sql`update referrals set due_at = now() - interval '1 hour' where id = ${sent.body.id}`.execute(
      server.ctx.database.db,
    );
    const overdue = await provider.get('/api/referrals?direction=incoming&overdue=true');
    expect(overdue.body.items.map((r: { id: string; overdue: boolean }) => [r.id, r.overdue])).toContainEqual(
      [sent.body.id, true],
    );
    const outgoing = await worker.get('/api/referrals?direction=outgoing&overdue=true&state=sent');
    expect(outgoing.body.items.map((r: { id: string }) => r.id)).toContain(sent.body.id);
    // Computed, not a cron: the inbox shows it at once, to the recipients without the sender's case.
    const toAnswer = (await provider.get('/api/inbox')).body.items.find(
      (item: { subjectId: string }) => item.subjectId === sent.body.id,
    );
    expect(toAnswer).toMatchObject({
      kind: 'referrals.to-answer',
      overdue: true,
      caseId: null,
      caseCode: null,
    });
    const late = (await worker.get('/api/inbox')).body.items.find(
      (item: { subjectId: string }) => item.subjectId === sent.body.id,
    );
    expect(late).toMatchObject({ kind: 'referrals.overdue', overdue: true, caseId });
    expect((await outsider.get('/api/inbox')).body.items).toEqual([]);
    const onTime = await worker.get('/api/referrals?direction=outgoing&overdue=false');
    expect(onTime.body.items.map((r: { id: string }) => r.id)).not.toContain(sent.body.id);
  });

  it('a region-wide coordinator lists the outgoing referrals of cases in the districts within the region', async () => {
    const caseId = await openCase(worker, district);
    await giveConsent(worker, caseId, recipientAgency);
    const sent = await worker.post(`/api/cases/${caseId}/referrals`, newReferral({ serviceId: legalAidId }));
    const coordinator = await client(
      await makeUser(server.ctx, {
        role: 'localcoord',
        scope: 'region',
        unitCode: 'UA-30',
        agencyId: senderAgency,
      }),
    );
    const listed = await coordinator.get('/api/referrals?direction=outgoing');
    expect(listed.body.items.map((r: { id: string }) => r.id)).toContain(sent.body.id);
    const elsewhere = await client(
      await makeUser(server.ctx, {
        role: 'localcoord',
        scope: 'region',
        unitCode: 'UA-46',
        agencyId: senderAgency,
      }),
    );
    expect((await elsewhere.get('/api/referrals?direction=outgoing')).body.items).toEqual([]);
  });

  it('the receiving agency opens its own case from an accepted referral, prefilled from the package', async () => {
    const caseId = await openCase(worker, district, 'Mariia');
    await giveConsent(worker, caseId, recipientAgency);
    const sent = await worker.post(`/api/cases/${caseId}/referrals`, newReferral({ serviceId: legalAidId }));
    expect((await step(recipientWorker, sent.body.id, 'open-case', sent.body.version)).status).toBe(409);
    const accepted = await step(recipientWorker, sent.body.id, 'accept', sent.body.version);
    expect(accepted.body.mayOpenCase).toBe(true);
    expect((await step(provider, sent.body.id, 'open-case', accepted.body.version)).status).toBe(403);
    const opened = await step(recipientWorker, sent.body.id, 'open-case', accepted.body.version);
    expect(opened.status).toBe(201);
    const own = await recipientWorker.get(`/api/cases/${opened.body.caseId}`);
    expect(own.body).toMatchObject({
      ownerAgencyId: recipientAgency,
      unitCode: district,
      gender: 'Feminine',
    });
    const names = await recipientWorker.post(`/api/cases/${opened.body.caseId}/reveal`, {});
    expect(names.body.names[0].given).toBe('Mariia');
    // The sender's case stays out of reach; a second case from the same referral is refused.
    expect((await recipientWorker.get(`/api/cases/${caseId}`)).status).toBe(404);
    const again = await step(recipientWorker, sent.body.id, 'open-case', accepted.body.version + 1);
    expect(again.status).toBe(409);
  });
});

describe('encryption at rest', () => {
  // Last: the running server's cipher does not know the new key afterwards.
  it('key rotation re-encrypts every referral text, the frozen packages and service notes', async () => {
    const db = server.ctx.database.db;
    const keyFile = server.ctx.config.keyFile;
    const result = await rotateKeys(db, keyFile);
    const cipher = new FieldCipher(parseKeyRing(readFileSync(keyFile, 'utf8'), keyFile));
    const rows = await db.selectFrom('referrals').selectAll().execute();
    const columns = [
      'package',
      'note',
      'override_reason',
      'decline_reason',
      'outcome',
      'cancel_reason',
    ] as const;
    for (const column of columns) {
      const sealed = rows.map((row) => row[column]).filter((value): value is string => value !== null);
      expect(sealed.length, column).toBeGreaterThan(0);
      for (const value of sealed) {
        expect(cipher.keyIdOf(value)).toBe(result.keyId);
        expect(cipher.decrypt(value, `referrals.${column}`).length).toBeGreaterThan(0);
      }
    }
    const notes = await db
      .selectFrom('services_delivered')
      .select('note')
      .where('note', 'is not', null)
      .execute();
    expect(notes.length).toBeGreaterThan(0);
    for (const row of notes) expect(cipher.decrypt(row.note!, 'services_delivered.note')).toMatch(/room 3/);
  });
});

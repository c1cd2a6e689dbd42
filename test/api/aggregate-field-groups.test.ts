import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerInboxSource } from '../../src/server/inbox/inbox-sources.ts';
import { notify } from '../../src/server/notifications/notifications.service.ts';
import { NOTICE_FIELDS, noticeShown } from '../../src/server/policy/notice-classes.ts';
import { classOfField } from '../../src/server/policy/field-visibility.ts';
import { leakedFields } from '../helpers/field-leaks.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Issue 10 item 4: every aggregate path — dashboard, inbox, notifications, the subject-access export,
// referral packages, services delivered, the approvals queue — goes through the one function that
// decides fields. Each path is walked (test/helpers/field-leaks.ts) for a reader who lacks a field group
// on the case (police and the coordinator hold no health; police's district grant no subject access),
// and each test also shows the same data reaching a reader who holds the group, so it can fail.

let server: TestServer;
let district: string;
const ids: Record<string, string> = {};
const clients: Record<string, ApiClient> = {};
let caseId: string;
let referralId: string;

const today = new Date().toISOString().slice(0, 10);

async function account(name: string, options: Parameters<typeof makeUser>[1]) {
  const made = await makeUser(server.ctx, options);
  ids[name] = made.id;
  clients[name] = new ApiClient(server.url);
  expect((await clients[name]!.login(made.username, made.password)).status).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const agency = await makeAgency(server.ctx, { unitCodes: [district] });
  const shelterAgency = await makeAgency(server.ctx, { unitCodes: [district] });
  await account('worker', { role: 'caseworker', scope: 'agency', agencyId: agency });
  await account('supervisor', { role: 'supervisor', scope: 'agency', agencyId: agency });
  await account('police', {
    role: 'police',
    scope: 'district',
    unitCode: district,
    agencyId: await makeAgency(server.ctx, { unitCodes: [district] }),
  });
  await account('coordinator', { role: 'coordinator', scope: 'country', agencyId: null });
  await account('shelter', { role: 'provider', scope: 'agency', agencyId: shelterAgency });
  const worker = clients.worker!;
  const created = await worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Aggregate', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Masculine', presumedMinor: true, unitCode: district, disability: 'Low vision' },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  caseId = created.body.id;
  await worker.post(`/api/cases/${caseId}/notes`, { class: 'health', text: 'Sees an ophthalmologist' });
  const service = await worker.post(`/api/cases/${caseId}/services-delivered`, {
    serviceKind: 'medical',
    deliveredOn: today,
    outcome: 'delivered',
    note: 'Eye drops prescribed',
  });
  expect(service.status).toBe(201);
  const directory = await clients.shelter!.post('/api/services', {
    kind: 'emergency-shelter',
    name: 'Aggregate shelter',
    units: [district],
    openingHours: { alwaysOpen: true, weekly: [] },
    capacity: 3,
    freePlaces: 1,
  });
  expect(directory.status).toBe(201);
  expect(
    (await worker.put(`/api/cases/${caseId}/guardian`, { kind: 'appointed-guardian', name: 'Guardian' }))
      .status,
  ).toBe(200);
  const consent = await worker.post(`/api/cases/${caseId}/consents`, {
    purpose: 'referral',
    recipientAgencyId: shelterAgency,
    childAssent: { given: true, date: today, howInformed: 'orally-in-own-language' },
    guardianConsent: { given: true, date: today },
  });
  expect(consent.status).toBe(201);
  const referral = await worker.post(`/api/cases/${caseId}/referrals`, {
    serviceId: directory.body.id,
    urgency: 'routine',
    reason: 'AdditionalServicesRequired',
    packageFields: ['identity.basics', 'health.flags'],
  });
  expect(referral.status).toBe(201);
  referralId = referral.body.id;
});
afterAll(async () => {
  registerInboxSource('test-aggregate', async () => []);
  await server?.close();
});

describe('the walker', () => {
  it('finds a health field in a body and ignores it when empty', () => {
    expect(leakedFields({ identity: { disability: 'x', gender: 'F' } }, [])).toEqual(['identity.disability']);
    expect(leakedFields({ identity: { disability: null } }, [])).toEqual([]);
    expect(leakedFields({ totals: { openSafetyAlerts: 2 } }, ['identity'])).toEqual([
      'totals.openSafetyAlerts',
    ]);
    expect(leakedFields({ identity: { disability: 'x' } }, ['health'])).toEqual([]);
  });
});

describe('aggregate paths keep to the reader’s field groups on the case', () => {
  it('case list and case file', async () => {
    expect(leakedFields((await clients.worker!.get(`/api/cases/${caseId}`)).body, [])).toContain(
      'identity.disability',
    );
    for (const who of ['police', 'coordinator']) {
      expect(
        leakedFields((await clients[who]!.get('/api/cases')).body, ['identity', 'exploitation', 'justice']),
      ).toEqual([]);
      expect(
        leakedFields((await clients[who]!.get(`/api/cases/${caseId}`)).body, [
          'identity',
          'exploitation',
          'justice',
        ]),
      ).toEqual([]);
    }
  });

  it('dashboard', async () => {
    const groups = ['identity', 'exploitation', 'justice'] as const;
    const dashboard = await clients.coordinator!.get('/api/dashboard');
    expect(dashboard.status).toBe(200);
    expect(leakedFields(dashboard.body, groups)).toEqual([]);
  });

  it('referral package on the sending side and the services delivered', async () => {
    const groups = ['identity', 'exploitation', 'justice'] as const;
    const byWorker = await clients.worker!.get(`/api/referrals/${referralId}`);
    expect(leakedFields(byWorker.body, groups)).toContain('package.health.flags');
    const byPolice = await clients.police!.get(`/api/referrals/${referralId}`);
    expect(byPolice.status).toBe(200);
    expect(leakedFields(byPolice.body, groups)).toEqual([]);
    const services = await clients.police!.get(`/api/cases/${caseId}/services-delivered`);
    expect(services.status).toBe(200);
    expect(leakedFields(services.body, groups)).toEqual([]);
    expect(
      leakedFields((await clients.worker!.get(`/api/cases/${caseId}/services-delivered`)).body, groups),
    ).not.toEqual([]);
  });

  it('subject-access export', async () => {
    const groups = ['identity', 'exploitation', 'justice'] as const;
    const bySupervisor = await clients.supervisor!.get(`/api/cases/${caseId}/subject-access`);
    expect(bySupervisor.status).toBe(200);
    expect(JSON.stringify(bySupervisor.body)).toContain('ophthalmologist');
    const byCoordinator = await clients.coordinator!.get(`/api/cases/${caseId}/subject-access`);
    expect(byCoordinator.status).toBe(200);
    expect(leakedFields(byCoordinator.body, groups)).toEqual([]);
    expect(JSON.stringify(byCoordinator.body)).not.toContain('ophthalmologist');
  });

  it('approvals queue', async () => {
    const etag = (await clients.worker!.get(`/api/cases/${caseId}`)).headers.get('etag')!;
    const requested = await clients.worker!.post(
      `/api/cases/${caseId}/actions`,
      {
        type: 'request-closure',
        closureReason: 'opened-in-error',
        reason: 'Opened for the wrong child',
        closureEvidence: { errorKind: 'opened-by-mistake' },
      },
      { 'if-match': etag },
    );
    expect(requested.status).toBe(200);
    const queue = await clients.coordinator!.get('/api/approvals');
    expect(queue.status).toBe(200);
    expect(queue.body.items.some((a: { caseId: string }) => a.caseId === caseId)).toBe(true);
    expect(leakedFields(queue.body, ['identity', 'exploitation', 'justice'])).toEqual([]);
  });
});

describe('inbox items and notifications: the kind is a fact of its field group', () => {
  it('files every kind under a field the policy knows', () => {
    for (const [kind, field] of Object.entries(NOTICE_FIELDS))
      if (field !== null) expect(classOfField(null, field), kind).toBeDefined();
    expect(noticeShown(['identity'], 'monitoring.safety-alert')).toBe(false);
    expect(noticeShown(['health'], 'monitoring.safety-alert')).toBe(true);
    expect(noticeShown(['health', 'identity', 'exploitation'], 'child.consider-non-punishment')).toBe(false);
    expect(noticeShown(['health'], 'no.such-kind')).toBe(false);
  });

  it('refuses to store a notification of an unfiled kind', async () => {
    await expect(
      notify(server.ctx.database.db, {
        recipients: [ids.worker!],
        kind: 'monitoring.unfiled',
        subjectType: 'x',
        subjectId: 'x',
      }),
    ).rejects.toThrow(/not filed/);
  });

  it('a safety-alert notice reaches the supervisor, not the police officer sent the same notice', async () => {
    const subjectId = crypto.randomUUID();
    await notify(server.ctx.database.db, {
      recipients: [ids.supervisor!, ids.police!],
      kind: 'monitoring.safety-alert',
      caseId,
      subjectType: 'monitoring-alert',
      subjectId,
    });
    await notify(server.ctx.database.db, {
      recipients: [ids.police!],
      kind: 'referrals.service-recorded',
      caseId,
      subjectType: 'referral',
      subjectId: referralId,
    });
    const kindsOf = async (who: string) =>
      ((await clients[who]!.get('/api/notifications')).body.items as Array<{ kind: string }>).map(
        (n) => n.kind,
      );
    expect(await kindsOf('supervisor')).toContain('monitoring.safety-alert');
    const police = await clients.police!.get('/api/notifications');
    expect(police.body.items.map((n: { kind: string }) => n.kind)).toEqual(['referrals.service-recorded']);
    expect(police.body).toMatchObject({ total: 1, unread: 1 });
    expect((await clients.police!.get('/api/inbox')).body.unreadNotifications).toBe(1);
    const hidden = await server.ctx.database.db
      .selectFrom('notifications')
      .select('id')
      .where('user_id', '=', ids.police!)
      .where('subject_id', '=', subjectId)
      .executeTakeFirstOrThrow();
    expect((await clients.police!.post(`/api/notifications/${hidden.id}/read`)).status).toBe(404);
  });

  it('an inbox source that forgets the field groups is overruled by the inbox', async () => {
    registerInboxSource('test-aggregate', async () => [
      {
        kind: 'monitoring.safety-alert-open',
        caseId,
        caseCode: null,
        subjectType: 'monitoring-alert',
        subjectId: 'alert-1',
        dueAt: null,
        overdue: false,
      },
      {
        kind: 'child.consider-non-punishment',
        caseId,
        caseCode: null,
        subjectType: 'case',
        subjectId: caseId,
        dueAt: null,
        overdue: false,
      },
      {
        kind: 'test.unfiled-kind',
        caseId,
        caseCode: null,
        subjectType: 'case',
        subjectId: caseId,
        dueAt: null,
        overdue: false,
      },
    ]);
    const kindsOf = async (who: string) =>
      ((await clients[who]!.get('/api/inbox')).body.items as Array<{ kind: string; subjectId: string }>)
        .filter((item) => item.subjectId === 'alert-1' || item.subjectId === caseId)
        .map((item) => item.kind)
        .sort();
    expect(await kindsOf('supervisor')).toEqual([
      'child.consider-non-punishment',
      'monitoring.safety-alert-open',
    ]);
    expect(await kindsOf('police')).toEqual(['child.consider-non-punishment']);
    // The provider has no grant reaching this case at all: neither fact.
    expect(await kindsOf('shelter')).toEqual([]);
    registerInboxSource('test-aggregate', async () => []);
  });
});

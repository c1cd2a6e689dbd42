import net from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApprovalKind,
  registerApprovalKind,
  requestApproval,
} from '../../src/server/approvals/approvals.service.ts';
import type { SignedInUser } from '../../src/server/auth/authenticate.ts';
import { ConfigError, parseConfig } from '../../src/server/config.ts';
import { registerInboxSource } from '../../src/server/inbox/inbox-sources.ts';
import { compareInboxItems } from '../../src/server/inbox/inbox.service.ts';
import { noticeText } from '../../src/server/notifications/mailer.ts';
import { notify, usersReaching } from '../../src/server/notifications/notifications.service.ts';
import { OVERDUE_REMINDER_KIND, remindOfOverdueWork } from '../../src/server/notifications/reminders.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Notifications (C1), the inbox (C2) and e-mail of notices through a real (tiny) SMTP server.

type Mail = { auth: string | null; from: string; to: string; data: string };

/** The text of a single-part message, decoded by its Content-Transfer-Encoding, with \n line ends. */
function bodyOf(data: string): string {
  const split = data.indexOf('\r\n\r\n');
  const headers = data.slice(0, split);
  const raw = data.slice(split + 4);
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(raw.replace(/\r\n/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable')
    return Buffer.from(
      raw
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16))),
      'latin1',
    )
      .toString('utf8')
      .replace(/\r\n/g, '\n');
  return raw.replace(/\r\n/g, '\n').replace(/^\.\./gm, '.');
}

/** A minimal SMTP server that records each conversation. */
async function startSmtpServer() {
  const mails: Mail[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    const mail: Mail = { auth: null, from: '', to: '', data: '' };
    socket.write('220 fake.test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          mails.push({ ...mail });
          socket.write('250 queued\r\n');
          continue;
        }
        const end = buffer.indexOf('\r\n');
        if (end < 0) return;
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const verb = line.split(' ', 1)[0]!.toUpperCase();
        if (verb === 'EHLO') socket.write('250-fake.test\r\n250 AUTH PLAIN\r\n');
        else if (verb === 'AUTH') {
          mail.auth = Buffer.from(line.split(' ')[2] ?? '', 'base64').toString('utf8');
          socket.write('235 ok\r\n');
        } else if (verb === 'MAIL') {
          mail.from = /<(.*)>/.exec(line)?.[1] ?? '';
          socket.write('250 ok\r\n');
        } else if (verb === 'RCPT') {
          mail.to = /<(.*)>/.exec(line)?.[1] ?? '';
          socket.write(mail.to.endsWith('@refused.test') ? '550 no such user\r\n' : '250 ok\r\n');
        } else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go on\r\n');
        } else if (verb === 'QUIT') {
          socket.end('221 bye\r\n');
          return;
        } else socket.write('502 not here\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return { mails, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const TEST_KIND = 'test-inbox' as ApprovalKind;
registerApprovalKind(TEST_KIND, {
  decideAction: 'cases.approve-closure',
  conflictedUsers: async () => [],
  onDecision: async () => {},
});

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: TestServer;
let plain: TestServer;
let agencyId: string;
let otherAgencyId: string;
const accounts: Record<string, { id: string; username: string; password: string }> = {};
const clients: Record<string, ApiClient> = {};

async function signIn(
  target: TestServer,
  name: string,
  account: { id: string; username: string; password: string },
) {
  accounts[name] = account;
  const client = new ApiClient(target.url);
  expect((await client.login(account.username, account.password)).status).toBe(200);
  clients[name] = client;
}

async function openCase(client: ApiClient, family = crypto.randomUUID().slice(0, 8)) {
  const created = await client.post('/api/cases', {
    sensitive: { names: [{ given: 'Inbox', family }], birthDate: { kind: 'unknown' } },
    identity: { gender: 'Masculine', presumedMinor: true, unitCode: firstDistrictOf('UA-30') },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return { id: created.body.id as string, code: created.body.code as string };
}

const asPrincipal = (name: string) => ({ userId: accounts[name]!.id, agencyId }) as SignedInUser;
const actor = (name: string) => ({ userId: accounts[name]!.id, agencyId, requestId: null });

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({
    HAVEN_MFA_REQUIRED_ROLES: 'none',
    HAVEN_SMTP_URL: `smtp://haven%40node:p%C3%A4ss@127.0.0.1:${smtp.port}`,
    HAVEN_SMTP_FROM: 'haven@node.test',
    HAVEN_PUBLIC_URL: 'https://haven.example.org/',
  });
  agencyId = await makeAgency(server.ctx, { unitCodes: [firstDistrictOf('UA-30')] });
  otherAgencyId = await makeAgency(server.ctx, { unitCodes: [firstDistrictOf('UA-46')] });
  await signIn(
    server,
    'worker',
    await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId }),
  );
  await signIn(
    server,
    'colleague',
    await makeUser(server.ctx, { role: 'caseworker', scope: 'own', agencyId }),
  );
  await signIn(
    server,
    'supervisor',
    await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId }),
  );
  await signIn(
    server,
    'elsewhere',
    await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId: otherAgencyId }),
  );
  await signIn(
    server,
    'coordinator',
    await makeUser(server.ctx, { role: 'coordinator', scope: 'country', agencyId: null }),
  );
});
afterAll(async () => {
  await server?.close();
  await plain?.close();
  await smtp?.close();
});

describe('notifications', () => {
  it('stores one per recipient, deduplicated, skipping the actor; mine only, unread first', async () => {
    const caseFile = await openCase(clients.worker!);
    const subjectId = crypto.randomUUID();
    const { worker, supervisor, colleague } = accounts;
    await notify(server.ctx.database.db, {
      recipients: [worker!.id, supervisor!.id, supervisor!.id, colleague!.id],
      kind: 'referrals.received',
      caseId: caseFile.id,
      subjectType: 'referral',
      subjectId,
      actorUserId: colleague!.id,
    });
    const rows = await server.ctx.database.db
      .selectFrom('notifications')
      .select('user_id')
      .where('subject_id', '=', subjectId)
      .execute();
    expect(rows.map((r) => r.user_id).sort()).toEqual([worker!.id, supervisor!.id].sort());
    await notify(server.ctx.database.db, {
      recipients: [worker!.id],
      kind: 'monitoring.safety-alert',
      // A health fact: shown only on a case where the reader's grants hold the health group.
      caseId: caseFile.id,
      subjectType: 'visit',
      subjectId: crypto.randomUUID(),
    });
    const list = await clients.worker!.get('/api/notifications');
    expect(list.status).toBe(200);
    expect(list.body.unread).toBe(2);
    const first = list.body.items.find((n: { subjectId: string }) => n.subjectId === subjectId);
    expect(first).toMatchObject({
      kind: 'referrals.received',
      caseId: caseFile.id,
      caseCode: caseFile.code,
      subjectType: 'referral',
      readAt: null,
    });
    // Someone else's notification does not exist for me.
    expect((await clients.colleague!.post(`/api/notifications/${first.id}/read`)).status).toBe(404);
    const read = await clients.worker!.post(`/api/notifications/${first.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toBeTruthy();
    const after = await clients.worker!.get('/api/notifications');
    expect(after.body.unread).toBe(1);
    expect(after.body.items.at(-1).id).toBe(first.id);
    expect((await clients.worker!.get('/api/notifications?unread=true')).body.items).toHaveLength(1);
    expect((await clients.worker!.get('/api/inbox')).body.unreadNotifications).toBe(1);
    expect((await clients.worker!.post('/api/notifications/read-all')).body).toEqual({ marked: 1 });
    expect((await clients.worker!.get('/api/inbox')).body.unreadNotifications).toBe(0);
    const paged = await clients.worker!.get('/api/notifications?page=2&pageSize=1');
    expect(paged.body).toMatchObject({ total: 2, unread: 0 });
    expect(paged.body.items).toHaveLength(1);
  });

  it('usersReaching: active holders of the roles whose grants reach the place', async () => {
    const place = { country: 'UA', agencyId, unitCodes: [firstDistrictOf('UA-30')], ownerId: null };
    const reaching = await usersReaching(server.ctx, server.ctx.database.db, {
      roles: ['supervisor', 'coordinator'],
      place,
    });
    expect(reaching).toContain(accounts.supervisor!.id);
    expect(reaching).toContain(accounts.coordinator!.id);
    expect(reaching).not.toContain(accounts.elsewhere!.id);
    expect(reaching).not.toContain(accounts.worker!.id);
    await server.ctx.database.db
      .updateTable('users')
      .set({ status: 'disabled' })
      .where('id', '=', accounts.coordinator!.id)
      .execute();
    expect(
      await usersReaching(server.ctx, server.ctx.database.db, { roles: ['coordinator'], place }),
    ).not.toContain(accounts.coordinator!.id);
    await server.ctx.database.db
      .updateTable('users')
      .set({ status: 'active' })
      .where('id', '=', accounts.coordinator!.id)
      .execute();
  });
});

describe('inbox', () => {
  it('orders overdue first, then by due date, undated last', () => {
    const item = (kind: string, dueAt: string | null, overdue: boolean) => ({
      kind,
      caseId: null,
      caseCode: null,
      subjectType: 'x',
      subjectId: kind,
      dueAt,
      overdue,
    });
    const sorted = [
      item('c', null, false),
      item('b', '2030-01-02', false),
      item('a', '2020-01-05', true),
      item('d', '2030-01-01T10:00:00Z', false),
      item('e', '2020-01-01', true),
    ].sort(compareInboxItems);
    expect(sorted.map((i) => i.kind)).toEqual(['e', 'a', 'd', 'b', 'c']);
  });

  it("lists overdue deadlines, reflection periods ending and approvals — each only in the user's reach", async () => {
    const db = server.ctx.database.db;
    const overdue = await openCase(clients.worker!);
    const ending = await openCase(clients.worker!);
    const later = await openCase(clients.worker!);
    await db
      .updateTable('cases')
      .set({ next_deadline: sql`current_date - 2` as never })
      .where('id', '=', overdue.id)
      .execute();
    for (const [caseFile, days] of [
      [ending, 3],
      [later, 20],
    ] as const) {
      await db
        .insertInto('case_status')
        .values({
          case_id: caseFile.id,
          status: 'presumed',
          reflection_starts_on: sql`current_date - 20` as never,
          reflection_ends_on: sql`current_date + ${days}::int` as never,
          deciding_org_type: null,
          decided_on: null,
          formal_procedure: null,
          non_punishment_note: null,
          updated_at: new Date(),
        })
        .onConflict((oc) =>
          oc.column('case_id').doUpdateSet({ reflection_ends_on: sql`current_date + ${days}::int` as never }),
        )
        .execute();
    }
    const approval = await db.transaction().execute((trx) =>
      requestApproval(server.ctx, trx, asPrincipal('worker'), actor('worker'), {
        kind: TEST_KIND,
        caseId: later.id,
        subjectId: crypto.randomUUID(),
      }),
    );

    const inboxOf = async (who: string) => {
      const response = await clients[who]!.get('/api/inbox');
      expect(response.status).toBe(200);
      return response.body as { items: Array<Record<string, unknown>>; unreadNotifications: number };
    };
    const mine = await inboxOf('worker');
    const find = (items: Array<Record<string, unknown>>, kind: string, caseId: string) =>
      items.find((i) => i.kind === kind && i.caseId === caseId);
    expect(find(mine.items, 'inbox.case-overdue', overdue.id)).toMatchObject({
      caseCode: overdue.code,
      subjectType: 'case',
      overdue: true,
    });
    expect(find(mine.items, 'inbox.reflection-ending', ending.id)).toMatchObject({
      overdue: false,
      subjectType: 'status',
    });
    expect(find(mine.items, 'inbox.reflection-ending', later.id)).toBeUndefined();
    // The requester is not asked to decide their own request.
    expect(find(mine.items, 'approvals.to-decide', later.id)).toBeUndefined();
    expect(mine.items[0]!.overdue).toBe(true);

    const supervisor = await inboxOf('supervisor');
    expect(find(supervisor.items, 'approvals.to-decide', later.id)).toMatchObject({
      subjectType: 'approval',
      subjectId: approval.id,
      caseCode: later.code,
    });
    expect(supervisor.unreadNotifications).toBeGreaterThan(0);
    expect(find(supervisor.items, 'inbox.case-overdue', overdue.id)).toBeDefined();

    // Another agency's supervisor sees none of it; a colleague with "own" scope only their own cases.
    const elsewhere = await inboxOf('elsewhere');
    expect(
      elsewhere.items.filter((i) => [overdue.id, ending.id, later.id].includes(i.caseId as string)),
    ).toEqual([]);
    const colleague = await inboxOf('colleague');
    expect(
      colleague.items.filter((i) => [overdue.id, ending.id, later.id].includes(i.caseId as string)),
    ).toEqual([]);

    const audited = await db
      .selectFrom('audit_log')
      .select(['details', 'actor_id'])
      .where('action', '=', 'inbox.read')
      .where('actor_id', '=', accounts.worker!.id)
      .execute();
    expect(audited.length).toBeGreaterThan(0);
    expect((audited.at(-1)!.details as { ids: string[] }).ids).toEqual(
      expect.arrayContaining([overdue.id, ending.id]),
    );
  });

  it('lists no case for roles that hold no case work (analyst, admin, provider)', async () => {
    for (const role of ['analyst', 'admin', 'provider'] as const) {
      const account = await makeUser(server.ctx, {
        role,
        scope: role === 'provider' ? 'agency' : 'country',
        agencyId,
      });
      const client = new ApiClient(server.url);
      expect((await client.login(account.username, account.password)).status).toBe(200);
      const inbox = await client.get('/api/inbox');
      expect(inbox.status).toBe(200);
      expect(
        inbox.body.items.filter(
          (i: { kind: string }) => i.kind.startsWith('inbox.') || i.kind.startsWith('approvals.'),
        ),
        role,
      ).toEqual([]);
    }
  });

  it("shows other areas' registered sources, and still answers when one of them fails", async () => {
    registerInboxSource('test-source', async (_ctx, _db, principal) =>
      principal.userId === accounts.elsewhere!.id
        ? [
            {
              kind: 'referrals.to-answer',
              caseId: null,
              caseCode: null,
              subjectType: 'referral',
              subjectId: 'r-1',
              dueAt: '2000-01-01T00:00:00Z',
              overdue: true,
            },
          ]
        : [],
    );
    registerInboxSource('test-broken', async () => {
      throw new Error('broken source');
    });
    const inbox = await clients.elsewhere!.get('/api/inbox');
    expect(inbox.status).toBe(200);
    expect(inbox.body.items[0]).toMatchObject({ kind: 'referrals.to-answer', subjectId: 'r-1' });
    expect(inbox.body.unavailableSources).toEqual(['test-broken']);
    // Sources live for the whole process: leave none behind that would change later tests.
    registerInboxSource('test-broken', async () => []);
    registerInboxSource('test-source', async () => []);
  });
});

describe('e-mail of notices', () => {
  it('refuses half an SMTP configuration, naming the variables', () => {
    expect(() => parseConfig({ HAVEN_SMTP_URL: 'smtp://mail.example.org' })).toThrow(/HAVEN_SMTP_FROM/);
    expect(() =>
      parseConfig({ HAVEN_SMTP_URL: 'http://mail.example.org', HAVEN_SMTP_FROM: 'a@b.org' }),
    ).toThrow(ConfigError);
    expect(() => parseConfig({ HAVEN_SMTP_URL: 'smtp://m.example.org', HAVEN_SMTP_FROM: 'nobody' })).toThrow(
      /HAVEN_SMTP_FROM/,
    );
    expect(parseConfig({}).smtp).toBeNull();
  });

  it('validates and keeps my address encrypted', async () => {
    expect(
      (await clients.supervisor!.put('/api/notifications/email', { email: 'not an address' })).status,
    ).toBe(400);
    const set = await clients.supervisor!.put('/api/notifications/email', {
      email: 'olena.supervisor@agency.test',
    });
    expect(set.status).toBe(200);
    expect((await clients.supervisor!.get('/api/notifications/email')).body.email).toBe(
      'olena.supervisor@agency.test',
    );
    const stored = await server.ctx.database.db.selectFrom('user_emails').select('email').execute();
    expect(JSON.stringify(stored)).not.toContain('olena');
    await clients.worker!.put('/api/notifications/email', { email: 'worker@agency.test' });
  });

  it('sends a generic notice after the request, with no personal data, only to users with an address', async () => {
    const family = 'Kovalenko';
    const caseFile = await openCase(clients.worker!, family);
    const before = smtp.mails.length;
    // The worker asks; the supervisor (with an address) and the coordinator (without) are notified.
    const approval = await server.ctx.database.db.transaction().execute((trx) =>
      requestApproval(server.ctx, trx, asPrincipal('worker'), actor('worker'), {
        kind: TEST_KIND,
        caseId: caseFile.id,
        subjectId: crypto.randomUUID(),
      }),
    );
    // Any write request wakes the mailer once it has answered; here, the worker marking things read.
    await clients.worker!.post('/api/notifications/read-all');
    const mail = await waitFor(() =>
      smtp.mails.slice(before).find((m) => m.to === 'olena.supervisor@agency.test'),
    );
    expect(mail.from).toBe('haven@node.test');
    expect(mail.auth).toBe('\0haven@node\0päss');
    const body = bodyOf(mail.data);
    expect(body).toContain('https://haven.example.org/inbox');
    // The line end before the closing dot belongs to the SMTP end-of-data marker.
    expect(body.trimEnd()).toBe(noticeText('en', 'https://haven.example.org').text.trimEnd());
    for (const secret of [
      family,
      caseFile.code,
      caseFile.id,
      approval.id,
      TEST_KIND,
      'approval',
      'Test supervisor',
    ])
      expect(`${mail.data}\n${body}`).not.toContain(secret);
    const statesOf = async () =>
      Object.fromEntries(
        (
          await server.ctx.database.db
            .selectFrom('notifications')
            .select(['user_id', 'email_state'])
            .where('subject_id', '=', approval.id)
            .execute()
        ).map((r) => [r.user_id, r.email_state]),
      );
    // The mailer marks the notice once the server has closed the conversation.
    const byUser = await waitFor(async () => {
      const states = await statesOf();
      return states[accounts.supervisor!.id] === 'sending' ? undefined : states;
    });
    expect(byUser[accounts.supervisor!.id]).toBe('sent');
    expect(byUser[accounts.coordinator!.id]).toBe('skipped');
    expect(smtp.mails.slice(before).filter((m) => m.to !== 'olena.supervisor@agency.test')).toEqual([]);
  });

  it('answers in the recipient language; a refused address is logged as failed, never failing the request', async () => {
    expect(noticeText('uk', 'https://h.example').subject).toBe('Новий запис у Haven');
    expect(noticeText('ro', 'https://h.example').text).toContain('Autentificați-vă');
    await clients.worker!.put('/api/notifications/email', { email: 'worker@refused.test' });
    const caseFile = await openCase(clients.supervisor!);
    const approval = await server.ctx.database.db.transaction().execute((trx) =>
      requestApproval(server.ctx, trx, asPrincipal('supervisor'), actor('supervisor'), {
        kind: TEST_KIND,
        caseId: caseFile.id,
        subjectId: crypto.randomUUID(),
      }),
    );
    // The worker cannot decide (no closure role): the coordinator decides and the supervisor is told.
    const before = smtp.mails.length;
    const coordinator = clients.coordinator!;
    const decided = await coordinator.post(
      `/api/approvals/${approval.id}/decision`,
      { decision: 'approved' },
      { 'if-match': '"1"' },
    );
    expect(decided.status).toBe(200);
    await waitFor(() => smtp.mails.slice(before).find((m) => m.to === 'olena.supervisor@agency.test'));
    // And a notice to the refused address ends as failed.
    await notify(server.ctx.database.db, {
      recipients: [accounts.worker!.id],
      kind: 'inbox.overdue-reminder',
      subjectType: 'test',
      subjectId: 'refused-1',
    });
    expect((await clients.worker!.post('/api/notifications/read-all')).status).toBe(200);
    const state = await waitFor(async () => {
      const row = await server.ctx.database.db
        .selectFrom('notifications')
        .select('email_state')
        .where('subject_id', '=', 'refused-1')
        .executeTakeFirst();
      return row?.email_state === 'pending' || row?.email_state === 'sending' ? undefined : row?.email_state;
    });
    expect(state).toBe('failed');
  });

  it('reminds once a day, by e-mail, whoever has overdue work in reach — and nobody else', async () => {
    const db = server.ctx.database.db;
    await clients.colleague!.put('/api/notifications/email', { email: 'colleague@agency.test' });
    await clients.elsewhere!.put('/api/notifications/email', { email: 'elsewhere@agency.test' });
    const remindersOf = async (userId: string) =>
      db
        .selectFrom('notifications')
        .select(['subject_id', 'email_state'])
        .where('user_id', '=', userId)
        .where('kind', '=', OVERDUE_REMINDER_KIND)
        .execute();
    const now = new Date();
    await remindOfOverdueWork(server.ctx, server.app.log, now);
    // The colleague (own cases only) has nothing overdue yet: no reminder.
    expect(await remindersOf(accounts.colleague!.id)).toEqual([]);

    const late = await openCase(clients.colleague!);
    await db
      .updateTable('cases')
      .set({ next_deadline: sql`current_date - 1` as never })
      .where('id', '=', late.id)
      .execute();
    const before = smtp.mails.length;
    expect(await remindOfOverdueWork(server.ctx, server.app.log, now)).toBeGreaterThanOrEqual(1);
    const made = await remindersOf(accounts.colleague!.id);
    expect(made).toHaveLength(1);
    // Another agency's supervisor, with an address too, reaches nothing overdue: no reminder.
    expect(await remindersOf(accounts.elsewhere!.id)).toEqual([]);
    // Once a day: a second run the same day adds nothing; the next day reminds again.
    await remindOfOverdueWork(server.ctx, server.app.log, now);
    expect(await remindersOf(accounts.colleague!.id)).toHaveLength(1);
    await remindOfOverdueWork(server.ctx, server.app.log, new Date(now.getTime() + 86_400_000));
    expect(await remindersOf(accounts.colleague!.id)).toHaveLength(2);

    // The mailer sends it like any notice: generic, no case details.
    await clients.colleague!.post('/api/notifications/read-all');
    const mail = await waitFor(() => smtp.mails.slice(before).find((m) => m.to === 'colleague@agency.test'));
    expect(mail.data).not.toContain(late.code);
    expect(smtp.mails.slice(before).some((m) => m.to === 'elsewhere@agency.test')).toBe(false);
  });

  it('sends nothing from a node without SMTP settings', async () => {
    plain = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
    expect(plain.ctx.config.smtp).toBeNull();
    const agency = await makeAgency(plain.ctx, { unitCodes: [firstDistrictOf('UA-30')] });
    const a = await makeUser(plain.ctx, { role: 'supervisor', scope: 'agency', agencyId: agency });
    const client = new ApiClient(plain.url);
    await client.login(a.username, a.password);
    await client.put('/api/notifications/email', { email: 'plain@agency.test' });
    const before = smtp.mails.length;
    await notify(plain.ctx.database.db, {
      recipients: [a.id],
      kind: 'inbox.overdue-reminder',
      subjectType: 'test',
      subjectId: 'p-1',
    });
    await client.post('/api/notifications/read-all');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.mails.length).toBe(before);
  });
});

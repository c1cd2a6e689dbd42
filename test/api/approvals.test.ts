import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApprovalDecision,
  type ApprovalKind,
  type ApprovalRow,
  approvalsForSubject,
  registerApprovalKind,
  requestApproval,
  withdrawPendingApprovals,
} from '../../src/server/approvals/approvals.service.ts';
import type { SignedInUser } from '../../src/server/auth/authenticate.ts';
import { FieldCipher } from '../../src/server/crypto/field-cipher.ts';
import { parseKeyRing } from '../../src/server/crypto/key-ring.ts';
import { rotateKeys } from '../../src/server/crypto/key-rotation.ts';
import { AppError } from '../../src/server/errors.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// The four-eyes mechanism, tested with a kind that exists only here: the areas register the real ones.
const TEST_KIND = 'test-review' as ApprovalKind;
const decisions: Array<{ id: string; decision: ApprovalDecision; by: string }> = [];
let refuseNext = false;
/** The test kind's authors and editors, per subject: the mechanism must refuse them as deciders. */
const writersOf = new Map<string, string[]>();
registerApprovalKind(TEST_KIND, {
  decideAction: 'cases.approve-closure',
  conflictedUsers: async (_ctx, _db, approval) => writersOf.get(approval.subject_id) ?? [],
  async onDecision(_ctx, _trx, approval: ApprovalRow, decision, decider) {
    if (refuseNext) {
      refuseNext = false;
      throw new AppError('conflict', 'The subject changed.');
    }
    decisions.push({ id: approval.id, decision, by: decider.userId });
  },
});

let server: TestServer;
let agencyId: string;
type Account = { id: string; username: string; password: string };
const accounts: Record<string, Account> = {};
const clients: Record<string, ApiClient> = {};

async function signIn(name: string, account: Account) {
  accounts[name] = account;
  const client = new ApiClient(server.url);
  expect((await client.login(account.username, account.password)).status).toBe(200);
  clients[name] = client;
}

function principalOf(name: string): SignedInUser {
  return { userId: accounts[name]!.id, agencyId } as SignedInUser;
}
const actor = (name: string) => ({ userId: accounts[name]!.id, agencyId, requestId: null });

async function openCase(): Promise<string> {
  const created = await clients.worker!.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Approval', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: firstDistrictOf('UA-30') },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

async function request(caseId: string, subjectId = crypto.randomUUID(), by = 'requester') {
  return server.ctx.database.db
    .transaction()
    .execute((trx) =>
      requestApproval(server.ctx, trx, principalOf(by), actor(by), { kind: TEST_KIND, caseId, subjectId }),
    );
}

const decide = (who: string, id: string, body: unknown, version: string | null = '"1"') =>
  clients[who]!.post(`/api/approvals/${id}/decision`, body, version ? { 'if-match': version } : {});

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  agencyId = await makeAgency(server.ctx, { unitCodes: [firstDistrictOf('UA-30')] });
  const otherAgency = await makeAgency(server.ctx, { unitCodes: [firstDistrictOf('UA-46')] });
  await signIn('worker', await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId }));
  // The requester is a supervisor too: holding the deciding role does not let them decide their own request.
  await signIn('requester', await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId }));
  await signIn('supervisor', await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId }));
  await signIn(
    'elsewhere',
    await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId: otherAgency }),
  );
  await signIn(
    'otherRegion',
    await makeUser(server.ctx, {
      role: 'localcoord',
      scope: 'region',
      unitCode: 'UA-46',
      agencyId: otherAgency,
    }),
  );
});
afterAll(() => server.close());

describe('approvals: one four-eyes mechanism', () => {
  it('lists a pending request only for those who may decide it, never for the requester', async () => {
    const caseId = await openCase();
    const approval = await request(caseId);
    expect(approval.status).toBe('pending');
    const mine = await clients.supervisor!.get(`/api/approvals?kind=${TEST_KIND}`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((a: { id: string }) => a.id)).toContain(approval.id);
    expect(mine.body.items.find((a: { id: string }) => a.id === approval.id)).toMatchObject({
      caseId,
      kind: TEST_KIND,
      status: 'pending',
      mayDecide: true,
      requestedBy: accounts.requester!.id,
    });
    for (const who of ['requester', 'worker', 'elsewhere', 'otherRegion']) {
      const list = await clients[who]!.get('/api/approvals');
      expect(list.status).toBe(200);
      expect(list.body.items.map((a: { id: string }) => a.id)).not.toContain(approval.id);
    }
    const other = await clients.supervisor!.get('/api/approvals?kind=assistance-plan');
    expect(other.body.items.map((a: { id: string }) => a.id)).not.toContain(approval.id);
  });

  it('refuses the requester (409 four_eyes), out of scope (404) and without the deciding role (403)', async () => {
    const approval = await request(await openCase());
    const own = await decide('requester', approval.id, { decision: 'approved' });
    expect(own.status).toBe(409);
    expect(own.body.error.code).toBe('four_eyes');
    for (const who of ['elsewhere', 'otherRegion']) {
      const out = await decide(who, approval.id, { decision: 'approved' });
      expect(out.status).toBe(404);
      expect((await clients[who]!.get(`/api/approvals/${approval.id}`)).status).toBe(404);
    }
    const worker = await decide('worker', approval.id, { decision: 'approved' });
    expect(worker.status).toBe(403);
    expect(
      (await approvalsForSubject(server.ctx.database.db, TEST_KIND, approval.subject_id))[0]!.status,
    ).toBe('pending');
  });

  it('refuses whoever the kind names as an author or editor of the subject, and does not offer it to them', async () => {
    const approval = await request(await openCase());
    writersOf.set(approval.subject_id, [accounts.supervisor!.id]);
    const list = await clients.supervisor!.get('/api/approvals');
    expect(list.body.items.map((a: { id: string }) => a.id)).not.toContain(approval.id);
    const own = await decide('supervisor', approval.id, { decision: 'approved' });
    expect(own.status).toBe(409);
    expect(own.body.error.code).toBe('four_eyes');
    const shown = await clients.supervisor!.get(`/api/approvals/${approval.id}`);
    expect(shown.body.mayDecide).toBe(false);
    writersOf.delete(approval.subject_id);
    expect((await decide('supervisor', approval.id, { decision: 'approved' })).status).toBe(200);
  });

  it('needs If-Match (428), refuses a stale version (412) and a rejection without a reason (400)', async () => {
    const approval = await request(await openCase());
    expect((await decide('supervisor', approval.id, { decision: 'approved' }, null)).status).toBe(428);
    expect((await decide('supervisor', approval.id, { decision: 'approved' }, '"7"')).status).toBe(412);
    const noReason = await decide('supervisor', approval.id, { decision: 'rejected' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].path).toBe('body.reason');
    expect((await decide('supervisor', approval.id, { decision: 'rejected', reason: '   ' })).status).toBe(
      400,
    );
    const read = await clients.supervisor!.get(`/api/approvals/${approval.id}`);
    expect(read.headers.get('etag')).toBe('"1"');
  });

  it('records a rejection with its reason (encrypted, not audited), runs the handler and notifies the requester', async () => {
    const caseId = await openCase();
    const approval = await request(caseId);
    const reason = 'Ціль 2 не має відповідальної установи';
    const rejected = await decide('supervisor', approval.id, { decision: 'rejected', reason });
    expect(rejected.status).toBe(200);
    expect(rejected.headers.get('etag')).toBe('"2"');
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      reason,
      decidedBy: accounts.supervisor!.id,
      mayDecide: false,
      version: 2,
    });
    expect(rejected.body.decidedAt).toBeTruthy();
    expect(decisions).toContainEqual({ id: approval.id, decision: 'rejected', by: accounts.supervisor!.id });
    const stored = await server.ctx.database.db
      .selectFrom('approvals')
      .select('reason')
      .where('id', '=', approval.id)
      .executeTakeFirstOrThrow();
    expect(stored.reason).not.toContain('Ціль');
    const audited = await server.ctx.database.db
      .selectFrom('audit_log')
      .select(['details', 'entity_id'])
      .where('action', '=', 'approval.decide')
      .execute();
    const entry = audited.find((a) => (a.details as { approvalId?: string }).approvalId === approval.id);
    expect(entry).toMatchObject({ entity_id: caseId, details: { decision: 'rejected', kind: TEST_KIND } });
    expect(JSON.stringify(audited)).not.toContain('Ціль');
    // Decided once: a second decision is a conflict.
    expect((await decide('supervisor', approval.id, { decision: 'approved' }, '"2"')).status).toBe(409);
    const requesterNotes = await clients.requester!.get('/api/notifications');
    expect(requesterNotes.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'approvals.decided',
        subjectType: 'approval',
        subjectId: approval.id,
        caseId,
      }),
    );
    const history = await clients.worker!.get(`/api/cases/${caseId}/approvals`);
    expect(history.status).toBe(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({ id: approval.id, status: 'rejected', reason }),
    ]);
    expect((await clients.elsewhere!.get(`/api/cases/${caseId}/approvals`)).status).toBe(404);
  });

  it('approves; a refusal by the handler rolls the decision back', async () => {
    const approval = await request(await openCase());
    refuseNext = true;
    const refused = await decide('supervisor', approval.id, { decision: 'approved' });
    expect(refused.status).toBe(409);
    expect((await clients.supervisor!.get(`/api/approvals/${approval.id}`)).body.status).toBe('pending');
    const approved = await decide('supervisor', approval.id, { decision: 'approved' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', reason: null });
  });

  it('keeps one pending request per subject: a new request withdraws the old; withdrawal is explicit too', async () => {
    const caseId = await openCase();
    const subjectId = crypto.randomUUID();
    const first = await request(caseId, subjectId);
    const second = await request(caseId, subjectId);
    const rows = await approvalsForSubject(server.ctx.database.db, TEST_KIND, subjectId);
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [first.id, 'withdrawn'],
      [second.id, 'pending'],
    ]);
    expect((await decide('supervisor', first.id, { decision: 'approved' }, '"2"')).status).toBe(409);
    await withdrawPendingApprovals(server.ctx.database.db, TEST_KIND, subjectId);
    expect((await approvalsForSubject(server.ctx.database.db, TEST_KIND, subjectId)).at(-1)!.status).toBe(
      'withdrawn',
    );
  });

  it('notifies the deciders in reach of a new request, and nobody else', async () => {
    const approval = await request(await openCase());
    const has = async (who: string) =>
      (
        (await clients[who]!.get('/api/notifications?pageSize=100')).body.items as Array<{
          subjectId: string;
          kind: string;
        }>
      ).some((n) => n.subjectId === approval.id && n.kind === 'approvals.requested');
    expect(await has('supervisor')).toBe(true);
    for (const who of ['requester', 'worker', 'elsewhere', 'otherRegion']) expect(await has(who)).toBe(false);
  });

  it('fails loudly when a kind has no handler', async () => {
    const caseId = await openCase();
    await expect(
      server.ctx.database.db.transaction().execute((trx) =>
        requestApproval(server.ctx, trx, principalOf('requester'), actor('requester'), {
          kind: 'no-such-kind' as ApprovalKind,
          caseId,
          subjectId: crypto.randomUUID(),
        }),
      ),
    ).rejects.toThrow(/No handler is registered/);
  });

  // Last: the running server's cipher does not know the new key afterwards.
  it('key rotation re-encrypts rejection reasons and e-mail addresses', async () => {
    const db = server.ctx.database.db;
    expect(
      (await clients.supervisor!.put('/api/notifications/email', { email: 'rotate@agency.test' })).status,
    ).toBe(200);
    const keyFile = server.ctx.config.keyFile;
    const result = await rotateKeys(db, keyFile);
    const cipher = new FieldCipher(parseKeyRing(readFileSync(keyFile, 'utf8'), keyFile));
    const reasons = await db
      .selectFrom('approvals')
      .select('reason')
      .where('reason', 'is not', null)
      .execute();
    expect(reasons.length).toBeGreaterThan(0);
    for (const row of reasons) {
      expect(cipher.keyIdOf(row.reason!)).toBe(result.keyId);
      expect(cipher.decrypt(row.reason!, 'approvals.reason')).toContain('Ціль');
    }
    const emails = await db.selectFrom('user_emails').select('email').execute();
    expect(emails).toHaveLength(1);
    expect(cipher.keyIdOf(emails[0]!.email)).toBe(result.keyId);
    expect(cipher.decrypt(emails[0]!.email, 'user_emails.email')).toBe('rotate@agency.test');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFirstChainBreak } from '../../src/server/audit/audit.repository.ts';
import { setPeriod } from '../../src/server/retention/retention-settings.ts';
import { runRetention } from '../../src/server/retention/retention.service.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

// Retention (issue 10): legal holds set and lifted by oversight, and the job that anonymises closed
// cases past their period, refusing those on hold or with proceedings still open, keeping statistics
// and leaving the audit chain whole.

let server: TestServer;
let district: string;
let worker: ApiClient;
let supervisor: ApiClient;
let elsewhere: ApiClient;
const job = { userId: null, agencyId: null, requestId: 'retention-test' };
const years = (n: number) => new Date(Date.now() + n * 366 * 86_400_000);

async function client(account: { username: string; password: string }) {
  const c = new ApiClient(server.url);
  expect((await c.login(account.username, account.password)).status).toBe(200);
  return c;
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  const agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  worker = await client(await makeUser(server.ctx, { role: 'caseworker', scope: 'agency', agencyId }));
  supervisor = await client(await makeUser(server.ctx, { role: 'supervisor', scope: 'agency', agencyId }));
  elsewhere = await client(await makeUser(server.ctx, { role: 'supervisor', scope: 'agency' }));
});
afterAll(() => server.close());

/** A case with a name, a family member and a note, closed as 'not a victim' (three years by default). */
async function closedCase(options: { proceeding?: 'open' | 'closed' } = {}) {
  // Letters only (a name, not a number the search would read as a case code).
  const family = crypto
    .randomUUID()
    .slice(0, 8)
    .replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)] ?? 'q');
  const created = await worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Retention', family }],
      birthDate: { kind: 'exact', date: '2012-04-01' },
      documents: [{ type: 'passport', number: `AB${family}` }],
    },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: district, disability: 'hearing' },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  const caseId = created.body.id as string;
  expect(
    (
      await worker.post(`/api/cases/${caseId}/family`, {
        relation: 'mother',
        name: 'Mother of the child',
        implicated: false,
        safeContact: true,
      })
    ).status,
  ).toBe(201);
  expect(
    (await worker.post(`/api/cases/${caseId}/notes`, { class: 'general', text: 'Met at the station' }))
      .status,
  ).toBe(201);
  if (options.proceeding) {
    const opened = await worker.post(`/api/cases/${caseId}/justice/proceedings`, {
      articles: ['149'],
      childRole: 'witness',
      openedOn: '2025-01-10',
    });
    expect(opened.status).toBe(201);
    if (options.proceeding === 'closed') {
      const closed = await worker.post(
        `/api/cases/${caseId}/justice/proceedings/${opened.body.id}/stage`,
        { to: 'closed', on: '2025-02-01', outcome: 'closed-lack-of-evidence' },
        { 'if-match': opened.headers.get('etag')! },
      );
      expect(closed.status).toBe(200);
    }
  }
  const etag = (await worker.get(`/api/cases/${caseId}/status`)).headers.get('etag')!;
  const decided = await worker.post(
    `/api/cases/${caseId}/status-decisions`,
    {
      status: 'not-a-victim',
      decidingOrgType: 'Police',
      decidedOn: new Date().toISOString().slice(0, 10),
      reason: 'Screening found no indicators',
    },
    { 'if-match': etag },
  );
  expect(decided.status).toBe(200);
  return { caseId, family };
}

const caseRow = (id: string) =>
  server.ctx.database.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

async function hold(caseId: string) {
  return supervisor.post(`/api/cases/${caseId}/legal-holds`, {
    reason: 'Court order 12/2026 asks for the file',
  });
}

describe('legal holds', () => {
  it('are set and lifted by a supervisor in scope, with reasons, audited; never by the worker or another agency', async () => {
    const { caseId } = await closedCase();
    expect((await worker.post(`/api/cases/${caseId}/legal-holds`, { reason: 'I want it kept' })).status).toBe(
      403,
    );
    expect(
      (await elsewhere.post(`/api/cases/${caseId}/legal-holds`, { reason: 'Kept, please' })).status,
    ).toBe(404);
    expect((await supervisor.post(`/api/cases/${caseId}/legal-holds`, { reason: '' })).status).toBe(400);

    const set = await hold(caseId);
    expect(set.status).toBe(201);
    expect(set.body).toMatchObject({ active: true, reason: 'Court order 12/2026 asks for the file' });
    expect((await hold(caseId)).body.error.code).toBe('conflict');

    const lift = `/api/cases/${caseId}/legal-holds/${set.body.id}/lift`;
    expect((await supervisor.post(lift, { reason: 'Court returned the file' })).status).toBe(428);
    expect(
      (await supervisor.post(lift, { reason: 'Court returned the file' }, { 'if-match': '"9"' })).status,
    ).toBe(412);
    const lifted = await supervisor.post(
      lift,
      { reason: 'Court returned the file' },
      { 'if-match': set.headers.get('etag')! },
    );
    expect(lifted.status).toBe(200);
    expect(lifted.body).toMatchObject({ active: false, liftReason: 'Court returned the file' });

    const list = await supervisor.get(`/api/cases/${caseId}/legal-holds`);
    expect(list.body.items).toHaveLength(1);
    const actions = await server.ctx.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity_id', '=', caseId)
      .where('action', 'like', 'case.legal-hold.%')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'case.legal-hold.set',
      'case.legal-hold.lift',
      'case.legal-hold.list',
    ]);
    // The reason is encrypted at rest and never in the audit log.
    const stored = await server.ctx.database.db
      .selectFrom('case_legal_holds')
      .select('reason')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(stored.reason).not.toContain('Court');
    expect(JSON.stringify(actions)).not.toContain('Court');
  });
});

describe('the retention job', () => {
  it('anonymises a closed case past its period: identity, search keys and texts go, statistics and the audit chain stay', async () => {
    const { caseId, family } = await closedCase();
    const before = await caseRow(caseId);
    const auditBefore = await server.ctx.database.db
      .selectFrom('audit_log')
      .select(server.ctx.database.db.fn.countAll<number>().as('n'))
      .where('entity_id', '=', caseId)
      .executeTakeFirstOrThrow();

    const notYet = await runRetention(server.ctx, job, { now: years(2) });
    expect(notYet.anonymised).toBe(0);
    expect((await supervisor.get(`/api/cases/${caseId}`)).status).toBe(200);

    const dry = await runRetention(server.ctx, job, { now: years(4), dryRun: true });
    expect(dry.anonymised).toBeGreaterThanOrEqual(1);
    expect((await caseRow(caseId)).anonymised_at).toBeNull();

    const report = await runRetention(server.ctx, job, { now: years(4) });
    expect(report.byRecordType['case.not-a-victim']).toBeGreaterThanOrEqual(1);
    const after = await caseRow(caseId);
    expect(after.anonymised_at).not.toBeNull();
    // What statistics count is kept.
    expect({ ...after, anonymised_at: null }).toMatchObject({
      stage: before.stage,
      status: before.status,
      gender: before.gender,
      birth_year_from: 2012,
      unit_code: before.unit_code,
      exploitation_types: before.exploitation_types,
      created_at: before.created_at,
    });
    // Identity, search keys and the open details are gone; the texts are sealed empties.
    expect(after.name_keys).toEqual([]);
    expect(after.document_keys).toEqual([]);
    expect(after.name_birth_key).toBeNull();
    expect(JSON.stringify(after.open_identity)).not.toContain('hearing');
    const cipher = server.ctx.cipher;
    expect(cipher.decrypt(after.sensitive_identity, 'cases.sensitive_identity')).not.toContain(family);
    const note = await server.ctx.database.db
      .selectFrom('case_notes')
      .select('text')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(cipher.decrypt(note.text, 'case_notes.text')).toBe('');
    const member = await server.ctx.database.db
      .selectFrom('case_family_members')
      .select('name')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(cipher.decrypt(member.name, 'case_family_members.name')).toBe('');
    const reason = await server.ctx.database.db
      .selectFrom('case_actions')
      .select('reason')
      .where('case_id', '=', caseId)
      .where('type', '=', 'decide-not-victim')
      .executeTakeFirstOrThrow();
    expect(cipher.decrypt(reason.reason!, 'case_actions.reason')).toBe('');

    // The case answers as gone; no name search finds it any more.
    expect((await supervisor.get(`/api/cases/${caseId}`)).status).toBe(404);
    const search = await supervisor.get(`/api/cases?q=${encodeURIComponent(family)}`);
    expect(search.body.items, JSON.stringify(search.body)).toEqual([]);

    // Audit rows are all still there, one more records the anonymisation, and the chain verifies.
    const auditAfter = await server.ctx.database.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity_id', '=', caseId)
      .execute();
    expect(auditAfter.length).toBeGreaterThan(Number(auditBefore.n));
    expect(auditAfter.map((a) => a.action)).toContain('case.anonymise');
    expect((await findFirstChainBreak(server.ctx.database.db)).break).toBeNull();

    // Running again finds nothing left to do for it.
    const again = await runRetention(server.ctx, job, { now: years(4) });
    expect(again.refused.map((r) => r.caseId)).not.toContain(caseId);
    expect((await caseRow(caseId)).anonymised_at?.getTime()).toBe(after.anonymised_at?.getTime());
  });

  it('refuses a case on legal hold until the hold is lifted', async () => {
    const { caseId } = await closedCase();
    const set = await hold(caseId);
    const refused = await runRetention(server.ctx, job, { now: years(4) });
    expect(refused.refused).toContainEqual(expect.objectContaining({ caseId, reason: 'legal-hold' }));
    expect((await caseRow(caseId)).anonymised_at).toBeNull();
    await supervisor.post(
      `/api/cases/${caseId}/legal-holds/${set.body.id}/lift`,
      { reason: 'The court is done with it' },
      { 'if-match': set.headers.get('etag')! },
    );
    await runRetention(server.ctx, job, { now: years(4) });
    expect((await caseRow(caseId)).anonymised_at).not.toBeNull();
  });

  it('refuses a case whose criminal proceedings are still open, and keeps one with closed proceedings longer', async () => {
    const open = await closedCase({ proceeding: 'open' });
    const ended = await closedCase({ proceeding: 'closed' });
    // A case with proceedings is a 'case.justice' record: past the three years of 'not a victim', still kept.
    await runRetention(server.ctx, job, { now: years(4) });
    expect((await caseRow(ended.caseId)).anonymised_at).toBeNull();
    const at16 = await runRetention(server.ctx, job, { now: years(16) });
    expect(at16.refused).toContainEqual(
      expect.objectContaining({ caseId: open.caseId, reason: 'open-proceedings' }),
    );
    expect((await caseRow(open.caseId)).anonymised_at).toBeNull();
    expect((await caseRow(ended.caseId)).anonymised_at).not.toBeNull();
  });

  it('follows the node setting over the default, and keeps a type for life when told to', async () => {
    const { caseId } = await closedCase();
    await setPeriod(server.ctx.database.db, job, 'case.not-a-victim', null);
    try {
      const report = await runRetention(server.ctx, job, { now: years(50) });
      expect(report.keptForLife).toBeGreaterThanOrEqual(1);
      expect((await caseRow(caseId)).anonymised_at).toBeNull();
      await setPeriod(server.ctx.database.db, job, 'case.not-a-victim', 1);
      await runRetention(server.ctx, job, { now: years(2) });
      expect((await caseRow(caseId)).anonymised_at).not.toBeNull();
    } finally {
      await setPeriod(server.ctx.database.db, job, 'case.not-a-victim', undefined);
    }
  });
});

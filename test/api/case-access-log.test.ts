import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessKindOf } from '../../src/server/audit/access-kinds.ts';
import { makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let agencyId: string;
let caseId: string;
let worker: { id: string; username: string; password: string };
const clients: Record<string, ApiClient> = {};

async function signIn(user: { username: string; password: string }) {
  const client = new ApiClient(server.url);
  expect((await client.login(user.username, user.password)).status).toBe(200);
  return client;
}

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  agencyId = await makeAgency(server.ctx, { name: 'Kharkiv Children Service', unitCodes: ['UA-30'] });
  const elsewhere = await makeAgency(server.ctx, { unitCodes: ['UA-46'] });
  worker = await makeUser(server.ctx, { role: 'caseworker', scope: 'own', agencyId });
  const users = {
    worker,
    supervisor: await makeUser(server.ctx, { role: 'supervisor', agencyId }),
    coordinator: await makeUser(server.ctx, { role: 'coordinator', scope: 'country', agencyId: elsewhere }),
    strangerSupervisor: await makeUser(server.ctx, { role: 'supervisor', agencyId: elsewhere }),
    admin: await makeUser(server.ctx, { role: 'admin', scope: 'country', agencyId }),
  };
  for (const [name, user] of Object.entries(users)) clients[name] = await signIn(user);
  const created = await clients.worker!.post('/api/cases', {
    sensitive: { names: [{ given: 'Access', family: 'Logged' }], birthDate: { kind: 'unknown' } },
    identity: { gender: 'NonSpecifiedUnknown', presumedMinor: true, unitCode: 'UA-30' },
  });
  expect(created.status).toBe(201);
  caseId = created.body.id;
  expect((await clients.worker!.get(`/api/cases/${caseId}`)).status).toBe(200);
  expect((await clients.worker!.post(`/api/cases/${caseId}/reveal`)).status).toBe(200);
});
afterAll(() => server.close());

const logOf = (who: string, query = '') => clients[who]!.get(`/api/cases/${caseId}/access-log${query}`);

describe('case access log', () => {
  it('shows who created, read and revealed the case, by name and agency, newest first', async () => {
    const log = await logOf('supervisor');
    expect(log.status).toBe(200);
    const mine = log.body.items.filter((i: { actorId: string }) => i.actorId === worker.id);
    expect(mine.map((i: { action: string; kind: string }) => `${i.kind}:${i.action}`)).toEqual([
      'reveal:case.identity.reveal',
      'read:case.read',
      'change:case.create',
    ]);
    expect(mine[0]).toMatchObject({
      actorName: 'Test caseworker',
      actorUsername: worker.username,
      actorAgencyName: 'Kharkiv Children Service',
      entityType: 'case',
      outcome: 'success',
    });
    expect(log.body.total).toBe(log.body.items.length);
    expect(log.body.actors.map((a: { actorId: string }) => a.actorId)).toContain(worker.id);
  });

  it('filters by person, kind and period, pages and sorts', async () => {
    const reveals = await logOf('supervisor', '?kind=reveal');
    expect(reveals.body.items.map((i: { action: string }) => i.action)).toEqual(['case.identity.reveal']);
    const byWorker = await logOf('supervisor', `?userId=${worker.id}&sort=action&order=asc`);
    expect(byWorker.body.items.map((i: { action: string }) => i.action)).toEqual([
      'case.create',
      'case.identity.reveal',
      'case.read',
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await logOf('supervisor', `?userId=${worker.id}&from=${today}&to=${today}`)).body.total).toBe(3);
    expect((await logOf('supervisor', `?userId=${worker.id}&to=2020-01-01`)).body.total).toBe(0);
    const page2 = await logOf('supervisor', `?userId=${worker.id}&pageSize=2&page=2`);
    expect(page2.body.items.map((i: { action: string }) => i.action)).toEqual(['case.create']);
    expect(page2.body.total).toBe(3);
  });

  it('refuses bad filters with codes, not validator text', async () => {
    const backwards = await logOf('supervisor', '?from=2026-02-01&to=2026-01-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.code).toBe('validation_failed');
    expect(backwards.body.error.details[0].path).toBe('to');
    const unreal = await logOf('supervisor', '?from=2026-02-30');
    expect(unreal.status).toBe(400);
    expect((await logOf('supervisor', '?kind=peek')).status).toBe(400);
  });

  it('is audited itself, and the look shows in the log', async () => {
    await logOf('coordinator');
    const log = await logOf('supervisor', '?kind=read');
    expect(log.body.items.some((i: { action: string }) => i.action === 'case.access-log.read')).toBe(true);
  });

  it('answers 404 outside reach (and to admins, who hold no case data), and keeps the attempt', async () => {
    expect((await logOf('strangerSupervisor')).status).toBe(404);
    expect((await logOf('admin')).status).toBe(404);
    expect((await logOf('worker')).status).toBe(403);
    const denied = await logOf('supervisor', '?kind=read');
    expect(
      denied.body.items
        .filter((i: { outcome: string }) => i.outcome === 'denied')
        .map((i: { actorId: string }) => i.actorId).length,
    ).toBe(2);
    const unknown = await clients.supervisor!.get(
      '/api/cases/00000000-0000-4000-8000-000000000000/access-log',
    );
    expect(unknown.status).toBe(404);
  });

  it('exports the filtered log as CSV with formulas neutralised, audited as an export', async () => {
    // A display name typed by an administrator is text the spreadsheet must not run.
    const prankster = await makeUser(server.ctx, { role: 'supervisor', agencyId });
    await server.ctx.database.db
      .updateTable('users')
      .set({ display_name: '=HYPERLINK("http://x";"y")' })
      .where('id', '=', prankster.id)
      .execute();
    await (await signIn(prankster)).get(`/api/cases/${caseId}`);
    const theirs = await clients.supervisor!.get(
      `/api/cases/${caseId}/access-log/export.csv?userId=${prankster.id}`,
    );
    expect((theirs.body as string).split('\r\n')[1]).toMatch(/^[^,]+,"'=HYPERLINK\(""http:\/\/x"";""y""\)",/);
    const csv = await clients.supervisor!.get(
      `/api/cases/${caseId}/access-log/export.csv?userId=${worker.id}&separator=semicolon`,
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (csv.body as string)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('at;person;username;agency;kind;action;part;outcome;seq');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(';reveal;case.identity.reveal;case;success;');
    const exports = await logOf('supervisor', '?kind=export');
    expect(exports.body.items.map((i: { action: string }) => i.action)).toEqual([
      'case.access-log.export',
      'case.access-log.export',
    ]);
  });
});

describe('access kinds', () => {
  it('classify audited actions', () => {
    expect(accessKindOf('case.family.read')).toBe('read');
    expect(accessKindOf('case.list')).toBe('read');
    expect(accessKindOf('case.identity.reveal')).toBe('reveal');
    expect(accessKindOf('case.attachment.download')).toBe('export');
    expect(accessKindOf('case.access-log.export')).toBe('export');
    expect(accessKindOf('case.break-glass')).toBe('break-glass');
    expect(accessKindOf('case.break-glass.review')).toBe('break-glass');
    expect(accessKindOf('case.plan.update')).toBe('change');
    expect(accessKindOf('referral.send')).toBe('change');
  });
});

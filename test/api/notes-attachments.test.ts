import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldCipher } from '../../src/server/crypto/field-cipher.ts';
import { parseKeyRing } from '../../src/server/crypto/key-ring.ts';
import { rotateKeys } from '../../src/server/crypto/key-rotation.ts';
import { firstDistrictOf, makeAgency, makeUser } from '../helpers/factories.ts';
import { ApiClient } from '../helpers/http-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let district: string;
let agencyId: string;
let worker: ApiClient;
let police: ApiClient;
let outsider: ApiClient;

async function signedIn(options: Parameters<typeof makeUser>[1]) {
  const account = await makeUser(server.ctx, options);
  const client = new ApiClient(server.url);
  await client.login(account.username, account.password);
  return client;
}

async function openCase() {
  const created = await worker.post('/api/cases', {
    sensitive: {
      names: [{ given: 'Note', family: crypto.randomUUID().slice(0, 8) }],
      birthDate: { kind: 'unknown' },
    },
    identity: { gender: 'Feminine', presumedMinor: true, unitCode: district },
    duplicatesReviewed: true,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

/** Raw upload over real HTTP, with the client's session and CSRF cookies (ApiClient speaks JSON). */
async function upload(
  client: ApiClient,
  caseId: string,
  bytes: Buffer,
  contentType: string,
  query: { fileName: string; class: string },
  headers: Record<string, string> = {},
) {
  const response = await fetch(
    new URL(`/api/cases/${caseId}/attachments?${new URLSearchParams(query)}`, server.url),
    {
      method: 'POST',
      headers: {
        cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': client.cookies.get('haven_csrf') ?? '',
        'content-type': contentType,
        ...headers,
      },
      body: new Uint8Array(bytes),
    },
  );
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function download(client: ApiClient, caseId: string, attachmentId: string) {
  const response = await fetch(new URL(`/api/cases/${caseId}/attachments/${attachmentId}`, server.url), {
    headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);
const DOCX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.alloc(26),
  Buffer.from('[Content_Types].xml....word/document.xml', 'latin1'),
]);

beforeAll(async () => {
  server = await startTestServer({ HAVEN_MFA_REQUIRED_ROLES: 'none' });
  district = firstDistrictOf('UA-30');
  agencyId = await makeAgency(server.ctx, { unitCodes: [district] });
  worker = await signedIn({ role: 'caseworker', scope: 'agency', agencyId });
  police = await signedIn({
    role: 'police',
    scope: 'district',
    unitCode: district,
    agencyId: await makeAgency(server.ctx),
  });
  outsider = await signedIn({
    role: 'caseworker',
    scope: 'agency',
    agencyId: await makeAgency(server.ctx, { unitCodes: [firstDistrictOf('UA-46')] }),
  });
});
afterAll(() => server.close());

describe('notes', () => {
  it('keeps health notes from the police, who may still read and write general ones', async () => {
    const caseId = await openCase();
    const path = `/api/cases/${caseId}/notes`;
    const general = await worker.post(path, { class: 'general', text: 'Met the child at the bus station' });
    expect(general.status).toBe(201);
    expect(general.body).toMatchObject({
      class: 'general',
      text: 'Met the child at the bus station',
      authorName: 'Test caseworker',
    });
    expect((await worker.post(path, { class: 'health', text: 'Hepatitis B, under treatment' })).status).toBe(
      201,
    );
    expect((await worker.post(path, { class: 'justice', text: 'Statement taken on 3 May' })).status).toBe(
      201,
    );
    expect((await worker.get(path)).body.items.map((n: { class: string }) => n.class)).toEqual([
      'general',
      'health',
      'justice',
    ]);
    const seen = await police.get(path);
    expect(seen.status).toBe(200);
    expect(seen.body.items.map((n: { class: string }) => n.class)).toEqual(['general', 'justice']);
    expect(JSON.stringify(seen.body)).not.toContain('Hepatitis');
    const refused = await police.post(path, { class: 'health', text: 'Looks unwell' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await police.post(path, { class: 'general', text: 'Interviewed' })).status).toBe(201);
  });

  it('is append-only, encrypted, audited by id, and hidden from other agencies', async () => {
    const caseId = await openCase();
    const path = `/api/cases/${caseId}/notes`;
    const note = await worker.post(path, {
      class: 'exploitation',
      text: 'Recruited by Vasyl through Telegram',
    });
    expect((await worker.request('DELETE', `${path}/${note.body.id}`)).status).toBe(404);
    expect((await worker.patch(path, { text: 'x' })).status).toBe(405);
    const db = server.ctx.database.db;
    await expect(
      db.updateTable('case_notes').set({ class: 'general' }).where('id', '=', note.body.id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('case_notes').where('id', '=', note.body.id).execute()).rejects.toThrow(
      /append-only/,
    );
    const dump = await sql<{
      row: string;
    }>`select row_to_json(n)::text as row from case_notes n where case_id = ${caseId}`.execute(db);
    expect(dump.rows[0]!.row).not.toMatch(/Vasyl|Telegram/);
    const log = await db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity_id', '=', caseId)
      .execute();
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['case.note.create']));
    expect(JSON.stringify(log)).not.toMatch(/Vasyl|Telegram/);
    expect((await outsider.get(path)).status).toBe(404);
    expect((await outsider.post(path, { class: 'general', text: 'x' })).status).toBe(404);
  });

  it('names the wrong fields, and replays a create with the same Idempotency-Key', async () => {
    const caseId = await openCase();
    const path = `/api/cases/${caseId}/notes`;
    const bad = await worker.post(path, { class: 'secret', text: '', pinned: true });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body.class', 'body.text', 'body.pinned']),
    );
    const key = { 'idempotency-key': `note-${caseId}` };
    const first = await worker.post(path, { class: 'general', text: 'Once' }, key);
    const again = await worker.post(path, { class: 'general', text: 'Once' }, key);
    expect(again.body.id).toBe(first.body.id);
    expect((await worker.get(path)).body.items).toHaveLength(1);
  });
});

describe('attachments', () => {
  it('uploads, lists and downloads a file; every download is audited; nothing readable in the table', async () => {
    const caseId = await openCase();
    const fileName = 'Висновок лікаря — Олена.pdf';
    const saved = await upload(worker, caseId, PDF, 'application/pdf', { fileName, class: 'general' });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      fileName,
      contentType: 'application/pdf',
      size: PDF.length,
      class: 'general',
    });
    const list = await worker.get(`/api/cases/${caseId}/attachments`);
    expect(list.body.items).toEqual([saved.body]);
    const file = await download(worker, caseId, saved.body.id);
    expect(file.status).toBe(200);
    expect(file.bytes.equals(PDF)).toBe(true);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toMatch(
      /^attachment; filename=".*\.pdf"; filename\*=UTF-8''/,
    );
    expect(decodeURIComponent(file.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toBe(fileName);
    await download(worker, caseId, saved.body.id);
    const db = server.ctx.database.db;
    const downloads = await db
      .selectFrom('audit_log')
      .select(['details', 'actor_id'])
      .where('entity_id', '=', caseId)
      .where('action', '=', 'case.attachment.download')
      .execute();
    expect(downloads).toHaveLength(2);
    expect(downloads[0]!.details).toMatchObject({ attachmentId: saved.body.id });
    const txt = await upload(
      worker,
      caseId,
      Buffer.from('Свідчення дитини: працювала на фермі'),
      'text/plain; charset=utf-8',
      {
        fileName: 'svidchennia.txt',
        class: 'justice',
      },
    );
    expect(txt.status).toBe(201);
    const docx = await upload(
      worker,
      caseId,
      DOCX,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      { fileName: 'plan.docx', class: 'general' },
    );
    expect(docx.status).toBe(201);
    const dump = await sql<{ row: string }>`
      select row_to_json(a)::text as row from case_attachments a where case_id = ${caseId}
      union all select row_to_json(c)::text from case_attachment_contents c
        join case_attachments a on a.id = c.attachment_id where a.case_id = ${caseId}`.execute(db);
    const text = dump.rows.map((r) => r.row).join('\n');
    for (const secret of [
      'Висновок',
      'Олена',
      'svidchennia',
      'plan.docx',
      'Свідчення',
      PDF.toString('base64').slice(0, 12),
      'JVBERi',
    ])
      expect(text).not.toContain(secret);
    const log = await db.selectFrom('audit_log').select('details').where('entity_id', '=', caseId).execute();
    expect(JSON.stringify(log)).not.toMatch(/Висновок|svidchennia|Свідчення/);
  });

  it('sniffs the bytes: a PNG declared as PDF is refused; unknown types and JSON get 415', async () => {
    const caseId = await openCase();
    const lying = await upload(worker, caseId, PNG, 'application/pdf', {
      fileName: 'scan.pdf',
      class: 'general',
    });
    expect(lying.status).toBe(415);
    expect(lying.body.error).toMatchObject({
      code: 'content_type_mismatch',
      details: { declared: 'application/pdf', detected: 'image/png' },
    });
    expect(
      (await upload(worker, caseId, PNG, 'image/png', { fileName: 'scan.png', class: 'general' })).status,
    ).toBe(201);
    const exe = await upload(
      worker,
      caseId,
      Buffer.from('MZ\x90\x00', 'latin1'),
      'application/x-msdownload',
      {
        fileName: 'a.exe',
        class: 'general',
      },
    );
    expect(exe.status).toBe(415);
    expect(exe.body.error.code).toBe('unsupported_media_type');
    expect(
      (await worker.post(`/api/cases/${caseId}/attachments?fileName=a.txt&class=general`, { a: 1 })).status,
    ).toBe(415);
    const badQuery = await upload(worker, caseId, PDF, 'application/pdf', {
      fileName: '../etc/passwd',
      class: 'secret',
    });
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['querystring.fileName', 'querystring.class']),
    );
    expect((await worker.get(`/api/cases/${caseId}/attachments`)).body.items).toHaveLength(1);
  });

  it('refuses a file over 10 MiB with 413', async () => {
    const caseId = await openCase();
    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length, 0x20)]);
    const answer = await upload(worker, caseId, big, 'application/pdf', {
      fileName: 'big.pdf',
      class: 'general',
    });
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('payload_too_large');
    const exact = big.subarray(0, 10 * 1024 * 1024);
    expect(
      (await upload(worker, caseId, exact, 'application/pdf', { fileName: 'max.pdf', class: 'general' }))
        .status,
    ).toBe(201);
  });

  it('binds classes to field groups and scope: police neither see nor add health files; other agencies get 404', async () => {
    const caseId = await openCase();
    const health = await upload(worker, caseId, PDF, 'application/pdf', {
      fileName: 'medical.pdf',
      class: 'health',
    });
    expect(health.status).toBe(201);
    expect((await police.get(`/api/cases/${caseId}/attachments`)).body.items).toEqual([]);
    expect((await download(police, caseId, health.body.id)).status).toBe(404);
    expect(
      (await upload(police, caseId, PDF, 'application/pdf', { fileName: 'm.pdf', class: 'health' })).status,
    ).toBe(403);
    expect(
      (await upload(police, caseId, PDF, 'application/pdf', { fileName: 'r.pdf', class: 'justice' })).status,
    ).toBe(201);
    expect((await outsider.get(`/api/cases/${caseId}/attachments`)).status).toBe(404);
    expect((await download(outsider, caseId, health.body.id)).status).toBe(404);
    expect(
      (await upload(outsider, caseId, PDF, 'application/pdf', { fileName: 'x.pdf', class: 'general' }))
        .status,
    ).toBe(404);
  });

  it('replays an upload with the same Idempotency-Key', async () => {
    const caseId = await openCase();
    const key = { 'idempotency-key': `upload-${caseId}` };
    const query = { fileName: 'once.png', class: 'general' };
    const first = await upload(worker, caseId, PNG, 'image/png', query, key);
    const again = await upload(worker, caseId, PNG, 'image/png', query, key);
    expect(again.body.id).toBe(first.body.id);
    const other = await upload(worker, caseId, PDF, 'application/pdf', query, key);
    expect(other.status).toBe(422);
    expect((await worker.get(`/api/cases/${caseId}/attachments`)).body.items).toHaveLength(1);
  });
});

// Last: after rotation the running server's key ring no longer holds the current key.
describe('key rotation', () => {
  it('re-seals notes, file names and file contents through the append-only guards', async () => {
    const caseId = await openCase();
    await worker.post(`/api/cases/${caseId}/notes`, { class: 'general', text: 'Before rotation' });
    const saved = await upload(worker, caseId, PDF, 'application/pdf', {
      fileName: 'rotated.pdf',
      class: 'general',
    });
    const db = server.ctx.database.db;
    const keyFile = server.ctx.config.keyFile;
    const { keyId } = await rotateKeys(db, keyFile);
    const cipher = new FieldCipher(parseKeyRing(readFileSync(keyFile, 'utf8'), keyFile));
    const note = await db
      .selectFrom('case_notes')
      .select('text')
      .where('case_id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(cipher.keyIdOf(note.text)).toBe(keyId);
    expect(cipher.decrypt(note.text, 'case_notes.text')).toBe('Before rotation');
    const meta = await db
      .selectFrom('case_attachments')
      .select('file_name')
      .where('id', '=', saved.body.id)
      .executeTakeFirstOrThrow();
    expect(cipher.decrypt(meta.file_name, 'case_attachments.file_name')).toBe('rotated.pdf');
    const content = await db
      .selectFrom('case_attachment_contents')
      .select('content')
      .where('attachment_id', '=', saved.body.id)
      .executeTakeFirstOrThrow();
    expect(
      Buffer.from(cipher.decrypt(content.content, 'case_attachment_contents.content'), 'base64').equals(PDF),
    ).toBe(true);
  });
});

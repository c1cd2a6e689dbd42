import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { fieldGroupsOnCase, loadCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, notFound, validationFailed } from '../errors.ts';
import { assertClassAllowed, classesOf, type RecordClass } from '../notes/record-classes.ts';
import * as repo from './attachments.repository.ts';
import { type Attachment, MAX_ATTACHMENT_BYTES } from './attachments.schemas.ts';
import { ALLOWED_TYPES, type AllowedType, sniffContentType } from './sniff.ts';

type Db = Kysely<DatabaseSchema>;
const NAME_CONTEXT = 'case_attachments.file_name';
const CONTENT_CONTEXT = 'case_attachment_contents.content';

/** Keyed digest of the bytes: checks integrity on download, yet confirms nothing to whoever holds a dump. */
function contentDigest(ctx: AppContext, bytes: Buffer): string {
  return ctx.cipher.blindIndex(createHash('sha256').update(bytes).digest('hex'), 'attachment-content');
}

function toAttachment(ctx: AppContext, row: repo.AttachmentRow): Attachment {
  return {
    id: row.id,
    fileName: ctx.cipher.decrypt(row.file_name, NAME_CONTEXT),
    contentType: row.content_type,
    size: row.size,
    class: row.class as RecordClass,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at.toISOString(),
  };
}

export async function listAttachments(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
) {
  const db = ctx.database.db;
  const file = await loadCase(ctx, db, principal, caseId);
  const classes = classesOf(fieldGroupsOnCase(ctx, principal, file));
  const rows = await repo.listAttachments(db, caseId, classes);
  await audit(db, actor, {
    action: 'case.attachments.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: rows.length, classes },
  });
  return rows.map((row) => toAttachment(ctx, row));
}

/** Checks in order: scope, the class's field group, then the bytes against the declared type. */
export async function uploadAttachment(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: { fileName: string; class: RecordClass; declaredType: AllowedType | null; content: unknown },
): Promise<Attachment> {
  const file = await loadCase(ctx, trx, principal, caseId, 'cases.update');
  assertClassAllowed(fieldGroupsOnCase(ctx, principal, file), input.class);
  if (input.declaredType === null || !Buffer.isBuffer(input.content))
    throw new AppError(
      'unsupported_media_type',
      `Send the file itself as the body, with its content-type: ${Object.values(ALLOWED_TYPES).join(', ')}.`,
      { allowed: Object.keys(ALLOWED_TYPES) },
    );
  const bytes = input.content;
  if (bytes.length === 0)
    throw validationFailed([{ path: 'body', code: 'file_empty', message: 'The file is empty.' }]);
  if (bytes.length > MAX_ATTACHMENT_BYTES)
    throw new AppError('payload_too_large', 'A file may be at most 10 MiB.');
  const detected = sniffContentType(bytes);
  if (detected !== input.declaredType)
    throw new AppError('content_type_mismatch', 'The file’s content does not match its declared type.', {
      declared: input.declaredType,
      detected,
    });
  const id = randomUUID();
  await repo.insertAttachment(
    trx,
    {
      id,
      case_id: caseId,
      class: input.class,
      file_name: ctx.cipher.encrypt(input.fileName, NAME_CONTEXT),
      content_type: detected,
      size: bytes.length,
      sha256: contentDigest(ctx, bytes),
      uploaded_by: principal.userId,
    },
    ctx.cipher.encrypt(bytes.toString('base64'), CONTENT_CONTEXT),
  );
  await audit(trx, actor, {
    action: 'case.attachment.upload',
    entityType: 'case',
    entityId: caseId,
    details: { attachmentId: id, class: input.class, contentType: detected, size: bytes.length },
  });
  return toAttachment(ctx, (await repo.findAttachment(trx, caseId, id))!);
}

/** Every download is audited; a class the caller may not read answers like a missing file. */
export async function downloadAttachment(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  attachmentId: string,
) {
  const db = ctx.database.db;
  const file = await loadCase(ctx, db, principal, caseId);
  const row = await repo.findAttachment(db, caseId, attachmentId);
  if (!row || !classesOf(fieldGroupsOnCase(ctx, principal, file)).includes(row.class as RecordClass))
    throw notFound('The attachment');
  const sealed = await repo.attachmentContent(db, attachmentId);
  if (sealed === undefined) throw notFound('The attachment');
  const bytes = Buffer.from(ctx.cipher.decrypt(sealed, CONTENT_CONTEXT), 'base64');
  if (contentDigest(ctx, bytes) !== row.sha256)
    throw new Error('Attachment content failed its integrity check');
  await audit(db, actor, {
    action: 'case.attachment.download',
    entityType: 'case',
    entityId: caseId,
    details: { attachmentId, class: row.class, size: row.size },
  });
  return { meta: toAttachment(ctx, row), bytes };
}

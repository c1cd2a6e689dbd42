import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { fieldGroupsOnCase, loadCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import * as repo from './notes.repository.ts';
import type { Note } from './notes.schemas.ts';
import { assertClassAllowed, classesOf, type RecordClass } from './record-classes.ts';

type Db = Kysely<DatabaseSchema>;
const TEXT_CONTEXT = 'case_notes.text';

function toNote(ctx: AppContext, row: repo.NoteRow): Note {
  return {
    id: row.id,
    class: row.class as RecordClass,
    text: ctx.cipher.decrypt(row.text, TEXT_CONTEXT),
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at.toISOString(),
  };
}

/** Only the classes the caller's field groups allow; the others are not even counted. */
export async function listNotes(ctx: AppContext, principal: SignedInUser, actor: Actor, caseId: string) {
  const db = ctx.database.db;
  const file = await loadCase(ctx, db, principal, caseId);
  const classes = classesOf(fieldGroupsOnCase(ctx, principal, file));
  const rows = await repo.listNotes(db, caseId, classes);
  await audit(db, actor, {
    action: 'case.notes.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: rows.length, classes },
  });
  return rows.map((row) => toNote(ctx, row));
}

/** Notes are append-only: a correction is a new note. */
export async function addNote(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: { class: RecordClass; text: string },
): Promise<Note> {
  const file = await loadCase(ctx, trx, principal, caseId, 'cases.update');
  assertClassAllowed(fieldGroupsOnCase(ctx, principal, file), input.class);
  const id = randomUUID();
  await repo.insertNote(trx, {
    id,
    case_id: caseId,
    class: input.class,
    text: ctx.cipher.encrypt(input.text, TEXT_CONTEXT),
    author_id: principal.userId,
  });
  await audit(trx, actor, {
    action: 'case.note.create',
    entityType: 'case',
    entityId: caseId,
    details: { noteId: id, class: input.class },
  });
  return toNote(ctx, (await repo.findNote(trx, id))!);
}

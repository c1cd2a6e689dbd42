import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

function withAuthor(db: Db) {
  return db
    .selectFrom('case_notes')
    .leftJoin('users', 'users.id', 'case_notes.author_id')
    .selectAll('case_notes')
    .select('users.display_name as author_name');
}

export async function listNotes(db: Db, caseId: string, classes: string[]) {
  return withAuthor(db)
    .where('case_notes.case_id', '=', caseId)
    .where('case_notes.class', 'in', classes)
    .orderBy('case_notes.created_at')
    .orderBy('case_notes.id')
    .execute();
}

export async function findNote(db: Db, id: string) {
  return withAuthor(db).where('case_notes.id', '=', id).executeTakeFirst();
}
export type NoteRow = NonNullable<Awaited<ReturnType<typeof findNote>>>;

export async function insertNote(
  db: Db,
  row: { id: string; case_id: string; class: string; text: string; author_id: string },
) {
  await db.insertInto('case_notes').values(row).execute();
}

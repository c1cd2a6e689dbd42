import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

export async function listAttachments(db: Db, caseId: string, classes: string[]) {
  return db
    .selectFrom('case_attachments')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('class', 'in', classes)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export async function findAttachment(db: Db, caseId: string, id: string) {
  return db
    .selectFrom('case_attachments')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type AttachmentRow = NonNullable<Awaited<ReturnType<typeof findAttachment>>>;

export async function attachmentContent(db: Db, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('case_attachment_contents')
    .select('content')
    .where('attachment_id', '=', id)
    .executeTakeFirst();
  return row?.content;
}

export async function insertAttachment(
  db: Db,
  row: {
    id: string;
    case_id: string;
    class: string;
    file_name: string;
    content_type: string;
    size: number;
    sha256: string;
    uploaded_by: string;
  },
  content: string,
) {
  await db.insertInto('case_attachments').values(row).execute();
  await db.insertInto('case_attachment_contents').values({ attachment_id: row.id, content }).execute();
}

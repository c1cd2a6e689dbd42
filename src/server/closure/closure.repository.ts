import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

/** Ids of the case's most recent well-being assessments, newest first: the evidence a closure rests on. */
export async function latestAssessmentIds(db: Db, caseId: string, count: number): Promise<string[]> {
  const rows = await db
    .selectFrom('monitoring_assessments')
    .select('id')
    .where('case_id', '=', caseId)
    .orderBy('assessed_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(count)
    .execute();
  return rows.map((row) => row.id);
}

import type { Insertable, Kysely } from 'kysely';
import type { CaseAgeAssessmentsTable } from '../db/schema-child-protections.ts';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

export type AgeAssessmentRow = Awaited<ReturnType<typeof listAgeAssessments>>[number];

export async function insertAgeAssessment(db: Db, row: Insertable<CaseAgeAssessmentsTable>) {
  await db.insertInto('case_age_assessments').values(row).execute();
}

/** Oldest first; the last one is the assessment in force. */
export function listAgeAssessments(db: Db, caseId: string) {
  return db
    .selectFrom('case_age_assessments')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
}

/** Did the latest assessment conclude the person is an adult? */
export async function latestAssessmentSaysAdult(db: Db, caseId: string): Promise<boolean> {
  const latest = await db
    .selectFrom('case_age_assessments')
    .select('result')
    .where('case_id', '=', caseId)
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest?.result === 'adult';
}

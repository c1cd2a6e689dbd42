import type { Kysely } from 'kysely';
import { actorsOfAuditedWrites } from '../audit/audit-authors.repository.ts';
import type { DatabaseSchema } from '../db/schema.ts';

// Four eyes on a best-interests determination (issue 10, defect 5): the panel that confirms it must
// include someone who did not write the assessment. Whoever created or changed it (from the audit log,
// which records every write) may propose, but not be one of the others who confirm it.
const ASSESSMENT_WRITES = ['case.best-interests.create', 'case.best-interests.update'];

export async function assessmentWriters(
  db: Kysely<DatabaseSchema>,
  row: { id: string; case_id: string; created_by: string },
): Promise<Set<string>> {
  const writers = await actorsOfAuditedWrites(db, {
    entityType: 'case',
    entityId: row.case_id,
    actions: ASSESSMENT_WRITES,
    detailKey: 'assessmentId',
    detailValues: [row.id],
  });
  return new Set([row.created_by, ...writers]);
}

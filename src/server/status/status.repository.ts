import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

export async function findStatus(db: Db, caseId: string) {
  return db.selectFrom('case_status').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}
export type StatusRow = NonNullable<Awaited<ReturnType<typeof findStatus>>>;

export type StatusChange = {
  status: string;
  deciding_org_type: string | null;
  decided_on: string | null;
  /** Ciphertext. */
  formal_procedure: string | null;
  reflection_starts_on: string | null;
  reflection_ends_on: string | null;
  non_punishment: boolean;
  /** Ciphertext. */
  non_punishment_note: string | null;
};

export async function saveStatus(db: Db, caseId: string, change: StatusChange) {
  await db
    .insertInto('case_status')
    .values({ case_id: caseId, ...change, updated_at: new Date() })
    .onConflict((oc) => oc.column('case_id').doUpdateSet({ ...change, updated_at: new Date() }))
    .execute();
}

export async function insertDecision(
  db: Db,
  row: {
    id: string;
    caseId: string;
    status: string;
    decidingOrgType: string;
    decidedOn: string;
    formalProcedure: string | null;
    decidedBy: string;
  },
) {
  await db
    .insertInto('status_decisions')
    .values({
      id: row.id,
      case_id: row.caseId,
      status: row.status,
      deciding_org_type: row.decidingOrgType,
      decided_on: row.decidedOn,
      formal_procedure: row.formalProcedure,
      decided_by: row.decidedBy,
      decided_at: new Date(),
    })
    .execute();
}

/** When the child was first presumed (or, with no presumption, identified) a victim in this case. */
export async function firstPresumptionAt(db: Db, caseId: string): Promise<Date | null> {
  const row = await db
    .selectFrom('case_actions')
    .select('at')
    .where('case_id', '=', caseId)
    .where('type', 'in', ['presume', 'identify'])
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  return row?.at ?? null;
}

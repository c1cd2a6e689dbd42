import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import type { ErasureTarget } from './erasure-plan.ts';

type Db = Kysely<DatabaseSchema>;

/** What the retention job needs to decide about one case: no personal data, only its place and dates. */
export type RetentionCandidate = {
  id: string;
  code: string;
  stage: string;
  closed_at: Date | null;
  has_proceedings: boolean;
  open_proceedings: boolean;
  active_hold: boolean;
};

function candidateQuery(db: Db) {
  return db
    .selectFrom('cases as c')
    .select([
      'c.id',
      'c.code',
      'c.stage',
      // Nothing happens on a closed case but its closure, so its last lifecycle action is when it closed;
      // a reopened and closed-again case counts from the later closure.
      sql<Date | null>`(select max(a.at) from case_actions a where a.case_id = c.id)`.as('closed_at'),
      sql<boolean>`exists (select 1 from justice_proceedings p where p.case_id = c.id)`.as('has_proceedings'),
      sql<boolean>`exists (select 1 from justice_proceedings p where p.case_id = c.id and p.stage <> 'closed')`.as(
        'open_proceedings',
      ),
      sql<boolean>`exists (select 1 from case_legal_holds h where h.case_id = c.id and h.lifted_at is null)`.as(
        'active_hold',
      ),
    ])
    .where('c.anonymised_at', 'is', null);
}

/** Closed cases not yet anonymised, in pages by id (merged duplicates follow the case they joined). */
export async function closedCasesPage(
  db: Db,
  afterId: string | null,
  limit: number,
): Promise<RetentionCandidate[]> {
  let query = candidateQuery(db)
    .where('c.stage', 'in', ['closed', 'not-a-victim'])
    .where('c.merged_into', 'is', null);
  if (afterId) query = query.where('c.id', '>', afterId);
  return query.orderBy('c.id').limit(limit).execute();
}

export async function countClosedCases(db: Db): Promise<number> {
  const row = await db
    .selectFrom('cases')
    .select(db.fn.countAll<number>().as('n'))
    .where('anonymised_at', 'is', null)
    .where('merged_into', 'is', null)
    .where('stage', 'in', ['closed', 'not-a-victim'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Locks the case row and reads it again inside the erasing transaction: setting a legal hold locks the
 * same row, so a hold set while the job runs is seen here, never erased past.
 */
export async function lockCandidate(trx: Db, id: string): Promise<RetentionCandidate | undefined> {
  await sql`select id from cases where id = ${id} for update`.execute(trx);
  return candidateQuery(trx).where('c.id', '=', id).executeTakeFirst();
}

/** Overwrites one encrypted column of every row of the case that holds a value. */
export async function overwriteColumn(
  trx: Db,
  caseId: string,
  target: ErasureTarget,
  tombstone: string,
): Promise<number> {
  const link = target.link;
  const belongs =
    link.kind === 'case-id'
      ? sql`${sql.ref(link.column)} = ${caseId}`
      : sql`${sql.ref(link.column)} in (select ${sql.ref(link.parentKey)} from ${sql.table(link.parentTable)} where case_id = ${caseId})`;
  const result = await sql`update ${sql.table(target.table)} set ${sql.ref(target.column)} = ${tombstone}
    where ${belongs} and ${sql.ref(target.column)} is not null`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * The case row keeps what statistics count (country, district, gender, birth-year range, exploitation
 * types, stage and status, dates); identity, search keys and the open details that could name a child go.
 */
export async function anonymiseCaseRow(
  trx: Db,
  caseId: string,
  change: { sealedEmptyIdentity: string; openIdentity: Record<string, unknown>; at: Date },
): Promise<void> {
  await trx
    .updateTable('cases')
    .set((eb) => ({
      sensitive_identity: change.sealedEmptyIdentity,
      open_identity: JSON.stringify(change.openIdentity),
      name_count: 0,
      name_keys: [],
      document_keys: [],
      name_birth_key: null,
      anonymised_at: change.at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', caseId)
    .execute();
}

export async function openIdentityOf(trx: Db, caseId: string) {
  const row = await trx
    .selectFrom('cases')
    .select(['open_identity', 'gender', 'presumed_minor', 'unit_code'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  return row;
}

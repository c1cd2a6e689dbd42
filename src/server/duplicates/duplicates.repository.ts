import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

export type FoundPair = {
  caseA: string;
  caseB: string;
  score: number;
  classification: 'probable' | 'possible';
  agreements: unknown[];
};

/** Adds pairs to the queue; a pair already decided keeps its decision, an open one gets the new score. */
export async function upsertPairs(db: Db, pairs: FoundPair[]): Promise<number> {
  let added = 0;
  for (const pair of pairs) {
    const [a, b] = pair.caseA < pair.caseB ? [pair.caseA, pair.caseB] : [pair.caseB, pair.caseA];
    const result = await db
      .insertInto('duplicate_pairs')
      .values({
        id: randomUUID(),
        case_a: a,
        case_b: b,
        score: pair.score,
        classification: pair.classification,
        agreements: JSON.stringify(pair.agreements),
        kept_case: null,
        decided_by: null,
        decided_at: null,
      })
      .onConflict((oc) =>
        oc
          .columns(['case_a', 'case_b'])
          .doUpdateSet({
            score: pair.score,
            classification: pair.classification,
            agreements: JSON.stringify(pair.agreements),
          })
          .where('duplicate_pairs.status', '=', 'open'),
      )
      .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
      .executeTakeFirst();
    if (result?.inserted) added++;
  }
  return added;
}

export async function listPairs(db: Db, status: 'open' | 'merged' | 'distinct', limit: number) {
  return db
    .selectFrom('duplicate_pairs')
    .selectAll()
    .where('status', '=', status)
    .orderBy('score', 'desc')
    .limit(limit)
    .execute();
}

export async function findPair(db: Db, id: string) {
  return db.selectFrom('duplicate_pairs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function decidePair(
  db: Db,
  id: string,
  expectedVersion: number,
  change: {
    status: 'open' | 'merged' | 'distinct';
    kept_case: string | null;
    decided_by: string | null;
    decided_at: Date | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('duplicate_pairs')
    .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setMergedInto(db: Db, caseId: string, into: string | null) {
  await db
    .updateTable('cases')
    .set((eb) => ({ merged_into: into, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', caseId)
    .execute();
}

export async function setNameKeys(db: Db, caseId: string, nameKeys: string[]) {
  await db
    .updateTable('cases')
    .set((eb) => ({ name_keys: nameKeys, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', caseId)
    .execute();
}

/** Every unmerged case of the node, for a full duplicate scan (sealed identities are decrypted by the caller). */
export async function casesForScan(db: Db, limit: number) {
  return db
    .selectFrom('cases')
    .select([
      'id',
      'sensitive_identity',
      'gender',
      'owner_agency_id',
      'unit_code',
      'owner_user_id',
      'owner_team_id',
    ])
    .where('merged_into', 'is', null)
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

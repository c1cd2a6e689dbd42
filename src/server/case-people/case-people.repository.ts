import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

export type SealedFamilyMember = {
  relation: string;
  name: string;
  contact: string | null;
  implicated: boolean;
  safe_contact: boolean;
  note: string | null;
};

export async function listFamily(db: Db, caseId: string) {
  return db
    .selectFrom('case_family_members')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findFamilyMember(db: Db, caseId: string, id: string) {
  return db
    .selectFrom('case_family_members')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type FamilyMemberRow = NonNullable<Awaited<ReturnType<typeof findFamilyMember>>>;

export async function insertFamilyMember(
  db: Db,
  row: SealedFamilyMember & { id: string; case_id: string; created_by: string },
) {
  await db.insertInto('case_family_members').values(row).execute();
}

export async function updateFamilyMemberIfVersion(
  db: Db,
  caseId: string,
  id: string,
  version: number,
  change: Partial<SealedFamilyMember>,
): Promise<boolean> {
  const result = await db
    .updateTable('case_family_members')
    .set((eb) => ({ ...change, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteFamilyMemberIfVersion(
  db: Db,
  caseId: string,
  id: string,
  version: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('case_family_members')
    .where('case_id', '=', caseId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function findGuardian(db: Db, caseId: string) {
  return db.selectFrom('case_guardians').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}
export type GuardianRow = NonNullable<Awaited<ReturnType<typeof findGuardian>>>;

export type SealedGuardian = {
  kind: string;
  name: string;
  contact: string | null;
  appointed_on: string | null;
  appointing_authority: string | null;
  person_id: string;
  family_member_id: string | null;
};

/** Inserts the first guardian; false when someone else recorded one meanwhile. */
export async function insertGuardian(
  db: Db,
  caseId: string,
  row: SealedGuardian,
  userId: string,
): Promise<boolean> {
  const result = await db
    .insertInto('case_guardians')
    .values({ ...row, case_id: caseId, updated_by: userId })
    .onConflict((oc) => oc.column('case_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateGuardianIfVersion(
  db: Db,
  caseId: string,
  version: number,
  row: SealedGuardian,
  userId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('case_guardians')
    .set((eb) => ({ ...row, updated_by: userId, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('case_id', '=', caseId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open cases of children who need a guardian and have none recorded yet (CETS 197 Art. 10(4)). */
export function casesAwaitingGuardian(db: Db, limit: number) {
  return db
    .selectFrom('cases')
    .leftJoin('case_guardians', 'case_guardians.case_id', 'cases.id')
    .select([
      'cases.id',
      'cases.code',
      'cases.unit_code',
      'cases.owner_agency_id',
      'cases.owner_user_id',
      'cases.owner_team_id',
      'cases.guardian_required_since',
    ])
    .where('cases.guardian_required_since', 'is not', null)
    .where('case_guardians.case_id', 'is', null)
    .where('cases.stage', '!=', 'closed')
    .where('cases.merged_into', 'is', null)
    .where('cases.anonymised_at', 'is', null)
    .orderBy('cases.guardian_required_since')
    .orderBy('cases.id')
    .limit(limit)
    .execute();
}

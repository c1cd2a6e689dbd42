import { type Kysely, sql } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { caseInReach } from './case-reach.repository.ts';
import type { CaseReach } from './case-reach.ts';

type Db = Kysely<DatabaseSchema>;

/** Next number of the node's yearly case-code sequence ("UA-2026-000123"), atomic across servers. */
export async function nextCaseNumber(db: Db, country: string, year: number): Promise<number> {
  const row = await db
    .insertInto('case_code_counters')
    .values({ country, year, last_number: 1 })
    .onConflict((oc) =>
      oc
        .columns(['country', 'year'])
        .doUpdateSet((eb) => ({ last_number: eb('case_code_counters.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

export type NewCaseRow = {
  id: string;
  code: string;
  country: 'UA' | 'MD' | 'BY';
  stage: string;
  status: string;
  gender: string;
  presumedMinor: boolean;
  birthYearFrom: number | null;
  birthYearTo: number | null;
  unitCode: string;
  ownerAgencyId: string;
  ownerUserId: string | null;
  openIdentity: Record<string, unknown>;
  sensitiveIdentity: string;
  nameCount: number;
  nameKeys: string[];
  documentKeys: string[];
  nameBirthKey: string | null;
  /** Unaccompanied or separated: the day the guardian became required (CETS 197 Art. 10(4)). */
  guardianRequiredSince: string | null;
};

export async function insertCase(db: Db, row: NewCaseRow) {
  await db
    .insertInto('cases')
    .values({
      id: row.id,
      code: row.code,
      country: row.country,
      stage: row.stage,
      status: row.status,
      gender: row.gender,
      presumed_minor: row.presumedMinor,
      birth_year_from: row.birthYearFrom,
      birth_year_to: row.birthYearTo,
      unit_code: row.unitCode,
      owner_agency_id: row.ownerAgencyId,
      owner_user_id: row.ownerUserId,
      open_identity: JSON.stringify(row.openIdentity),
      sensitive_identity: row.sensitiveIdentity,
      name_count: row.nameCount,
      name_keys: row.nameKeys,
      document_keys: row.documentKeys,
      name_birth_key: row.nameBirthKey,
      next_deadline: null,
      guardian_required_since: row.guardianRequiredSince,
    })
    .execute();
}

const summaryColumns = [
  'cases.id',
  'cases.code',
  'cases.stage',
  'cases.status',
  'cases.gender',
  'cases.presumed_minor',
  'cases.birth_year_from',
  'cases.birth_year_to',
  'cases.unit_code',
  'cases.owner_agency_id',
  'agencies.name as owner_agency_name',
  'cases.owner_user_id',
  'cases.owner_team_id',
  'users.display_name as owner_name',
  'cases.exploitation_types',
  'cases.next_deadline',
  'cases.updated_at',
  'cases.created_at',
  'cases.version',
  'cases.merged_into',
] as const;

function withOwners(db: Db) {
  return db
    .selectFrom('cases')
    .leftJoin('agencies', 'agencies.id', 'cases.owner_agency_id')
    .leftJoin('users', 'users.id', 'cases.owner_user_id');
}

/** An anonymised case (its retention period ran out) holds nothing to show: it answers as not found. */
export async function findCase(db: Db, id: string) {
  return withOwners(db)
    .select([...summaryColumns, 'cases.open_identity', 'cases.sensitive_identity', 'cases.name_count'])
    .where('cases.id', '=', id)
    .where('cases.anonymised_at', 'is', null)
    .executeTakeFirst();
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

/** What a list may show: the caller's reach (units within, an agency, an owner) and the chosen filters. */
export type CaseFilter = {
  reach: CaseReach;
  stage?: string;
  status?: string;
  exploitationType?: string;
  unitCodes?: string[];
  agencyId?: string;
  ownerId?: string;
  gender?: string;
  /** Inclusive range of birth years (the middle of an estimated range decides the band). */
  birthYears?: { from: number; to: number } | 'unknown';
  overdue?: boolean;
  /** One list of acceptable blind-index keys per word typed. */
  nameKeyGroups?: string[][];
  /** A case code typed whole, or the end of one (its number, or year and number). */
  code?: { exact: string } | { endsWith: string };
};

function filteredCases(db: Db, filter: CaseFilter) {
  // A case merged into another is reached through the one it was merged into.
  let query = withOwners(db).where('cases.merged_into', 'is', null).where('cases.anonymised_at', 'is', null);
  const reach = filter.reach;
  if (!reach.all) {
    query = query.where(caseInReach(reach));
  }
  if (filter.stage) query = query.where('cases.stage', '=', filter.stage);
  if (filter.status) query = query.where('cases.status', '=', filter.status);
  if (filter.exploitationType)
    query = query.where(sql<boolean>`${filter.exploitationType} = any(cases.exploitation_types)`);
  if (filter.unitCodes)
    query = query.where('cases.unit_code', 'in', filter.unitCodes.length > 0 ? filter.unitCodes : ['']);
  if (filter.agencyId) query = query.where('cases.owner_agency_id', '=', filter.agencyId);
  if (filter.ownerId) query = query.where('cases.owner_user_id', '=', filter.ownerId);
  if (filter.gender) query = query.where('cases.gender', '=', filter.gender);
  if (filter.birthYears === 'unknown') query = query.where('cases.birth_year_from', 'is', null);
  else if (filter.birthYears) {
    const { from, to } = filter.birthYears;
    query = query.where(
      sql<boolean>`(cases.birth_year_from + cases.birth_year_to) / 2 between ${from} and ${to}`,
    );
  }
  if (filter.overdue !== undefined) {
    query = query.where(
      filter.overdue
        ? sql<boolean>`cases.next_deadline < current_date`
        : sql<boolean>`(cases.next_deadline is null or cases.next_deadline >= current_date)`,
    );
  }
  for (const keys of filter.nameKeyGroups ?? []) {
    query = query.where(sql<boolean>`cases.name_keys && ${sql.val(keys)}::text[]`);
  }
  if (filter.code && 'exact' in filter.code) query = query.where('cases.code', '=', filter.code.exact);
  else if (filter.code) query = query.where('cases.code', 'like', `%${filter.code.endsWith}`);
  return query;
}

export async function listCases(db: Db, filter: CaseFilter, paging: { offset: number; limit: number }) {
  const query = filteredCases(db, filter);
  const total = (await query.select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const rows = await query
    .select(summaryColumns)
    .orderBy('cases.updated_at', 'desc')
    .orderBy('cases.id')
    .offset(paging.offset)
    .limit(paging.limit)
    .execute();
  return { rows, total };
}

/**
 * Every case a search found, most recently changed first, with the sealed identity the ranking reads;
 * `limit` bounds the work of one search (the total still counts them all).
 */
export async function searchCandidates(db: Db, filter: CaseFilter, limit: number) {
  const query = filteredCases(db, filter);
  const total = (await query.select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const rows = await query
    .select([...summaryColumns, 'cases.sensitive_identity'])
    .orderBy('cases.updated_at', 'desc')
    .orderBy('cases.id')
    .limit(limit)
    .execute();
  return { rows, total: Number(total) };
}

/** Sealed identities of the records merged into these cases: their names find the case they joined. */
export async function mergedIdentities(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('cases')
    .select(['merged_into', 'sensitive_identity'])
    .where('merged_into', 'in', caseIds)
    .where('anonymised_at', 'is', null)
    .execute();
}

/** A batch of stored identities in id order, for recomputing search keys. */
export async function identitiesAfter(db: Db, afterId: string, limit: number) {
  return db
    .selectFrom('cases')
    .select(['id', 'sensitive_identity'])
    .where('anonymised_at', 'is', null)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** New search keys derived from the same identity: no change a user made, so no new version. */
export async function replaceNameKeys(db: Db, id: string, nameKeys: string[]) {
  await db.updateTable('cases').set({ name_keys: nameKeys }).where('id', '=', id).execute();
}

/** Cases sharing any of the keys: the blocking step before a duplicate check decrypts anything. */
export async function casesSharingKeys(db: Db, nameKeys: string[], exceptId: string | null, limit: number) {
  if (nameKeys.length === 0) return [];
  let query = db
    .selectFrom('cases')
    .select([
      'id',
      'code',
      'sensitive_identity',
      'open_identity',
      'gender',
      'birth_year_from',
      'birth_year_to',
      'unit_code',
      'owner_agency_id',
      'owner_user_id',
      'owner_team_id',
    ])
    .where(sql<boolean>`name_keys && ${sql.val(nameKeys)}::text[]`)
    .where('merged_into', 'is', null);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.limit(limit).execute();
}

export async function updateCaseIfVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  change: Partial<{
    stage: string;
    status: string;
    gender: string;
    presumed_minor: boolean;
    birth_year_from: number | null;
    birth_year_to: number | null;
    unit_code: string;
    owner_agency_id: string;
    owner_user_id: string | null;
    open_identity: string;
    sensitive_identity: string;
    name_count: number;
    name_keys: string[];
    document_keys: string[];
    name_birth_key: string | null;
    exploitation_types: string[];
    next_deadline: string | null;
    guardian_required_since: string | null;
    owner_team_id: string | null;
  }>,
): Promise<boolean> {
  const result = await db
    .updateTable('cases')
    .set((eb) => ({ ...change, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function appendCaseAction(
  db: Db,
  action: {
    caseId: string;
    type: string;
    at: Date;
    actorId: string | null;
    actorAgencyId: string | null;
    reason: string | null;
    payload: Record<string, unknown>;
  },
): Promise<number> {
  const last = await db
    .selectFrom('case_actions')
    .select(db.fn.max('seq').as('seq'))
    .where('case_id', '=', action.caseId)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await db
    .insertInto('case_actions')
    .values({
      case_id: action.caseId,
      seq,
      type: action.type,
      at: action.at,
      actor_id: action.actorId,
      actor_agency_id: action.actorAgencyId,
      reason: action.reason,
      payload: JSON.stringify(action.payload),
    })
    .execute();
  return seq;
}

export async function caseActions(db: Db, caseId: string) {
  return db
    .selectFrom('case_actions')
    .leftJoin('users', 'users.id', 'case_actions.actor_id')
    .leftJoin('agencies', 'agencies.id', 'case_actions.actor_agency_id')
    .select([
      'case_actions.seq',
      'case_actions.type',
      'case_actions.at',
      'case_actions.actor_id',
      'users.display_name as actor_name',
      'case_actions.actor_agency_id',
      'agencies.name as actor_agency_name',
      'case_actions.reason',
      'case_actions.payload',
    ])
    .where('case_actions.case_id', '=', caseId)
    .orderBy('case_actions.seq')
    .execute();
}

/**
 * Columns derived from other records (trafficking events, status), kept on the case for list filters.
 * They do not bump the case's version: they follow the records whose own versions guard them.
 */
export async function setDerivedCaseColumns(
  db: Db,
  id: string,
  change: Partial<{ exploitation_types: string[]; next_deadline: string | null; status: string }>,
): Promise<void> {
  await db.updateTable('cases').set(change).where('id', '=', id).execute();
}

export async function countCases(db: Db): Promise<number> {
  return (await db.selectFrom('cases').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
}

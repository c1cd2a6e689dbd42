import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { type AccessKind, accessKindSql, CASE_OF_ENTRY_SQL } from './access-kinds.ts';

type Db = Kysely<DatabaseSchema>;

export const ACCESS_LOG_SORTS = ['at', 'user', 'action', 'kind'] as const;
export type AccessLogSort = (typeof ACCESS_LOG_SORTS)[number];

export type CaseAccessFilter = {
  caseId: string;
  userId?: string;
  kind?: AccessKind;
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound. */
  before?: Date;
};

export type CaseAccessPaging = {
  sort: AccessLogSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
};

function filtered(db: Db, filter: CaseAccessFilter) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    // The agency the person acted for at the time (stored in the entry), not the one they moved to since.
    .leftJoin('agencies', 'agencies.id', 'audit_log.actor_agency_id')
    .where(CASE_OF_ENTRY_SQL, '=', filter.caseId);
  if (filter.userId) query = query.where('audit_log.actor_id', '=', filter.userId);
  if (filter.kind) query = query.where(accessKindSql(), '=', filter.kind);
  if (filter.from) query = query.where('audit_log.at', '>=', filter.from);
  if (filter.before) query = query.where('audit_log.at', '<', filter.before);
  return query;
}

export async function listCaseAccess(db: Db, filter: CaseAccessFilter, paging: CaseAccessPaging) {
  const sortColumn = {
    at: 'audit_log.seq',
    user: 'users.display_name',
    action: 'audit_log.action',
    kind: accessKindSql(),
  } as const;
  const rows = await filtered(db, filter)
    .select([
      'audit_log.seq',
      'audit_log.at',
      'audit_log.actor_id',
      'users.display_name as actor_name',
      'users.username as actor_username',
      'audit_log.actor_agency_id',
      'agencies.name as actor_agency_name',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.outcome',
      accessKindSql().as('kind'),
    ])
    .orderBy(sortColumn[paging.sort], paging.order)
    // Ties (same user, same action) fall back to the chain's own order, newest first as the default.
    .orderBy('audit_log.seq', paging.sort === 'at' ? paging.order : 'desc')
    .limit(paging.limit)
    .offset(paging.offset)
    .execute();
  const { total } = await filtered(db, filter)
    .select(db.fn.countAll<string | number>().as('total'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}

/** Everyone who appears in a case's log, for the log's "who" filter. */
export async function listCaseAccessActors(db: Db, caseId: string) {
  return filtered(db, { caseId })
    .where('audit_log.actor_id', 'is not', null)
    .select([
      'audit_log.actor_id',
      'users.display_name as actor_name',
      'users.username as actor_username',
      'agencies.name as actor_agency_name',
    ])
    .distinct()
    .orderBy('users.display_name')
    .execute();
}

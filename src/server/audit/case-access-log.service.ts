import { toCsv } from '../../domain/spreadsheet/index.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { findCase } from '../cases/cases.repository.ts';
import { placeOfCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import { notFound, validationFailed } from '../errors.ts';
import { caseOutOfReach } from '../cases/case-access.ts';
import { ACTION_ROLES, type Role, rolesReach } from '../policy/policy.ts';
import { accessKindOf } from './access-kinds.ts';
import { audit } from './audit.service.ts';
import { type CaseAccessFilter, listCaseAccess, listCaseAccessActors } from './case-access-log.repository.ts';
import type {
  CaseAccessEntry,
  CaseAccessLog,
  CaseAccessLogExportQuery,
  CaseAccessLogQuery,
} from './case-access-log.schemas.ts';

/**
 * Who may read a case's access log: a grant that both oversees (audit.read) and reads cases, and that
 * reaches this case. One grant must hold both, so that an administrator (audit.read, no case data) who
 * also works a case as a case worker (cases.read, own) does not combine the two into oversight.
 */
const OVERSEERS: ReadonlyArray<Role> = ACTION_ROLES['audit.read'].filter((role) =>
  (ACTION_ROLES['cases.read'] as ReadonlyArray<Role>).includes(role),
);

/** The export is bounded so that one request cannot hold the server; a longer period is exported in parts. */
export const EXPORT_ROW_LIMIT = 50_000;

async function authorise(ctx: AppContext, principal: SignedInUser, actor: Actor, caseId: string) {
  const row = await findCase(ctx.database.db, caseId);
  if (row && rolesReach(principal, OVERSEERS, placeOfCase(ctx, row), ctx.isWithin)) return;
  // Outside reach answers like a case that does not exist; the attempt on a real case is kept as an
  // out-of-scope attempt, like on every other case route (case-access.ts).
  if (row) throw caseOutOfReach(caseId, 'audit.read');
  throw notFound('The case');
}

function dayStart(day: string, path: string): Date {
  const date = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day)
    throw validationFailed([{ path, code: 'date_invalid', message: 'Not a real date.' }]);
  return date;
}

function filterOf(caseId: string, query: CaseAccessLogExportQuery | CaseAccessLogQuery): CaseAccessFilter {
  const from = query.from ? dayStart(query.from, 'from') : undefined;
  const to = query.to ? dayStart(query.to, 'to') : undefined;
  if (from && to && from > to)
    throw validationFailed([
      { path: 'to', code: 'range_reversed', message: 'The period ends before it starts.' },
    ]);
  return {
    caseId,
    userId: query.userId,
    kind: query.kind,
    from,
    before: to ? new Date(to.getTime() + 24 * 60 * 60 * 1000) : undefined,
  };
}

type Row = Awaited<ReturnType<typeof listCaseAccess>>['rows'][number];

function toEntry(row: Row): CaseAccessEntry {
  return {
    seq: Number(row.seq),
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    actorUsername: row.actor_username,
    actorAgencyName: row.actor_agency_name,
    // Classified in TypeScript too, so that the answer and the SQL filter cannot disagree unnoticed.
    kind: accessKindOf(row.action),
    action: row.action,
    entityType: row.entity_type,
    outcome: row.outcome,
  };
}

export async function caseAccessLog(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  query: CaseAccessLogQuery,
): Promise<CaseAccessLog> {
  await authorise(ctx, principal, actor, caseId);
  const db = ctx.database.db;
  const filter = filterOf(caseId, query);
  const page = Number(query.page ?? 1);
  const pageSize = Number(query.pageSize ?? 50);
  const sort = query.sort ?? 'at';
  const { rows, total } = await listCaseAccess(db, filter, {
    sort,
    order: query.order ?? (sort === 'at' ? 'desc' : 'asc'),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const actors = new Map<string, CaseAccessLog['actors'][number]>();
  for (const row of await listCaseAccessActors(db, caseId)) {
    if (!row.actor_id || actors.has(row.actor_id)) continue;
    actors.set(row.actor_id, {
      actorId: row.actor_id,
      actorName: row.actor_name,
      actorUsername: row.actor_username,
      actorAgencyName: row.actor_agency_name,
    });
  }
  // Written after the page was read, so that the reader's own look appears from the next page on.
  await audit(db, actor, {
    action: 'case.access-log.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: rows.length, page, ...(query.kind ? { kind: query.kind } : {}) },
  });
  return { items: rows.map(toEntry), total, actors: [...actors.values()] };
}

export const CSV_COLUMNS = [
  'at',
  'person',
  'username',
  'agency',
  'kind',
  'action',
  'part',
  'outcome',
  'seq',
] as const;

/** The filtered log as CSV (UTF-8 with a byte-order mark, so spreadsheets read Cyrillic and ș ț). */
export async function exportCaseAccessLogCsv(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  query: CaseAccessLogExportQuery,
): Promise<string> {
  await authorise(ctx, principal, actor, caseId);
  const db = ctx.database.db;
  const sort = query.sort ?? 'at';
  const { rows } = await listCaseAccess(db, filterOf(caseId, query), {
    sort,
    order: query.order ?? (sort === 'at' ? 'desc' : 'asc'),
    limit: EXPORT_ROW_LIMIT,
    offset: 0,
  });
  await audit(db, actor, {
    action: 'case.access-log.export',
    entityType: 'case',
    entityId: caseId,
    details: { count: rows.length },
  });
  const entries = rows.map(toEntry);
  return `\uFEFF${toCsv(
    CSV_COLUMNS,
    entries.map((e) => [
      e.at,
      e.actorName,
      e.actorUsername,
      e.actorAgencyName,
      e.kind,
      e.action,
      e.entityType,
      e.outcome,
      e.seq,
    ]),
    query.separator === 'semicolon' ? ';' : ',',
  )}`;
}

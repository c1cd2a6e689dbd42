import { type RawBuilder, sql } from 'kysely';
import type { AccessKind } from '../../domain/audit/index.ts';

// What a person did to a case, in the words of the access log: read, revealed, changed, exported or
// broke the glass. The audit log stores precise action names (`case.family.read`, `case.identity.reveal`,
// `case.attachment.download` …); the kind is derived from the name by the ordered rules below, so that a
// new endpoint's action falls into a kind without a table to keep up to date, and so that old entries of
// the chain are classified like new ones. The same rules run in TypeScript and in SQL (for filtering).

export { ACCESS_KINDS, type AccessKind } from '../../domain/audit/index.ts';

/** SQL LIKE patterns, first match wins; an action matching none is a change. */
const RULES: ReadonlyArray<{ kind: Exclude<AccessKind, 'change'>; like: string }> = [
  { kind: 'break-glass', like: '%break-glass%' },
  { kind: 'reveal', like: '%.reveal' },
  { kind: 'export', like: '%export%' },
  { kind: 'export', like: '%.download' },
  { kind: 'export', like: '%subject-access%' },
  { kind: 'read', like: '%.read' },
  { kind: 'read', like: '%.list' },
  { kind: 'read', like: '%.search' },
  // A request for a case outside the caller's reach reads nothing, but it was an attempt to read.
  { kind: 'read', like: '%out-of-scope%' },
];

function likeToRegExp(like: string): RegExp {
  const body = like
    .split('%')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\_]/g, (c) => (c === '_' ? '.' : `\\${c}`)))
    .join('.*');
  return new RegExp(`^${body}$`, 's');
}

const COMPILED = RULES.map((rule) => ({ kind: rule.kind, test: likeToRegExp(rule.like) }));

export function accessKindOf(action: string): AccessKind {
  return COMPILED.find((rule) => rule.test.test(action))?.kind ?? 'change';
}

/** The same classification as `accessKindOf`, as an SQL expression over `audit_log.action`. */
export function accessKindSql(): RawBuilder<AccessKind> {
  const branches = RULES.map((rule) => sql`when audit_log.action like ${rule.like} then ${rule.kind}`);
  return sql<AccessKind>`(case ${sql.join(branches, sql` `)} else 'change' end)`;
}

/**
 * The case an audit entry is about: the entity itself when it is a case, otherwise the `caseId` the
 * entry's details carry (a plan, a visit, a referral …). Migration 016 indexes exactly this expression.
 */
export const CASE_OF_ENTRY_SQL = sql<
  string | null
>`coalesce(audit_log.details->>'caseId', case when audit_log.entity_type = 'case' then audit_log.entity_id end)`;

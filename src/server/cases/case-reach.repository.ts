// The SQL condition for "a case this reach reaches" (case-reach.ts), for any query that selects from
// `cases`: in a unit within the user's district or region grants, owned by their agency, owned by
// them, or worked on by one of their teams. The policy (`can`) still decides each record.
import { type Expression, type SqlBool, sql } from 'kysely';
import type { CaseReach } from './case-reach.ts';

export function caseInReach(reach: Exclude<CaseReach, { all: true }>): Expression<SqlBool> {
  const conditions = [sql<SqlBool>`cases.owner_user_id = ${reach.ownerId}`];
  if (reach.unitCodes.length > 0)
    conditions.push(sql<SqlBool>`cases.unit_code in (${sql.join(reach.unitCodes)})`);
  if (reach.agencyId) conditions.push(sql<SqlBool>`cases.owner_agency_id = ${reach.agencyId}`);
  if (reach.teamIds.length > 0)
    conditions.push(sql<SqlBool>`cases.owner_team_id in (${sql.join(reach.teamIds)})`);
  return sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}

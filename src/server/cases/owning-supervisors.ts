import type { Kysely } from 'kysely';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { usersReaching } from '../notifications/notifications.service.ts';
import { placeOfCase } from './case-access.ts';

type Db = Kysely<DatabaseSchema>;

/**
 * Who follows up on an event about a case from outside its reach (a possible duplicate found elsewhere,
 * a break-glass access): the owning agency's supervisors who reach the case. An agency without one
 * falls back to whoever supervises the place (a district or regional supervisor, the local
 * coordinator), so the notice never goes nowhere.
 */
export async function owningSupervisors(
  ctx: AppContext,
  db: Db,
  row: { owner_agency_id: string; unit_code: string; owner_user_id: string | null },
): Promise<string[]> {
  const place = placeOfCase(ctx, row);
  const own = await usersReaching(ctx, db, { roles: ['supervisor'], place, agencyId: row.owner_agency_id });
  if (own.length > 0) return own;
  return usersReaching(ctx, db, { roles: ['supervisor', 'localcoord'], place });
}

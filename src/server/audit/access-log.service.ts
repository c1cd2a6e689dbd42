import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { can, type ResourcePlace } from '../policy/policy.ts';
import { findAgency } from '../agencies/agencies.repository.ts';
import { findUser, unitCodesOfAgency, userIdByUsername } from '../users/users.repository.ts';
import { accessKindOf } from './access-kinds.ts';
import { audit } from './audit.service.ts';
import { listEntityAccess } from './audit.repository.ts';

/** Where an audited record sits, so that a supervisor sees the access log of records in scope only. */
async function placeOf(
  ctx: AppContext,
  entityType: 'user' | 'agency',
  entityId: string,
): Promise<ResourcePlace | null> {
  const db = ctx.database.db;
  if (entityType === 'user') {
    const user = await findUser(db, entityId);
    return user
      ? {
          country: ctx.config.country,
          agencyId: user.agency_id,
          unitCodes: await unitCodesOfAgency(db, user.agency_id),
        }
      : null;
  }
  const agency = await findAgency(db, entityId);
  return agency ? { country: agency.country, agencyId: agency.id, unitCodes: agency.unit_codes } : null;
}

/** Which record: by id, or (for an account) by the user name people know it by. */
export type AccessLogTarget =
  | { entityType: 'user' | 'agency'; entityId: string }
  | { entityType: 'user'; username: string };

export async function accessLogOf(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  target: AccessLogTarget,
) {
  const { entityType } = target;
  const entityId =
    'entityId' in target ? target.entityId : await userIdByUsername(ctx.database.db, target.username);
  // An unknown user name answers like an account outside scope: the lookup does not confirm names.
  if (!entityId) throw notFound('The record');
  const place = await placeOf(ctx, entityType, entityId);
  if (!place || !can(principal, 'audit.read', place, ctx.isWithin)) throw notFound('The record');
  const rows = await listEntityAccess(ctx.database.db, entityType, entityId, 500);
  await audit(ctx.database.db, actor, {
    action: 'audit.read',
    entityType,
    entityId,
    details: { count: rows.length },
  });
  return rows.map((row) => ({
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorUsername: row.actor_username,
    actorName: row.actor_name,
    actorAgencyName: row.actor_agency_name,
    kind: accessKindOf(row.action),
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    outcome: row.outcome,
  }));
}

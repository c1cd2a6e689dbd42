import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { can, type ResourcePlace } from '../policy/policy.ts';
import { findAgency } from '../agencies/agencies.repository.ts';
import { findUser, unitCodesOfAgency } from '../users/users.repository.ts';
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

export async function accessLogOf(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  entityType: 'user' | 'agency',
  entityId: string,
) {
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
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    outcome: row.outcome,
  }));
}

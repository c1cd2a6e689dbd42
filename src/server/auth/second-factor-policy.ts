import type { Kysely } from 'kysely';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import type { Role } from '../policy/policy.ts';
import { loadGrants } from './auth.repository.ts';

/** What the account's roles ask of its second step, from HAVEN_MFA_REQUIRED_ROLES and HAVEN_PASSKEY_REQUIRED_ROLES. */
export async function secondFactorPolicy(
  ctx: AppContext,
  db: Kysely<DatabaseSchema>,
  userId: string,
): Promise<{ mfaRequired: boolean; passkeyRequired: boolean }> {
  const roles = (await loadGrants(db, userId)).map((grant) => grant.role as Role);
  return policyForRoles(ctx, roles);
}

export function policyForRoles(ctx: AppContext, roles: ReadonlyArray<Role>) {
  return {
    mfaRequired: roles.some((role) => ctx.config.mfaRequiredRoles.includes(role)),
    passkeyRequired: roles.some((role) => ctx.config.passkeyRequiredRoles.includes(role)),
  };
}

// The demo seeds act through the real services, as the demo accounts would: each needs the signed-in
// user those services expect. One place builds it from the account's stored grants.
import { loadGrants } from '../auth/auth.repository.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import type { Role, Scope } from '../policy/policy.ts';

/** The active demo account with this user name as a signed-in principal, or null when it does not exist. */
export async function demoPrincipal(ctx: AppContext, username: string): Promise<SignedInUser | null> {
  const db = ctx.database.db;
  const user = await db
    .selectFrom('users')
    .select(['id', 'agency_id', 'username', 'display_name', 'locale'])
    .where('username', '=', username)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!user) return null;
  const grants = await loadGrants(db, user.id);
  const never = new Date(0);
  return {
    userId: user.id,
    agencyId: user.agency_id,
    country: ctx.config.country,
    grants: grants.map((g) => ({ role: g.role as Role, scope: g.scope as Scope, unitCode: g.unit_code })),
    username: user.username,
    displayName: user.display_name,
    locale: user.locale,
    mfaEnabled: false,
    sessionToken: '',
    sessionStage: 'done',
    idleExpiresAt: never,
    absoluteExpiresAt: never,
  };
}

/** The audit actor of a seed step: the demo account, with the seed's name where a request id would be. */
export function demoActor(principal: SignedInUser, seed: string): Actor {
  return { userId: principal.userId, agencyId: principal.agencyId, requestId: seed };
}

// The demo seeds act through the real services, as the demo accounts would: each needs the signed-in
// user those services expect. One place builds it from the account's stored grants.
import { accountPrincipal } from '../auth/account-principal.ts';
import { loadGrants } from '../auth/auth.repository.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';

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
  return accountPrincipal(ctx.config.country, user, await loadGrants(db, user.id));
}

/** The audit actor of a seed step: the demo account, with the seed's name where a request id would be. */
export function demoActor(principal: SignedInUser, seed: string): Actor {
  return { userId: principal.userId, agencyId: principal.agencyId, requestId: seed };
}

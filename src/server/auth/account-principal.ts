// Work the node does on an account's behalf outside a request — the demo seed acting as the demo
// accounts, the daily reminders computing a person's inbox — needs the same principal the services get
// from a session: the account and its grants, with no session behind it.
import type { Role, Scope } from '../policy/policy.ts';
import type { SignedInUser } from './authenticate.ts';

export type Account = {
  id: string;
  agency_id: string | null;
  username: string;
  display_name: string;
  locale: string;
};
export type AccountGrant = { role: string; scope: string; unit_code: string | null };

export function accountPrincipal(
  country: string,
  account: Account,
  grants: ReadonlyArray<AccountGrant>,
): SignedInUser {
  const never = new Date(0);
  return {
    userId: account.id,
    agencyId: account.agency_id,
    country,
    grants: grants.map((g) => ({ role: g.role as Role, scope: g.scope as Scope, unitCode: g.unit_code })),
    username: account.username,
    displayName: account.display_name,
    locale: account.locale,
    mfaEnabled: false,
    mustChangePassword: false,
    sessionToken: '',
    sessionStage: 'done',
    idleExpiresAt: never,
    absoluteExpiresAt: never,
  };
}

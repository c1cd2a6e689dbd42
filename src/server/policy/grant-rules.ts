// Who may give which grant, and which grants wait for a second administrator (issue 10, defect 1).
// Pure rules over grants and places, so a property test can walk every combination; the users service
// applies them to every path that writes grants.
import {
  ACTION_ROLES,
  can,
  type Grant,
  type IsWithin,
  type Principal,
  type ResourcePlace,
  type Role,
  SCOPES,
} from './policy.ts';

/** Actions that put a child's record, a referral or proceedings in front of the holder. */
const CASE_READING_ACTIONS = ['cases.read', 'referrals.read', 'justice.read'] as const;

export const CASE_READING_ROLES: ReadonlySet<Role> = new Set(
  CASE_READING_ACTIONS.flatMap((action) => ACTION_ROLES[action] as ReadonlyArray<Role>),
);

const rank = (scope: Grant['scope']) => SCOPES.indexOf(scope);

/**
 * A grant opens case data when its role reads cases, referrals or proceedings, or when its scope is
 * wider than one agency (a district admin manages every agency of the district, and so on).
 */
export function opensCaseData(grant: Grant): boolean {
  return CASE_READING_ROLES.has(grant.role) || rank(grant.scope) > rank('agency');
}

export const grantKey = (grant: Grant) => `${grant.role}:${grant.scope}:${grant.unitCode ?? ''}`;

/**
 * May this granter give (or take away) this grant on an account at this place? Some administrator
 * grant of the granter must reach the account, be at least as wide as the grant, and contain the
 * grant's unit: an agency admin gives scopes up to 'agency' in their agency, a district admin scopes up
 * to 'district' inside that district, a country admin anything.
 */
export function grantWithinPower(
  granter: Principal,
  grant: Grant,
  account: ResourcePlace,
  isWithin: IsWithin,
): boolean {
  return granter.grants.some((own) => {
    if (own.role !== 'admin' || rank(grant.scope) > rank(own.scope)) return false;
    if (!can({ ...granter, grants: [own] }, 'users.manage', account, isWithin)) return false;
    if (grant.unitCode === null || own.scope === 'country') return true;
    return own.unitCode !== null && isWithin(grant.unitCode, own.unitCode);
  });
}

export type GrantChangePlan = {
  /** Grants in force at once: the ones kept and the added ones that open no case data. */
  immediate: Grant[];
  /** The whole requested set, when some added grant opens case data and must wait; else null. */
  pending: Grant[] | null;
  added: Grant[];
  removed: Grant[];
};

/**
 * Splits a change into what takes effect now and what waits for a second administrator. Narrowing is
 * never held back (a removed grant ends at once); a grant that opens case data is only ever added by
 * the approval. When the account moves to another agency every grant counts as added, since an agency
 * scope then reaches another agency's children.
 */
export function planGrantChange(
  current: ReadonlyArray<Grant>,
  requested: ReadonlyArray<Grant>,
  options: { agencyChanged: boolean },
): GrantChangePlan {
  const before = new Set(options.agencyChanged ? [] : current.map(grantKey));
  const after = new Set(requested.map(grantKey));
  const added = requested.filter((grant) => !before.has(grantKey(grant)));
  const removed = current.filter((grant) => !after.has(grantKey(grant)));
  const waiting = added.filter(opensCaseData);
  const held = new Set(waiting.map(grantKey));
  return {
    immediate: requested.filter((grant) => !held.has(grantKey(grant))),
    pending: waiting.length > 0 ? [...requested] : null,
    added,
    removed: options.agencyChanged ? [...current] : removed,
  };
}

export type GrantRefusal = 'own_grants' | 'grant_beyond_scope';

/**
 * Why a granter may not make this change, or null. `before` and `after` are the account's place before
 * and after the change (they differ when it moves to another agency): what is taken away is judged
 * where it was, what is given where it will be.
 */
export function grantChangeRefusal(
  granter: Principal,
  change: { accountId: string; plan: GrantChangePlan; before: ResourcePlace; after: ResourcePlace },
  isWithin: IsWithin,
): GrantRefusal | null {
  if (change.plan.added.length === 0 && change.plan.removed.length === 0) return null;
  if (change.accountId === granter.userId) return 'own_grants';
  const beyond =
    change.plan.added.some((grant) => !grantWithinPower(granter, grant, change.after, isWithin)) ||
    change.plan.removed.some((grant) => !grantWithinPower(granter, grant, change.before, isWithin));
  return beyond ? 'grant_beyond_scope' : null;
}

/**
 * Why this administrator may not approve a waiting grant change, or null: the requester and the
 * account's owner never approve it (four eyes; nobody approves their own access), and the approver
 * must be able to give every grant it adds.
 */
export function grantApprovalRefusal(
  approver: Principal,
  request: {
    requestedBy: string;
    accountId: string;
    current: ReadonlyArray<Grant>;
    requested: ReadonlyArray<Grant>;
    place: ResourcePlace;
  },
  isWithin: IsWithin,
): 'four_eyes' | 'grant_beyond_scope' | null {
  if (approver.userId === request.requestedBy || approver.userId === request.accountId) return 'four_eyes';
  const held = new Set(request.current.map(grantKey));
  const added = request.requested.filter((grant) => !held.has(grantKey(grant)));
  return added.every((grant) => grantWithinPower(approver, grant, request.place, isWithin))
    ? null
    : 'grant_beyond_scope';
}

// One policy module for the whole node: role × action × scope × field group. Routes name an action;
// services ask `can` with the record's place in the world (country, agency, geography, owner).

export const ROLES = [
  'caseworker',
  'supervisor',
  'police',
  'provider',
  'localcoord',
  'coordinator',
  'analyst',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Ordered from narrowest to widest. */
export const SCOPES = ['own', 'agency', 'district', 'region', 'country'] as const;
export type Scope = (typeof SCOPES)[number];

export const FIELD_GROUPS = ['identity', 'exploitation', 'health', 'justice'] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

export type Grant = { role: Role; scope: Scope; unitCode: string | null };

export type Principal = {
  userId: string;
  agencyId: string | null;
  country: string;
  grants: ReadonlyArray<Grant>;
};

/** Where a record sits: enough to decide whether a grant's scope reaches it. */
export type ResourcePlace = {
  country: string;
  agencyId?: string | null;
  unitCodes?: ReadonlyArray<string>;
  ownerId?: string | null;
};

/**
 * Which roles may take each action. The administrator manages accounts and agencies but holds no case
 * data by default; the analyst sees aggregates only, never identities.
 */
export const ACTION_ROLES = {
  'users.manage': ['admin'],
  'agencies.manage': ['admin'],
  'audit.read': ['supervisor', 'localcoord', 'coordinator', 'admin'],
  // A child may be met anywhere, at any hour: whoever works with children directly may open a case.
  'cases.create': ['caseworker', 'supervisor', 'police', 'localcoord'],
  'cases.read': ['caseworker', 'supervisor', 'police', 'localcoord', 'coordinator'],
  'cases.update': ['caseworker', 'supervisor', 'police', 'localcoord'],
  /** Names, exact birth date, documents and contacts: a separate, audited step. */
  'cases.reveal': ['caseworker', 'supervisor', 'police', 'localcoord', 'coordinator'],
  'cases.transition': ['caseworker', 'supervisor', 'localcoord'],
  'cases.approve-closure': ['supervisor', 'localcoord', 'coordinator'],
  'cases.transfer': ['supervisor', 'localcoord', 'coordinator'],
  /** The duplicate review queue: compare two records side by side, merge (reversibly) or keep apart. */
  'duplicates.review': ['supervisor', 'localcoord', 'coordinator'],
  /** The individual assistance plan is social work: written by those who assist the child, not police. */
  'plans.edit': ['caseworker', 'supervisor', 'localcoord'],
  /** Approving or returning a submitted plan (four eyes through the approvals mechanism). */
  'plans.approve': ['supervisor', 'localcoord', 'coordinator'],
  /** Recording a best-interests assessment and proposing the determination. */
  'best-interests.record': ['caseworker', 'supervisor', 'localcoord'],
  /** Sitting on the panel that confirms a best-interests determination (at least two people). */
  'best-interests.decide': ['caseworker', 'supervisor', 'localcoord', 'coordinator'],
  /** Referring a child to a service of any agency in the country: those who assist the child. */
  'referrals.create': ['caseworker', 'supervisor', 'police', 'localcoord'],
  /**
   * Reading referrals: the sending side through the case, the receiving agency (providers and its
   * staff) only the package sent to it. Analysts and admins hold no case data.
   */
  'referrals.read': ['caseworker', 'supervisor', 'police', 'provider', 'localcoord', 'coordinator'],
  /** Answering a referral and recording the services delivered: members of the receiving agency. */
  'referrals.respond': ['caseworker', 'supervisor', 'provider', 'localcoord'],
  /** Opening the receiving agency's own case from an accepted referral: those who may open cases. */
  'referrals.open-case': ['caseworker', 'supervisor', 'localcoord'],
  /** Sending a referral without the child's consent: a second person with oversight (four eyes). */
  'referrals.override-consent': ['supervisor', 'localcoord', 'coordinator'],
  /**
   * Criminal proceedings, perpetrators, protective measures, compensation, non-punishment decisions: the
   * 'justice' field group. Police (and prosecutors, who sign in as police or coordinators) work the
   * proceedings; provider and analyst never see them. The service also checks the field group itself.
   */
  'justice.read': ['caseworker', 'supervisor', 'police', 'localcoord', 'coordinator'],
  'justice.write': ['caseworker', 'supervisor', 'police', 'localcoord'],
  /** The supervisor dashboard: caseload per worker, overdue visits, open alerts, worsening scores. */
  'dashboard.read': ['supervisor', 'localcoord', 'coordinator'],
  /**
   * The service directory is organisational data (what a service offers, where, how to reach it), no
   * child's: every role of the node reads all of its country, whatever the grant's scope, because a
   * referral may go to any agency in the country.
   */
  'services.read': [
    'caseworker',
    'supervisor',
    'police',
    'provider',
    'localcoord',
    'coordinator',
    'analyst',
    'admin',
  ],
  /** Describing a service: its own agency's providers and supervisors, coordinators and admins anywhere. */
  'services.manage': ['provider', 'supervisor', 'coordinator', 'admin'],
  /** Free places change at any hour: the agency's caseworkers on duty may update them, not the rest. */
  'services.update-capacity': ['caseworker', 'provider', 'supervisor', 'coordinator', 'admin'],
  /**
   * Reintegration monitoring: starting the schedule, planning and recording visits, well-being
   * assessments with the child's own view. Social work on health and psychosocial data (the service also
   * demands the 'health' field group): those who assist the child, not police or coordinators.
   */
  'monitoring.record': ['caseworker', 'supervisor', 'localcoord'],
  /** Resolving a safety or re-trafficking alert, with a note: someone with oversight. */
  'monitoring.resolve-alert': ['supervisor', 'localcoord'],
} as const satisfies Record<string, ReadonlyArray<Role>>;
export type Action = keyof typeof ACTION_ROLES;
export const ACTIONS = Object.keys(ACTION_ROLES) as Action[];

/** Field groups of a child's record each role may see at all (scope still applies). */
export const ROLE_FIELD_GROUPS: Record<Role, ReadonlyArray<FieldGroup>> = {
  caseworker: ['identity', 'exploitation', 'health', 'justice'],
  supervisor: ['identity', 'exploitation', 'health', 'justice'],
  police: ['identity', 'exploitation', 'justice'],
  provider: ['identity', 'health'],
  localcoord: ['identity', 'exploitation', 'health', 'justice'],
  coordinator: ['identity', 'exploitation', 'justice'],
  analyst: [],
  admin: [],
};

export type IsWithin = (unitCode: string, ancestorCode: string) => boolean;

function grantReaches(grant: Grant, principal: Principal, place: ResourcePlace, isWithin: IsWithin): boolean {
  if (place.country !== principal.country) return false;
  switch (grant.scope) {
    case 'country':
      return true;
    case 'region':
    case 'district':
      return (
        grant.unitCode !== null &&
        (place.unitCodes ?? []).some((code) => isWithin(code, grant.unitCode as string))
      );
    case 'agency':
      return principal.agencyId !== null && place.agencyId === principal.agencyId;
    case 'own':
      return place.ownerId === principal.userId;
  }
}

function grantsFor(principal: Principal, action: Action): Grant[] {
  const roles: ReadonlyArray<Role> = ACTION_ROLES[action];
  return principal.grants.filter((grant) => roles.includes(grant.role));
}

/**
 * Does one of the principal's grants for these roles reach the place? The same scope rules as `can`,
 * asked by role rather than by action: notifications (notifications.service.ts `usersReaching`) find
 * who should hear about an event, e.g. the holders of an approval kind's deciding roles.
 */
export function rolesReach(
  principal: Principal,
  roles: ReadonlyArray<Role>,
  place: ResourcePlace,
  isWithin: IsWithin,
): boolean {
  return principal.grants.some(
    (grant) => roles.includes(grant.role) && grantReaches(grant, principal, place, isWithin),
  );
}

/** May the principal take this action anywhere at all? (Used for allowedActions and route gates.) */
export function mayAttempt(principal: Principal, action: Action): boolean {
  return grantsFor(principal, action).length > 0;
}

/** May the principal take this action on a record at this place? */
export function can(principal: Principal, action: Action, place: ResourcePlace, isWithin: IsWithin): boolean {
  return grantsFor(principal, action).some((grant) => grantReaches(grant, principal, place, isWithin));
}

export function allowedActions(principal: Principal): Action[] {
  return ACTIONS.filter((action) => mayAttempt(principal, action));
}

export function fieldGroupsOf(principal: Principal): FieldGroup[] {
  const groups = new Set<FieldGroup>();
  for (const grant of principal.grants) for (const group of ROLE_FIELD_GROUPS[grant.role]) groups.add(group);
  return FIELD_GROUPS.filter((group) => groups.has(group));
}

/** The widest reach the principal has for an action, for filtering lists in SQL. */
export type Reach =
  | { kind: 'country' }
  | { kind: 'units'; unitCodes: string[]; agencyId: string | null; userId: string }
  | { kind: 'none' };

export function reachFor(principal: Principal, action: Action): Reach {
  const grants = grantsFor(principal, action);
  if (grants.length === 0) return { kind: 'none' };
  if (grants.some((grant) => grant.scope === 'country')) return { kind: 'country' };
  return {
    kind: 'units',
    unitCodes: grants.flatMap((grant) =>
      (grant.scope === 'district' || grant.scope === 'region') && grant.unitCode ? [grant.unitCode] : [],
    ),
    agencyId: grants.some((grant) => grant.scope === 'agency') ? principal.agencyId : null,
    userId: principal.userId,
  };
}

/** Scope rules for grants themselves: district/region scopes name a unit, the others do not. */
export function grantShapeError(grant: Grant): string | null {
  const needsUnit = grant.scope === 'district' || grant.scope === 'region';
  if (needsUnit && !grant.unitCode) return `A ${grant.scope} scope needs the code of the ${grant.scope}.`;
  if (!needsUnit && grant.unitCode) return `A ${grant.scope} scope takes no unit code.`;
  return null;
}

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
  /** The multidisciplinary teams the user is a member of (migration 024); none when absent. */
  teamIds?: ReadonlyArray<string>;
};

/** Where a record sits: enough to decide whether a grant's scope reaches it. */
export type ResourcePlace = {
  country: string;
  agencyId?: string | null;
  unitCodes?: ReadonlyArray<string>;
  ownerId?: string | null;
  /** The multidisciplinary team that works on the record (a case's owner_team_id). */
  teamId?: string | null;
  /**
   * Set only by the case loader (cases/case-access.ts) after it found an unexpired break-glass access of
   * this user to this case: the user then reads the case as if a grant reached it, for read actions only.
   */
  breakGlassFor?: string | null;
};

/**
 * Which roles may take each action. The administrator manages accounts and agencies but holds no case
 * data by default; the analyst sees aggregates only, never identities.
 */
export const ACTION_ROLES = {
  'users.manage': ['admin'],
  'agencies.manage': ['admin'],
  /**
   * Convening a multidisciplinary team and changing its members: the local or national coordinator of
   * the place, as the MD and UA procedures have it — not the administrator, since membership opens the
   * team's cases. Nobody adds themselves (teams.service.ts).
   */
  'teams.manage': ['localcoord', 'coordinator'],
  /** Seeing the teams of one's area, to give a case to one. */
  'teams.read': ['supervisor', 'localcoord', 'coordinator'],
  'audit.read': ['supervisor', 'localcoord', 'coordinator', 'admin'],
  // A child may be met anywhere, at any hour: whoever works with children directly may open a case.
  'cases.create': ['caseworker', 'supervisor', 'police', 'localcoord'],
  'cases.read': ['caseworker', 'supervisor', 'police', 'localcoord', 'coordinator'],
  'cases.update': ['caseworker', 'supervisor', 'police', 'localcoord'],
  /** Names, exact birth date, documents and contacts: a separate, audited step. */
  'cases.reveal': ['caseworker', 'supervisor', 'police', 'localcoord', 'coordinator'],
  'cases.transition': ['caseworker', 'supervisor', 'localcoord'],
  'cases.approve-closure': ['supervisor', 'localcoord', 'coordinator'],
  /**
   * A move to another member country (UA, MD, BY) needs the national coordinator as well, until the
   * cross-border handover exists (issue 11 item 1).
   */
  'cases.approve-cross-border-exit': ['coordinator'],
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
  /**
   * Reviewing break-glass accesses to the cases in one's reach (the owning agency's supervisor first):
   * someone with oversight. Breaking the glass itself needs only cases.read somewhere.
   */
  'break-glass.review': ['supervisor', 'localcoord', 'coordinator'],
  /** Resolving a safety or re-trafficking alert, with a note: someone with oversight. */
  'monitoring.resolve-alert': ['supervisor', 'localcoord'],
  /**
   * Putting a case on legal hold (kept past its retention period) or lifting the hold: someone with
   * oversight, never the worker alone, because a hold overrides the child's right to erasure.
   */
  'cases.legal-hold': ['supervisor', 'localcoord', 'coordinator'],
  /** Answering a subject-access request of the child or guardian: what is held, who saw it. */
  'cases.subject-access': ['supervisor', 'localcoord', 'coordinator'],
  /**
   * The federation's plumbing: peers and their fingerprints, the outbox and inbox, test messages. No
   * case data passes through it (case packages are sealed), so it belongs to the administrator.
   */
  'federation.manage': ['admin'],
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
  // A member of the team that works on a case reaches it through each of their grants, whatever its
  // scope: the grant's role still decides the actions and the field groups.
  if (place.teamId != null && (principal.teamIds ?? []).includes(place.teamId)) return true;
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

/**
 * What a break-glass access opens: reading the case and what hangs on it, never changing anything. The
 * caller must still hold the action's role somewhere (a police officer gets no referral reading they lack).
 */
export const BREAK_GLASS_ACTIONS: ReadonlyArray<Action> = [
  'cases.read',
  'cases.reveal',
  'justice.read',
  'referrals.read',
];

function breakGlassReaches(principal: Principal, action: Action, place: ResourcePlace): boolean {
  return (
    place.breakGlassFor != null &&
    place.breakGlassFor === principal.userId &&
    place.country === principal.country &&
    BREAK_GLASS_ACTIONS.includes(action) &&
    grantsFor(principal, action).length > 0
  );
}

/** May the principal take this action on a record at this place? */
export function can(principal: Principal, action: Action, place: ResourcePlace, isWithin: IsWithin): boolean {
  return (
    grantsFor(principal, action).some((grant) => grantReaches(grant, principal, place, isWithin)) ||
    breakGlassReaches(principal, action, place)
  );
}

export function allowedActions(principal: Principal): Action[] {
  return ACTIONS.filter((action) => mayAttempt(principal, action));
}

/**
 * The field groups a principal holds on one record: the union of the groups of the grants that reach
 * its place, never of a grant that does not. A police (district) + provider (agency) account reads no
 * health data on a case it reaches only through the police grant. Every decision about case data starts
 * here (through field-visibility.ts for responses).
 */
export function fieldGroupsAt(principal: Principal, place: ResourcePlace, isWithin: IsWithin): FieldGroup[] {
  const groups = new Set<FieldGroup>();
  for (const grant of principal.grants) {
    if (!grantReaches(grant, principal, place, isWithin)) continue;
    for (const group of ROLE_FIELD_GROUPS[grant.role]) groups.add(group);
  }
  // Reading through one's own break-glass access: the groups of the roles that read cases at all (no
  // grant reaches the case, which is why the glass was broken).
  if (breakGlassReaches(principal, 'cases.read', place))
    for (const grant of grantsFor(principal, 'cases.read'))
      for (const group of ROLE_FIELD_GROUPS[grant.role]) groups.add(group);
  return FIELD_GROUPS.filter((group) => groups.has(group));
}

/**
 * Every group any of the principal's grants carries, wherever it reaches: only for the web's menus
 * before a case is open (the signed-in user's own description). Never decides what a record shows —
 * a test keeps it out of every other module.
 */
export function fieldGroupsForMenus(principal: Principal): FieldGroup[] {
  const groups = new Set(principal.grants.flatMap((grant) => ROLE_FIELD_GROUPS[grant.role]));
  return FIELD_GROUPS.filter((group) => groups.has(group));
}

/** The widest reach the principal has for an action, for filtering lists in SQL. */
export type Reach =
  | { kind: 'country' }
  | { kind: 'units'; unitCodes: string[]; agencyId: string | null; userId: string; teamIds: string[] }
  | { kind: 'none' };

/**
 * `withGroup` narrows the reach to grants whose role carries that field group, so that e.g. a name
 * search runs only over the cases reached through a grant that sees identities.
 */
export function reachFor(principal: Principal, action: Action, withGroup?: FieldGroup): Reach {
  const grants = grantsFor(principal, action).filter(
    (grant) => withGroup === undefined || ROLE_FIELD_GROUPS[grant.role].includes(withGroup),
  );
  if (grants.length === 0) return { kind: 'none' };
  if (grants.some((grant) => grant.scope === 'country')) return { kind: 'country' };
  return {
    kind: 'units',
    unitCodes: grants.flatMap((grant) =>
      (grant.scope === 'district' || grant.scope === 'region') && grant.unitCode ? [grant.unitCode] : [],
    ),
    agencyId: grants.some((grant) => grant.scope === 'agency') ? principal.agencyId : null,
    userId: principal.userId,
    teamIds: [...(principal.teamIds ?? [])],
  };
}

/** Scope rules for grants themselves: district/region scopes name a unit, the others do not. */
export function grantShapeError(grant: Grant): string | null {
  const needsUnit = grant.scope === 'district' || grant.scope === 'region';
  if (needsUnit && !grant.unitCode) return `A ${grant.scope} scope needs the code of the ${grant.scope}.`;
  if (!needsUnit && grant.unitCode) return `A ${grant.scope} scope takes no unit code.`;
  return null;
}

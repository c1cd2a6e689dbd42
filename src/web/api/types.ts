// Types of the Haven HTTP API as the web shell uses it. They mirror the server's zod schemas; when the
// server exports its schema types, these should be replaced by imports from there.

export const LOCALES = ['en', 'uk', 'ru', 'ro', 'be'] as const;
export type Locale = (typeof LOCALES)[number];

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

export const SCOPES = ['own', 'agency', 'district', 'region', 'country'] as const;
export type Scope = (typeof SCOPES)[number];

export type Country = 'UA' | 'MD' | 'BY';

export interface RoleGrant {
  role: Role;
  scope: Scope;
  /** District or region code, only for district and region scopes. */
  unitCode: string | null;
}

export interface Me {
  user: {
    id: string;
    username: string;
    displayName: string;
    locale: Locale;
    agencyId: string | null;
    agencyName: string | null;
    country: Country;
    mfaEnabled: boolean;
    mfaRequired: boolean;
    totpEnabled: boolean;
    passkeyCount: number;
    passkeyRequired: boolean;
    /** The password was set by an administrator: only the password change is open. */
    mustChangePassword: boolean;
  };
  roles: RoleGrant[];
  allowedActions: string[];
  /** Groups of case fields the user may see: identity, exploitation, health, justice. */
  fieldGroups: string[];
  session: { idleTimeoutSeconds: number; idleExpiresAt: string; absoluteExpiresAt: string };
}

export type LoginNext = 'done' | 'mfa-challenge' | 'mfa-enrol';

export interface MfaEnrolment {
  secret: string;
  otpauthUri: string;
  qrDataUrl: string;
}

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  agencyId: string | null;
  agencyName: string | null;
  roles: RoleGrant[];
  /** Grants waiting for a second administrator (the whole set the account will have); null: none. */
  pendingGrants: {
    approvalId: string;
    roles: RoleGrant[];
    requestedBy: string;
    requestedByName: string | null;
    requestedAt: string;
    mayDecide: boolean;
    version: number;
  } | null;
  status: 'active' | 'disabled';
  lockedUntil: string | null;
  mfaEnabled: boolean;
  lastSignInAt: string | null;
  version: number;
}

export interface Agency {
  id: string;
  name: string;
  kind: string;
  organisationType: string;
  country: Country;
  unitCodes: string[];
  status: 'active' | 'inactive';
  version: number;
}

export type UnitLevel = 'country' | 'region' | 'district' | 'community';

export interface AdminUnit {
  code: string;
  parentCode: string | null;
  level: UnitLevel;
  names: Record<Locale, string>;
}

export interface AgencyKind {
  kind: string;
  organisationType: string;
  names: Record<Locale, string>;
}

export interface AccessLogEntry {
  at: string;
  actorId: string;
  actorUsername: string;
  actorName: string | null;
  actorAgencyName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  outcome: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

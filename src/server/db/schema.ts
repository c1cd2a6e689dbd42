import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { BreakGlassTables } from './schema-break-glass.ts';
import type { ServiceDirectoryTables } from './schema-directory.ts';
import type { JusticeTables } from './schema-justice.ts';
import type { MonitoringTables } from './schema-monitoring.ts';
import type { NotificationApprovalTables } from './schema-notifications-approvals.ts';
import type { PlanBestInterestsTables } from './schema-plans.ts';
import type { ServiceReferralTables } from './schema-referrals.ts';
import type { RetentionTables } from './schema-retention.ts';
import type { ChildProtectionTables } from './schema-child-protections.ts';
import type { FederationTables } from './schema-federation.ts';

// Kysely's view of the tables created by the migrations. Keep in step with db/migrations.

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json<T> = ColumnType<T, string, string>;

export type Locale = 'en' | 'uk' | 'ru' | 'ro' | 'be';

export interface AdminUnitsTable {
  code: string;
  parent_code: string | null;
  level: 'country' | 'region' | 'district' | 'community';
  country: 'UA' | 'MD' | 'BY';
  names: Json<Record<Locale, string>>;
  /** The unit's code in an official national list (OCHA COD-AB P-code for Ukraine), when it has one. */
  pcode: ColumnType<string | null, string | null | undefined, string | null>;
  /** Set when the unit dropped out of a newer list; kept for the records that point at it. */
  retired_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface AgenciesTable {
  id: string;
  country: string;
  name: string;
  kind: string;
  organisation_type: string;
  status: Generated<'active' | 'inactive'>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AgencyUnitsTable {
  agency_id: string;
  unit_code: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  agency_id: string | null;
  locale: Generated<Locale>;
  status: Generated<'active' | 'disabled'>;
  mfa_secret: string | null;
  mfa_enabled: Generated<boolean>;
  mfa_last_step: number | null;
  must_change_password: Generated<boolean>;
  password_changed_at: Timestamp;
  last_sign_in_at: Date | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserRolesTable {
  user_id: string;
  role: string;
  scope: string;
  unit_code: string | null;
}

export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: Date | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  stage: 'mfa-challenge' | 'mfa-enrol' | 'done';
  csrf_token: string;
  pending_mfa_secret: string | null;
  pending_webauthn_challenge: Generated<string | null>;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  absolute_expires_at: Timestamp;
}

/** One sign-in counter (a keyed hash, never a user name or an address); see auth/throttle.ts. */
export interface AuthThrottleTable {
  key: string;
  failures: Generated<number>;
  window_started_at: Timestamp;
  not_before: Date | null;
}

export interface PasskeysTable {
  /** The credential id, base64url. */
  id: string;
  user_id: string;
  /** The COSE public key, base64url. */
  public_key: string;
  sign_count: Generated<number>;
  /** Comma list of the transports the authenticator named (usb, internal, hybrid …). */
  transports: Generated<string>;
  name: string;
  created_at: Timestamp;
  last_used_at: Date | null;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  method: string;
  path: string;
  request_hash: string;
  status_code: number;
  /** The create's answer, sealed with the field cipher (context idempotency_keys.response). */
  response: string;
  created_at: Timestamp;
}

export interface AuditLogTable {
  seq: number;
  at: Timestamp;
  actor_id: string | null;
  actor_agency_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  outcome: 'success' | 'failure' | 'denied';
  request_id: string | null;
  details: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

export interface NodeSettingsTable {
  key: string;
  value: Json<unknown>;
}

export interface CaseCodeCountersTable {
  country: string;
  year: number;
  last_number: number;
}

export interface CasesTable {
  id: string;
  code: string;
  country: 'UA' | 'MD' | 'BY';
  stage: string;
  status: string;
  gender: string;
  presumed_minor: boolean;
  birth_year_from: number | null;
  birth_year_to: number | null;
  unit_code: string;
  owner_agency_id: string;
  owner_user_id: string | null;
  open_identity: Json<Record<string, unknown>>;
  sensitive_identity: string;
  name_count: number;
  name_keys: ColumnType<string[], string[] | undefined, string[]>;
  document_keys: ColumnType<string[], string[] | undefined, string[]>;
  name_birth_key: string | null;
  exploitation_types: ColumnType<string[], string[] | undefined, string[]>;
  next_deadline: string | null;
  merged_into: ColumnType<string | null, string | null | undefined, string | null>;
  /** Set when the retention job erased the case's personal data (migration 017). */
  anonymised_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Since when an unaccompanied or separated child needs a guardian (CETS 197 Art. 10(4), migration 019). */
  guardian_required_since: ColumnType<string | null, string | null | undefined, string | null>;
  /** The multidisciplinary team that works on the case, if any (migration 024). */
  owner_team_id: ColumnType<string | null, string | null | undefined, string | null>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CaseActionsTable {
  case_id: string;
  seq: number;
  type: string;
  at: Timestamp;
  actor_id: string | null;
  actor_agency_id: string | null;
  reason: string | null;
  payload: Json<Record<string, unknown>>;
}

export interface TraffickingEventsTable {
  id: string;
  case_id: string;
  type: string;
  date_from: string;
  date_to: string | null;
  country: string;
  region_code: string | null;
  place: string | null;
  recruitment_methods: ColumnType<string[], string[] | undefined, string[]>;
  apps: ColumnType<string[], string[] | undefined, string[]>;
  relationship_to_trafficker: string | null;
  exploitation_types: ColumnType<string[], string[] | undefined, string[]>;
  labour_industry: string | null;
  sex_exploitation_type: string | null;
  control_methods: ColumnType<string[], string[] | undefined, string[]>;
  duration_days: number | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ScreeningsTable {
  id: string;
  case_id: string;
  list: string;
  indicator_set_version: string;
  answers: string;
  result: string;
  suggestion: string;
  screened_by: string | null;
  screened_at: Timestamp;
}

export interface CaseStatusTable {
  case_id: string;
  status: string;
  deciding_org_type: string | null;
  decided_on: string | null;
  formal_procedure: string | null;
  reflection_starts_on: string | null;
  reflection_ends_on: string | null;
  non_punishment: Generated<boolean>;
  non_punishment_note: string | null;
  updated_at: Timestamp;
}

export interface StatusDecisionsTable {
  id: string;
  case_id: string;
  status: string;
  deciding_org_type: string;
  decided_on: string;
  formal_procedure: string | null;
  decided_by: string | null;
  decided_at: Timestamp;
}

export interface CaseFamilyMembersTable {
  id: string;
  case_id: string;
  relation: string;
  name: string;
  contact: string | null;
  implicated: boolean;
  safe_contact: boolean;
  note: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CaseGuardiansTable {
  case_id: string;
  kind: string;
  name: string;
  contact: string | null;
  appointed_on: string | null;
  appointing_authority: string | null;
  /** The person acting as guardian: a new id whenever another person takes the role (migration 019). */
  person_id: string;
  family_member_id: string | null;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface CaseConsentsTable {
  id: string;
  case_id: string;
  purpose: string;
  recipient_agency_id: string | null;
  child_assent_given: boolean;
  child_assent_date: string;
  child_informed_how: string;
  guardian_consent_given: boolean | null;
  guardian_consent_date: string | null;
  guardian_given_by: string | null;
  /** The guardian (case_guardians.person_id) who gave the consent (migration 019). */
  guardian_person_id: ColumnType<string | null, string | null | undefined, string | null>;
  expires_on: string | null;
  withdrawn_at: Date | null;
  withdrawal_reason: string | null;
  withdrawn_by: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
  version: Generated<number>;
}

export interface CaseNotesTable {
  id: string;
  case_id: string;
  class: string;
  text: string;
  author_id: string | null;
  created_at: Timestamp;
}

export interface CaseAttachmentsTable {
  id: string;
  case_id: string;
  class: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface CaseAttachmentContentsTable {
  attachment_id: string;
  content: string;
}

export interface DuplicatePairsTable {
  id: string;
  case_a: string;
  case_b: string;
  score: number;
  classification: 'probable' | 'possible';
  agreements: Json<unknown[]>;
  status: Generated<'open' | 'merged' | 'distinct'>;
  kept_case: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  version: Generated<number>;
  created_at: Timestamp;
}

// Each later area keeps its tables' types in its own file beside this one.
export interface TeamsTable {
  id: string;
  name: string;
  unit_code: string;
  version: Generated<number>;
  created_at: Timestamp;
  created_by: string | null;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
  added_at: Timestamp;
  added_by: string | null;
}

export interface DatabaseSchema
  extends NotificationApprovalTables,
    ServiceDirectoryTables,
    ServiceReferralTables,
    PlanBestInterestsTables,
    MonitoringTables,
    JusticeTables,
    BreakGlassTables,
    RetentionTables,
    ChildProtectionTables,
    FederationTables {
  duplicate_pairs: DuplicatePairsTable;
  case_code_counters: CaseCodeCountersTable;
  cases: CasesTable;
  case_actions: CaseActionsTable;
  case_family_members: CaseFamilyMembersTable;
  case_guardians: CaseGuardiansTable;
  case_consents: CaseConsentsTable;
  case_notes: CaseNotesTable;
  case_attachments: CaseAttachmentsTable;
  case_attachment_contents: CaseAttachmentContentsTable;
  trafficking_events: TraffickingEventsTable;
  screenings: ScreeningsTable;
  case_status: CaseStatusTable;
  status_decisions: StatusDecisionsTable;
  admin_units: AdminUnitsTable;
  agencies: AgenciesTable;
  agency_units: AgencyUnitsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  auth_throttle: AuthThrottleTable;
  passkeys: PasskeysTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_log: AuditLogTable;
  node_settings: NodeSettingsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type AgencyRow = Selectable<AgenciesTable>;
export type AuditRow = Selectable<AuditLogTable>;

// Kysely's view of the tables created by migration 006-notifications-approvals. Keep in step with it.
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema.ts';

export interface ApprovalsTable {
  id: string;
  /** Null for approvals about an account (kind 'grant-change', migration 013). */
  case_id: string | null;
  kind: string;
  subject_id: string;
  status: Generated<'pending' | 'approved' | 'rejected' | 'withdrawn'>;
  requested_by: string;
  requester_agency_id: string | null;
  requested_at: Generated<Date>;
  decided_by: string | null;
  decided_at: Date | null;
  /** Encrypted (approvals.reason). */
  reason: string | null;
  version: Generated<number>;
}

/** Migration 013: the grants an account is to have once its 'grant-change' approval is given. */
export interface GrantRequestsTable {
  approval_id: string;
  user_id: string;
  grants: ColumnType<Array<{ role: string; scope: string; unitCode: string | null }>, string, string>;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  case_id: string | null;
  subject_type: string;
  subject_id: string;
  actor_user_id: string | null;
  created_at: Generated<Date>;
  read_at: Date | null;
  email_state: 'pending' | 'sending' | 'sent' | 'skipped' | 'failed' | null;
}

export interface UserEmailsTable {
  user_id: string;
  /** Encrypted (user_emails.email). */
  email: string;
  updated_at: Timestamp;
}

export interface NotificationApprovalTables {
  approvals: ApprovalsTable;
  grant_requests: GrantRequestsTable;
  notifications: NotificationsTable;
  user_emails: UserEmailsTable;
}

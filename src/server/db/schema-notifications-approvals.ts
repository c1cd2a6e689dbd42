// Kysely's view of the tables created by migration 006-notifications-approvals. Keep in step with it.
import type { Generated } from 'kysely';
import type { Timestamp } from './schema.ts';

export interface ApprovalsTable {
  id: string;
  case_id: string;
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
  notifications: NotificationsTable;
  user_emails: UserEmailsTable;
}

// Kysely's view of the tables created by migration 011-referrals. Keep in step with it.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ReferralsTable {
  id: string;
  case_id: string;
  service_id: string;
  service_kind: string;
  sender_agency_id: string;
  sender_user_id: string;
  recipient_agency_id: string;
  urgency: string;
  reason: string;
  note: string | null;
  state: string;
  package_fields: ColumnType<string[], string[], string[]>;
  package: string | null;
  override_reason: string | null;
  decline_reason: string | null;
  outcome: string | null;
  cancel_reason: string | null;
  holds_place: Generated<boolean>;
  sent_at: Date | null;
  due_at: Date | null;
  answered_at: Date | null;
  closed_at: Date | null;
  recipient_case_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReferralEventsTable {
  referral_id: string;
  seq: number;
  type: string;
  from_state: string | null;
  to_state: string;
  at: Timestamp;
  actor_id: string | null;
  actor_agency_id: string | null;
}

export interface ServicesDeliveredTable {
  id: string;
  case_id: string;
  referral_id: string | null;
  service_kind: string;
  delivered_on: string;
  agency_id: string;
  user_id: string;
  outcome: string;
  note: string | null;
  plan_goal_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
}

export interface ServiceReferralTables {
  referrals: ReferralsTable;
  referral_events: ReferralEventsTable;
  services_delivered: ServicesDeliveredTable;
}

// Kysely's view of the tables created by migration 009-monitoring. Keep in step with it.
import type { Generated } from 'kysely';
import type { Json, Timestamp } from './schema.ts';

export interface MonitoringPlansTable {
  case_id: string;
  started_on: string;
  placement_type: string;
  started_by: string | null;
  started_at: Generated<Date>;
  version: Generated<number>;
}

export interface MonitoringVisitsTable {
  id: string;
  case_id: string;
  months_after: number | null;
  planned_on: string;
  status: Generated<'planned' | 'done' | 'missed'>;
  done_on: string | null;
  missed_reason: string | null;
  risk_contact_exploiters: boolean | null;
  risk_new_offers: boolean | null;
  risk_went_missing: boolean | null;
  risk_level: 'low' | 'medium' | 'high' | null;
  risk_note: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp | null;
  version: Generated<number>;
  created_at: Generated<Date>;
}

export interface MonitoringAssessmentsTable {
  id: string;
  case_id: string;
  visit_id: string;
  assessed_on: string;
  assessor_id: string | null;
  items: string;
  caregiver_view: string | null;
  child_view: string | null;
  domain_scores: Json<Record<string, number>>;
  overall: number;
  created_at: Generated<Date>;
}

export interface MonitoringAlertsTable {
  id: string;
  case_id: string;
  kind: 'safety' | 'retrafficking-risk';
  visit_id: string | null;
  assessment_id: string | null;
  item_ids: Generated<string[]>;
  raised_at: Generated<Date>;
  raised_by: string | null;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
  resolution_note: string | null;
  /** Added by migration 018; set exactly when the alert is resolved. */
  resolution_outcome: string | null;
  version: Generated<number>;
}

export interface MonitoringTables {
  monitoring_plans: MonitoringPlansTable;
  monitoring_visits: MonitoringVisitsTable;
  monitoring_assessments: MonitoringAssessmentsTable;
  monitoring_alerts: MonitoringAlertsTable;
}

// Kysely's view of the tables created by migration 008-plans-best-interests. Keep in step with it.
import type { Generated } from 'kysely';
import type { Timestamp } from './schema.ts';

export interface PlansTable {
  id: string;
  case_id: string;
  number: number;
  status: 'draft' | 'submitted' | 'approved' | 'returned' | 'superseded';
  started_on: string;
  planned_end: string | null;
  actual_end: string | null;
  review_on: string | null;
  created_by: string;
  created_at: Timestamp;
  submitted_by: string | null;
  submitted_at: Date | null;
  decided_by: string | null;
  decided_at: Date | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface PlanGoalsTable {
  id: string;
  plan_id: string;
  case_id: string;
  lineage_id: string;
  position: number;
  domain: string;
  support_plan_type: string;
  objective: string;
  status: string;
  review_on: string | null;
}

export interface PlanActionsTable {
  id: string;
  goal_id: string;
  plan_id: string;
  position: number;
  text: string;
  responsible_agency_id: string | null;
  due_on: string | null;
  status: string;
}

export interface BestInterestsTable {
  id: string;
  case_id: string;
  status: 'open' | 'proposed' | 'decided';
  child_views: string | null;
  family_assessment: string | null;
  risk_level: string | null;
  return_in_best_interests: boolean | null;
  risk_factors: string | null;
  risk_assessed_on: string | null;
  options: string | null;
  solution: string | null;
  reunification_target_id: string | null;
  reasons: string | null;
  proposed_by: string | null;
  proposed_at: Date | null;
  decided_at: Date | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface BestInterestsPanelTable {
  best_interests_id: string;
  user_id: string;
  confirmed_at: Date | null;
}

export interface PlanBestInterestsTables {
  plans: PlansTable;
  plan_goals: PlanGoalsTable;
  plan_actions: PlanActionsTable;
  best_interests: BestInterestsTable;
  best_interests_panel: BestInterestsPanelTable;
}

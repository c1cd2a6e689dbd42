import type { Timestamp } from './schema.ts';

// Tables of migration 019 (issue 11: presumption of minority, guardian, non-punishment).

export interface CaseAgeAssessmentsTable {
  id: string;
  case_id: string;
  assessed_on: string;
  method: string;
  assessed_by: string;
  result: string;
  child_informed_on: string;
  child_informed_how: string;
  note: string | null;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface ChildProtectionTables {
  case_age_assessments: CaseAgeAssessmentsTable;
}

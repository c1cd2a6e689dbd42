// Kysely's view of the tables created by migration 010-justice. Keep in step with it.
import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from './schema.ts';

export type StoredMeasure = { measure: string; on: string };
export type StoredCompensation = {
  kind: string;
  source: string;
  amount: number;
  currency: string;
  on: string | null;
};

export interface JusticeProceedingsTable {
  id: string;
  case_id: string;
  country: string;
  number: string | null;
  articles: Json<string[]>;
  authority_agency_id: string | null;
  authority_name: string | null;
  stage: string;
  outcome: string | null;
  child_role: string;
  opened_on: string;
  legal_aid_provider: string | null;
  legal_aid_from: string | null;
  measures: Json<StoredMeasure[]>;
  compensation: Json<StoredCompensation[]>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface JusticeStageHistoryTable {
  proceeding_id: string;
  seq: number;
  stage: string;
  entered_on: string;
  outcome: string | null;
  note: string | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface JusticePerpetratorsTable {
  id: string;
  case_id: string;
  proceeding_id: string | null;
  roles: Json<string[]>;
  relation: string | null;
  family_member: boolean;
  family_member_id: string | null;
  sex: string | null;
  nationalities: Json<string[]>;
  name: string | null;
  alias: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface JusticeNonPunishmentTable {
  id: string;
  case_id: string;
  decision: string;
  decided_on: string | null;
  authority_agency_id: string | null;
  authority_name: string | null;
  offence: string;
  note: string | null;
  /** The charge against the child this decision is about (migration 019). */
  proceeding_id: ColumnType<string | null, string | null | undefined, string | null>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface JusticeTables {
  justice_proceedings: JusticeProceedingsTable;
  justice_stage_history: JusticeStageHistoryTable;
  justice_perpetrators: JusticePerpetratorsTable;
  justice_non_punishment: JusticeNonPunishmentTable;
}

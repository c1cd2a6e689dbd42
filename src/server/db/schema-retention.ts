import type { Generated } from 'kysely';
import type { Timestamp } from './schema.ts';

// Tables of migration 017 (retention and legal holds).

export interface CaseLegalHoldsTable {
  id: string;
  case_id: string;
  /** Sealed with the field cipher (context case_legal_holds.reason). */
  reason: string;
  set_by: string;
  set_at: Timestamp;
  lifted_by: string | null;
  lifted_at: Date | null;
  lift_reason: string | null;
  version: Generated<number>;
}

export interface RetentionTables {
  case_legal_holds: CaseLegalHoldsTable;
}

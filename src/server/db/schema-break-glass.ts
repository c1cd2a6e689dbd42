import type { Generated } from 'kysely';
import type { Timestamp } from './schema.ts';

// Kysely's view of migration 012 (break-glass accesses). Keep in step with db/migrations.

export interface BreakGlassAccessesTable {
  id: string;
  case_id: string;
  user_id: string;
  user_agency_id: string | null;
  owner_agency_id: string;
  /** Ciphertext (break_glass_accesses.reason). */
  reason: string;
  started_at: Timestamp;
  expires_at: Timestamp;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  /** Ciphertext (break_glass_accesses.review_note). */
  review_note: string | null;
  version: Generated<number>;
}

export interface BreakGlassTables {
  break_glass_accesses: BreakGlassAccessesTable;
}

// Kysely's view of the tables created by migration 007-service-directory. Keep in step with it.
import type { ColumnType, Generated } from 'kysely';
import type { Json, Timestamp } from './schema.ts';

type TextArray = ColumnType<string[], string[] | undefined, string[]>;

/** Stored shape of opening hours (src/domain/directory/opening-hours.ts OpeningHours). */
export type StoredOpeningHours = {
  alwaysOpen: boolean;
  weekly: Array<{ day: number; opens: string; closes: string }>;
};

export interface ServicesTable {
  id: string;
  agency_id: string;
  country: string;
  kind: string;
  support_plan_type: string;
  name: string;
  description: Generated<string>;
  age_min: number | null;
  age_max: number | null;
  genders: TextArray;
  exploitation_types: TextArray;
  languages: TextArray;
  opening_hours: Json<StoredOpeningHours>;
  capacity: number | null;
  free_places: number | null;
  accreditation_standard: string | null;
  accreditation_number: string | null;
  /** A date column: read as YYYY-MM-DD text (the node's pg type parser), written as text. */
  accreditation_valid_until: string | null;
  phone: string | null;
  email: string | null;
  status: Generated<'active' | 'inactive'>;
  version: Generated<number>;
  created_by: string | null;
  updated_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ServiceDistrictsTable {
  service_id: string;
  unit_code: string;
}

export interface ServiceDirectoryTables {
  services: ServicesTable;
  service_districts: ServiceDistrictsTable;
}

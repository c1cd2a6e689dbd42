// Kysely's view of the tables created by migration 011-referrals. Keep in step with it.
// import type { Timestamp, Json } from './schema.ts'; — shared column helpers.

// biome-ignore lint/suspicious/noEmptyInterface: filled in as the area's tables are created.
export interface ServiceReferralTables {}

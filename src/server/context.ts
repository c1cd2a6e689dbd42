import type { Config } from './config.ts';
import type { FieldCipher } from './crypto/field-cipher.ts';
import type { Database } from './db/database.ts';
import type { IsWithin } from './policy/policy.ts';

/** What services need from the outside world, built once in main.ts (the composition root). */
export type AppContext = {
  config: Config;
  database: Database;
  cipher: FieldCipher;
  isWithin: IsWithin;
};

/** Who is acting, for the audit log: ids only, never names. */
export type Actor = {
  userId: string | null;
  agencyId: string | null;
  requestId: string | null;
};

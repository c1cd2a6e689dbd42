import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { countRecentFailures, oldestRecentFailure } from './auth.repository.ts';

// Failures are counted in the database, not in memory, so the limit holds across app servers and
// restarts. The check runs before any password hashing: a locked account costs an attacker nothing to
// ask about and us nothing to refuse.

export type FailureWindow = { maxFailures: number; windowSeconds: number };

export async function refuseWhenLimited(
  db: Kysely<DatabaseSchema>,
  key: string,
  limits: FailureWindow,
  maxFailures = limits.maxFailures,
): Promise<void> {
  const since = new Date(Date.now() - limits.windowSeconds * 1000);
  const failures = await countRecentFailures(db, key, since);
  if (failures < maxFailures) return;
  const oldest = await oldestRecentFailure(db, key, since);
  const retryAfter = oldest
    ? Math.max(1, Math.ceil((oldest.getTime() + limits.windowSeconds * 1000 - Date.now()) / 1000))
    : limits.windowSeconds;
  throw new AppError(
    429,
    'too_many_attempts',
    `Too many failed attempts. Wait ${retryAfter} seconds before trying again.`,
    { retryAfterSeconds: retryAfter },
    { 'Retry-After': String(retryAfter) },
  );
}

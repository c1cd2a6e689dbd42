import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import * as repo from './throttle.repository.ts';

// Sign-in counters live in the database, so limits hold across app servers and restarts. An attempt
// is *claimed* before the password is hashed: under a row lock the counters are checked and the
// attempt is counted as a failure in advance, then refunded when it succeeds. So twenty-five
// concurrent wrong passwords against a cap of five get five checks, not "everyone read four".
//
// Two kinds of counter:
// - a cap: at most `max` failures in a fixed window of `windowSeconds`, then refused until the window
//   ends (per account-and-client, per client, per second-factor);
// - a slowdown: the first `freeFailures` failures are free, then each further one makes the next
//   attempt wait twice as long (baseSeconds, 2×, 4× … up to maxSeconds), and the counter forgets after
//   a quiet day. This is the account-wide brake: it is never a lock-out, and a device the owner signed
//   in from before skips it (see trusted-device.ts), so a stranger cannot keep the owner out.

export type CapRule = { kind: 'cap'; key: string; max: number; windowSeconds: number };
export type SlowdownRule = {
  kind: 'slowdown';
  key: string;
  freeFailures: number;
  baseSeconds: number;
  maxSeconds: number;
};
export type ThrottleRule = CapRule | SlowdownRule;

/** A slowdown counter forgets an account's failures after a day without any. */
export const SLOWDOWN_MEMORY_SECONDS = 86_400;

type Db = Kysely<DatabaseSchema>;
type Counter = { failures: number; windowStartedAt: Date; notBefore: Date | null };

function tooManyAttempts(retryAfterSeconds: number): AppError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError(
    'too_many_attempts',
    `Too many failed attempts. Wait ${retryAfter} seconds before trying again.`,
    { retryAfterSeconds: retryAfter },
    { 'Retry-After': String(retryAfter) },
  );
}

export function slowdownDelaySeconds(rule: SlowdownRule, failures: number): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 30);
  return Math.min(rule.baseSeconds * 2 ** doublings, rule.maxSeconds);
}

/** The counter as the rule sees it now: an ended window or a forgotten slowdown starts afresh. */
function current(rule: ThrottleRule, row: Counter | undefined, now: number): Counter {
  const fresh = { failures: 0, windowStartedAt: new Date(now), notBefore: null };
  if (!row) return fresh;
  const age = (now - row.windowStartedAt.getTime()) / 1000;
  const span = rule.kind === 'cap' ? rule.windowSeconds : SLOWDOWN_MEMORY_SECONDS;
  return age >= span ? fresh : row;
}

/** Seconds to wait before this rule allows an attempt, or 0. */
function waitFor(rule: ThrottleRule, counter: Counter, now: number): number {
  if (rule.kind === 'cap') {
    if (counter.failures < rule.max) return 0;
    return (counter.windowStartedAt.getTime() + rule.windowSeconds * 1000 - now) / 1000;
  }
  return counter.notBefore ? Math.max(0, (counter.notBefore.getTime() - now) / 1000) : 0;
}

function afterFailure(rule: ThrottleRule, counter: Counter, now: number): Counter {
  const failures = counter.failures + 1;
  if (rule.kind === 'cap') return { ...counter, failures };
  const delay = slowdownDelaySeconds(rule, failures);
  // For a slowdown the window start is the last failure: a quiet day is measured from there.
  return {
    failures,
    windowStartedAt: new Date(now),
    notBefore: delay > 0 ? new Date(now + delay * 1000) : null,
  };
}

/**
 * Claims one attempt under every rule, or throws 429 (with Retry-After) without counting anything
 * when any rule refuses. The caller must `settleSuccess` the rules when the attempt turns out right.
 */
export async function claimAttempt(db: Db, rules: ReadonlyArray<ThrottleRule>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const rows = await repo.lockCounters(
      trx,
      rules.map((rule) => rule.key),
    );
    const now = Date.now();
    const counters = rules.map((rule) => current(rule, rows.get(rule.key), now));
    const wait = Math.max(0, ...rules.map((rule, i) => waitFor(rule, counters[i]!, now)));
    if (wait > 0) throw tooManyAttempts(wait);
    for (const [i, rule] of rules.entries()) {
      await repo.saveCounter(trx, rule.key, afterFailure(rule, counters[i]!, now));
    }
  });
}

/**
 * A right answer: counters of this account (and this account on this client) are cleared; counters
 * shared with other accounts (the client's own) only get back the one attempt this was.
 */
export async function settleSuccess(
  db: Db,
  cleared: ReadonlyArray<string>,
  refunded: ReadonlyArray<string> = [],
): Promise<void> {
  await repo.deleteCounters(db, cleared);
  await repo.refundOne(db, refunded);
}

/** When the slowdown of a key ends (for the administrators' view), or null when it does not apply. */
export async function slowedUntil(db: Db, keys: ReadonlyArray<string>): Promise<Map<string, Date>> {
  const rows = await repo.countersOf(db, keys);
  const now = Date.now();
  return new Map(
    [...rows.entries()].flatMap(([key, row]) =>
      row.notBefore && row.notBefore.getTime() > now ? [[key, row.notBefore] as const] : [],
    ),
  );
}

import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema, UserRow } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import * as repo from './auth.repository.ts';
import {
  burnEquivalentTime,
  hashPassword,
  PASSWORD_PROBLEM_MESSAGES,
  passwordProblem,
  verifyPassword,
} from './passwords.ts';
import { countPasskeys } from './passkeys.repository.ts';
import { secondFactorPolicy } from './second-factor-policy.ts';
import { accountCap, signInCounters } from './sign-in-limits.ts';
import { claimAttempt, SLOWDOWN_MEMORY_SECONDS, settleSuccess } from './throttle.ts';
import { pruneCounters } from './throttle.repository.ts';
import { hashToken, newToken } from './tokens.ts';

export type SessionStage = 'mfa-challenge' | 'mfa-enrol' | 'done';
export type IssuedSession = { token: string; csrfToken: string; stage: SessionStage };

const invalidCredentials = () =>
  new AppError('invalid_credentials', 'The user name or password is not correct.');

/**
 * What follows a right password: a challenge when the account has a second factor the rules accept,
 * enrolment when its roles need one it lacks, else nothing. A role that must use a passkey is not
 * satisfied by TOTP alone.
 */
async function secondStepFor(
  ctx: AppContext,
  db: Kysely<DatabaseSchema>,
  user: UserRow,
): Promise<SessionStage> {
  const policy = await secondFactorPolicy(ctx, db, user.id);
  const passkeys = await countPasskeys(db, user.id);
  if (policy.passkeyRequired) return passkeys > 0 ? 'mfa-challenge' : 'mfa-enrol';
  if (user.mfa_enabled || passkeys > 0) return 'mfa-challenge';
  return policy.mfaRequired ? 'mfa-enrol' : 'done';
}

async function issueSession(
  ctx: AppContext,
  db: Kysely<DatabaseSchema>,
  userId: string,
  stage: SessionStage,
): Promise<IssuedSession> {
  const token = newToken();
  const csrfToken = newToken();
  await repo.insertSession(db, {
    tokenHash: hashToken(token),
    userId,
    stage,
    csrfToken,
    absoluteExpiresAt: new Date(Date.now() + ctx.config.session.absoluteSeconds * 1000),
  });
  return { token, csrfToken, stage };
}

export async function signIn(
  ctx: AppContext,
  input: {
    username: string;
    password: string;
    ip: string;
    trustedDeviceId: string | null;
    previousToken: string | undefined;
    requestId: string;
  },
): Promise<IssuedSession> {
  const db = ctx.database.db;
  const counters = signInCounters(ctx, input);
  await claimAttempt(db, counters.rules);

  const user = await repo.findUserForSignIn(db, input.username);
  const passwordOk = user
    ? await verifyPassword(user.password_hash, input.password)
    : (await burnEquivalentTime(input.password), false);
  const actor: Actor = { userId: null, agencyId: null, requestId: input.requestId };
  if (!user || !passwordOk) {
    await db.transaction().execute(async (trx) => {
      // Counters untouched for longer than any rule remembers are never read again.
      await pruneCounters(trx, new Date(Date.now() - SLOWDOWN_MEMORY_SECONDS * 1000));
      await audit(trx, actor, {
        action: 'auth.sign-in',
        outcome: 'failure',
        entityType: user ? 'user' : null,
        entityId: user?.id ?? null,
        details: {
          reason: user ? 'wrong_password' : 'unknown_account',
          knownDevice: !!input.trustedDeviceId,
        },
      });
    });
    throw invalidCredentials();
  }
  if (user.status !== 'active') {
    await audit(db, actor, {
      action: 'auth.sign-in',
      outcome: 'denied',
      entityType: 'user',
      entityId: user.id,
      details: { reason: 'disabled' },
    });
    throw new AppError('account_disabled', 'This account is disabled. Ask your administrator.');
  }

  const stage = await secondStepFor(ctx, db, user);
  return db.transaction().execute(async (trx) => {
    // Rotation: whatever session this browser had before is ended, so a planted token is worthless.
    if (input.previousToken) await repo.deleteSession(trx, hashToken(input.previousToken));
    await settleSuccess(trx, counters.clearedOnSuccess, counters.refunded);
    if (stage === 'done') await repo.recordSignIn(trx, user.id);
    const session = await issueSession(ctx, trx, user.id, stage);
    await audit(
      trx,
      { ...actor, userId: user.id, agencyId: user.agency_id },
      {
        action: 'auth.sign-in',
        entityType: 'user',
        entityId: user.id,
        details: { stage, knownDevice: !!input.trustedDeviceId },
      },
    );
    return session;
  });
}

export async function signOut(ctx: AppContext, token: string, actor: Actor): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, hashToken(token));
    await audit(trx, actor, { action: 'auth.sign-out', entityType: 'user', entityId: actor.userId });
  });
}

/** Moves a session to 'done' under a new token: privilege went up, so the old token must not carry it. */
export async function completeSession(
  _ctx: AppContext,
  db: Kysely<DatabaseSchema>,
  oldToken: string,
  userId: string,
): Promise<IssuedSession> {
  const token = newToken();
  const csrfToken = newToken();
  await repo.replaceSessionToken(db, hashToken(oldToken), {
    tokenHash: hashToken(token),
    csrfToken,
    stage: 'done',
  });
  await repo.recordSignIn(db, userId);
  return { token, csrfToken, stage: 'done' };
}

export async function changePassword(
  ctx: AppContext,
  token: string,
  input: { currentPassword: string; newPassword: string },
  actor: Actor & { userId: string },
): Promise<void> {
  const db = ctx.database.db;
  const limit = accountCap(ctx, 'password', actor.userId);
  await claimAttempt(db, [limit]);
  const user = await db
    .selectFrom('users')
    .select(['username', 'password_hash'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    await audit(db, actor, {
      action: 'auth.password-change',
      outcome: 'failure',
      entityType: 'user',
      entityId: actor.userId,
    });
    throw new AppError('invalid_credentials', 'The current password is not correct.');
  }
  await settleSuccess(db, [limit.key]);
  assertAcceptablePassword(input.newPassword, user.username, 'newPassword');
  if (input.newPassword === input.currentPassword) {
    throw new AppError('password_reused', 'The new password must differ from the current one.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    // Also lifts "must change password": the password is now one only the owner knows.
    await repo.updatePasswordHash(trx, actor.userId, passwordHash, { mustChange: false });
    // Every other browser signed in as this user is signed out: a changed password often means a leak.
    await repo.deleteSessionsOfUser(trx, actor.userId, hashToken(token));
    await audit(trx, actor, { action: 'auth.password-change', entityType: 'user', entityId: actor.userId });
  });
}

export function assertAcceptablePassword(password: string, username: string, field: string): void {
  const problem = passwordProblem(password, username);
  if (problem) {
    throw new AppError('weak_password', PASSWORD_PROBLEM_MESSAGES[problem], [
      { path: `body.${field}`, message: PASSWORD_PROBLEM_MESSAGES[problem], reason: problem },
    ]);
  }
}

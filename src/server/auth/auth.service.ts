import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema, UserRow } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { Role } from '../policy/policy.ts';
import * as repo from './auth.repository.ts';
import {
  burnEquivalentTime,
  hashPassword,
  PASSWORD_PROBLEM_MESSAGES,
  passwordProblem,
  verifyPassword,
} from './passwords.ts';
import { refuseWhenLimited } from './rate-limit.ts';
import { hashToken, newRecoveryCodes, newToken, normaliseRecoveryCode } from './tokens.ts';
import { enrolmentMaterial, matchingTotpStep, newTotpSecret } from './totp.ts';

export type SessionStage = 'mfa-challenge' | 'mfa-enrol' | 'done';
export type IssuedSession = { token: string; csrfToken: string; stage: SessionStage };

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'The user name or password is not correct.');
const MFA_SECRET_CONTEXT = 'users.mfa_secret';
const PENDING_SECRET_CONTEXT = 'sessions.pending_mfa_secret';

/**
 * Failure counters are keyed by a keyed hash of the user name as typed, so the table holds no user
 * names or addresses (a typo of a password in the user-name field must not sit there in clear).
 */
export function loginKey(ctx: AppContext, username: string) {
  return `login:${ctx.cipher.blindIndex(username.toLowerCase(), 'sign-in-failures')}`;
}

/** Per-client cap, ten times the per-account one, against spraying many accounts from one address. */
function clientKey(ctx: AppContext, ip: string) {
  return `login-ip:${ctx.cipher.blindIndex(ip, 'sign-in-failures')}`;
}

async function mfaRequiredFor(ctx: AppContext, db: Kysely<DatabaseSchema>, user: UserRow): Promise<boolean> {
  const grants = await repo.loadGrants(db, user.id);
  return grants.some((grant) => ctx.config.mfaRequiredRoles.includes(grant.role as Role));
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
    previousToken: string | undefined;
    requestId: string;
  },
): Promise<IssuedSession> {
  const db = ctx.database.db;
  const limits = ctx.config.login;
  await refuseWhenLimited(db, loginKey(ctx, input.username), limits);
  await refuseWhenLimited(db, clientKey(ctx, input.ip), limits, limits.maxFailures * 10);

  const user = await repo.findUserForSignIn(db, input.username);
  const passwordOk = user
    ? await verifyPassword(user.password_hash, input.password)
    : (await burnEquivalentTime(input.password), false);
  const actor: Actor = { userId: null, agencyId: null, requestId: input.requestId };
  if (!user || !passwordOk) {
    await db.transaction().execute(async (trx) => {
      await repo.recordFailure(trx, [loginKey(ctx, input.username), clientKey(ctx, input.ip)]);
      // Counters older than the window are never read again: keep the table small.
      await repo.pruneFailures(trx, new Date(Date.now() - limits.windowSeconds * 1000));
      await audit(trx, actor, {
        action: 'auth.sign-in',
        outcome: 'failure',
        entityType: user ? 'user' : null,
        entityId: user?.id ?? null,
        details: { reason: user ? 'wrong_password' : 'unknown_account' },
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
    throw new AppError(403, 'account_disabled', 'This account is disabled. Ask your administrator.');
  }

  const stage: SessionStage = user.mfa_enabled
    ? 'mfa-challenge'
    : (await mfaRequiredFor(ctx, db, user))
      ? 'mfa-enrol'
      : 'done';
  return db.transaction().execute(async (trx) => {
    // Rotation: whatever session this browser had before is ended, so a planted token is worthless.
    if (input.previousToken) await repo.deleteSession(trx, hashToken(input.previousToken));
    await repo.clearFailures(trx, loginKey(ctx, input.username));
    if (stage === 'done') await repo.recordSignIn(trx, user.id);
    const session = await issueSession(ctx, trx, user.id, stage);
    await audit(
      trx,
      { ...actor, userId: user.id, agencyId: user.agency_id },
      {
        action: 'auth.sign-in',
        entityType: 'user',
        entityId: user.id,
        details: { stage },
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
async function completeSession(
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

export async function startMfaEnrolment(
  ctx: AppContext,
  token: string,
  user: { id: string; username: string; mfaEnabled: boolean },
) {
  if (user.mfaEnabled)
    throw new AppError(409, 'conflict', 'Two-step verification is already set up for this account.');
  const secret = newTotpSecret();
  await repo.setPendingMfaSecret(
    ctx.database.db,
    hashToken(token),
    ctx.cipher.encrypt(secret, PENDING_SECRET_CONTEXT),
  );
  return enrolmentMaterial(secret, user.username);
}

export async function confirmMfaEnrolment(
  ctx: AppContext,
  token: string,
  code: string,
  actor: Actor & { userId: string },
): Promise<{ recoveryCodes: string[]; session: IssuedSession | null }> {
  const db = ctx.database.db;
  const mfaKey = `mfa:${actor.userId}`;
  await refuseWhenLimited(db, mfaKey, ctx.config.login);
  const session = await repo.findSession(db, hashToken(token));
  if (!session?.pending_mfa_secret)
    throw new AppError(409, 'mfa_not_enrolling', 'Start the set-up of two-step verification first.');
  const secret = ctx.cipher.decrypt(session.pending_mfa_secret, PENDING_SECRET_CONTEXT);
  const step = matchingTotpStep(secret, code);
  if (step === null) {
    await repo.recordFailure(db, [mfaKey]);
    await audit(db, actor, {
      action: 'auth.mfa-enrol',
      outcome: 'failure',
      entityType: 'user',
      entityId: actor.userId,
    });
    throw new AppError(
      400,
      'mfa_invalid_code',
      'The code is not correct. Check the time on your phone and try again.',
    );
  }
  const recoveryCodes = newRecoveryCodes();
  return db.transaction().execute(async (trx) => {
    await repo.enableMfa(trx, actor.userId, ctx.cipher.encrypt(secret, MFA_SECRET_CONTEXT), step);
    await repo.replaceRecoveryCodes(
      trx,
      actor.userId,
      recoveryCodes.map((c) => hashToken(c)),
    );
    await repo.clearFailures(trx, mfaKey);
    const next = session.stage === 'done' ? null : await completeSession(ctx, trx, token, actor.userId);
    if (next === null) await repo.clearPendingMfaSecret(trx, hashToken(token));
    await audit(trx, actor, { action: 'auth.mfa-enrol', entityType: 'user', entityId: actor.userId });
    return { recoveryCodes, session: next };
  });
}

export async function verifyMfaChallenge(
  ctx: AppContext,
  token: string,
  input: { code?: string; recoveryCode?: string },
  actor: Actor & { userId: string },
): Promise<IssuedSession> {
  const db = ctx.database.db;
  const mfaKey = `mfa:${actor.userId}`;
  await refuseWhenLimited(db, mfaKey, ctx.config.login);
  const user = await db
    .selectFrom('users')
    .select(['mfa_secret'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  let ok = false;
  let method = 'totp';
  if (input.code && user.mfa_secret) {
    const step = matchingTotpStep(ctx.cipher.decrypt(user.mfa_secret, MFA_SECRET_CONTEXT), input.code);
    ok = step !== null && (await repo.claimTotpStep(db, actor.userId, step));
  } else if (input.recoveryCode) {
    method = 'recovery-code';
    ok = await repo.consumeRecoveryCode(
      db,
      actor.userId,
      hashToken(normaliseRecoveryCode(input.recoveryCode)),
    );
  }
  if (!ok) {
    await repo.recordFailure(db, [mfaKey]);
    await audit(db, actor, {
      action: 'auth.mfa-verify',
      outcome: 'failure',
      entityType: 'user',
      entityId: actor.userId,
      details: { method },
    });
    throw new AppError(400, 'mfa_invalid_code', 'The code is not correct or was already used.');
  }
  return db.transaction().execute(async (trx) => {
    await repo.clearFailures(trx, mfaKey);
    const next = await completeSession(ctx, trx, token, actor.userId);
    await audit(trx, actor, {
      action: 'auth.mfa-verify',
      entityType: 'user',
      entityId: actor.userId,
      details: { method },
    });
    return next;
  });
}

export async function changePassword(
  ctx: AppContext,
  token: string,
  input: { currentPassword: string; newPassword: string },
  actor: Actor & { userId: string },
): Promise<void> {
  const db = ctx.database.db;
  const key = `password:${actor.userId}`;
  await refuseWhenLimited(db, key, ctx.config.login);
  const user = await db
    .selectFrom('users')
    .select(['username', 'password_hash'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    await repo.recordFailure(db, [key]);
    await audit(db, actor, {
      action: 'auth.password-change',
      outcome: 'failure',
      entityType: 'user',
      entityId: actor.userId,
    });
    throw new AppError(401, 'invalid_credentials', 'The current password is not correct.');
  }
  assertAcceptablePassword(input.newPassword, user.username, 'newPassword');
  if (input.newPassword === input.currentPassword) {
    throw new AppError(400, 'password_reused', 'The new password must differ from the current one.');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await repo.updatePasswordHash(trx, actor.userId, passwordHash);
    // Every other browser signed in as this user is signed out: a changed password often means a leak.
    await repo.deleteSessionsOfUser(trx, actor.userId, hashToken(token));
    await audit(trx, actor, { action: 'auth.password-change', entityType: 'user', entityId: actor.userId });
  });
}

export function assertAcceptablePassword(password: string, username: string, field: string): void {
  const problem = passwordProblem(password, username);
  if (problem) {
    throw new AppError(400, 'weak_password', PASSWORD_PROBLEM_MESSAGES[problem], [
      { path: `body.${field}`, message: PASSWORD_PROBLEM_MESSAGES[problem], reason: problem },
    ]);
  }
}

import { audit } from '../audit/audit.service.ts';
import type { Actor, AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import * as repo from './auth.repository.ts';
import { completeSession, type IssuedSession } from './auth.service.ts';
import { countPasskeys } from './passkeys.repository.ts';
import { accountCap } from './sign-in-limits.ts';
import { requirePasswordAgain } from './step-up.ts';
import { secondFactorPolicy } from './second-factor-policy.ts';
import { claimAttempt, settleSuccess } from './throttle.ts';
import { hashToken, newRecoveryCodes, normaliseRecoveryCode } from './tokens.ts';
import { enrolmentMaterial, matchingTotpStep, newTotpSecret } from './totp.ts';

// TOTP (an authenticator app) as the second step, with ten single-use recovery codes.

const MFA_SECRET_CONTEXT = 'users.mfa_secret';
const PENDING_SECRET_CONTEXT = 'sessions.pending_mfa_secret';

const passkeyRequired = () =>
  new AppError(
    'passkey_required',
    'Your role must use a passkey as the second step; an authenticator app code is not accepted.',
  );

/** Starts setting up (or replacing) the authenticator app, after the password is given again. */
export async function startMfaEnrolment(
  ctx: AppContext,
  token: string,
  user: { id: string; username: string },
  password: string,
  actor: Actor & { userId: string },
) {
  if ((await secondFactorPolicy(ctx, ctx.database.db, user.id)).passkeyRequired) throw passkeyRequired();
  await requirePasswordAgain(ctx, actor, password, 'totp-enrol');
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
  const limit = accountCap(ctx, 'mfa', actor.userId);
  const session = await repo.findSession(db, hashToken(token));
  if (!session?.pending_mfa_secret)
    throw new AppError('mfa_not_enrolling', 'Start the set-up of two-step verification first.');
  await claimAttempt(db, [limit]);
  const secret = ctx.cipher.decrypt(session.pending_mfa_secret, PENDING_SECRET_CONTEXT);
  const step = matchingTotpStep(secret, code);
  if (step === null) {
    await audit(db, actor, {
      action: 'auth.mfa-enrol',
      outcome: 'failure',
      entityType: 'user',
      entityId: actor.userId,
    });
    throw new AppError(
      'mfa_invalid_code',
      'The code is not correct. Check the time on your phone and try again.',
    );
  }
  const recoveryCodes = newRecoveryCodes();
  return db.transaction().execute(async (trx) => {
    const replacing = (
      await trx
        .selectFrom('users')
        .select('mfa_enabled')
        .where('id', '=', actor.userId)
        .executeTakeFirstOrThrow()
    ).mfa_enabled;
    await repo.enableMfa(trx, actor.userId, ctx.cipher.encrypt(secret, MFA_SECRET_CONTEXT), step);
    await repo.replaceRecoveryCodes(
      trx,
      actor.userId,
      recoveryCodes.map((c) => hashToken(c)),
    );
    await settleSuccess(trx, [limit.key]);
    const next = session.stage === 'done' ? null : await completeSession(ctx, trx, token, actor.userId);
    if (next === null) await repo.clearPendingMfaSecret(trx, hashToken(token));
    await audit(trx, actor, {
      action: 'auth.mfa-enrol',
      entityType: 'user',
      entityId: actor.userId,
      details: { replaced: replacing },
    });
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
  if ((await secondFactorPolicy(ctx, db, actor.userId)).passkeyRequired) throw passkeyRequired();
  const limit = accountCap(ctx, 'mfa', actor.userId);
  await claimAttempt(db, [limit]);
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
    await audit(db, actor, {
      action: 'auth.mfa-verify',
      outcome: 'failure',
      entityType: 'user',
      entityId: actor.userId,
      details: { method },
    });
    throw new AppError('mfa_invalid_code', 'The code is not correct or was already used.');
  }
  return db.transaction().execute(async (trx) => {
    await settleSuccess(trx, [limit.key]);
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

/** Removes the authenticator app, after the password; refused when it is the last factor a role needs. */
export async function removeTotp(
  ctx: AppContext,
  password: string,
  actor: Actor & { userId: string },
): Promise<void> {
  const db = ctx.database.db;
  await requirePasswordAgain(ctx, actor, password, 'totp-remove');
  const policy = await secondFactorPolicy(ctx, db, actor.userId);
  const passkeys = await countPasskeys(db, actor.userId);
  if (policy.mfaRequired && passkeys === 0)
    throw new AppError(
      'second_factor_required',
      'Your role must use two-step verification: add a passkey before removing the authenticator app.',
    );
  await db.transaction().execute(async (trx) => {
    await repo.disableTotp(trx, actor.userId);
    // Recovery codes stand in for a second factor; with none left they would be a factor of their own.
    if (passkeys === 0) await repo.replaceRecoveryCodes(trx, actor.userId, []);
    await audit(trx, actor, { action: 'auth.totp-remove', entityType: 'user', entityId: actor.userId });
  });
}

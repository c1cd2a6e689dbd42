import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { audit } from '../audit/audit.service.ts';
import type { Actor, AppContext } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { completeSession, type IssuedSession } from './auth.service.ts';
import * as repo from './passkeys.repository.ts';
import { secondFactorPolicy } from './second-factor-policy.ts';
import { accountCap } from './sign-in-limits.ts';
import { requirePasswordAgain } from './step-up.ts';
import { claimAttempt, settleSuccess } from './throttle.ts';
import { hashToken } from './tokens.ts';

// Passkeys (WebAuthn) as a phishing-resistant second step: the browser signs the server's challenge
// with a key bound to this node's relying-party id, so a look-alike site gets nothing it can replay.
// The challenge lives in the session, is used once, and lasts five minutes.

const CHALLENGE_LIFETIME_MS = 5 * 60_000;
type Me = Actor & { userId: string };

const invalidPasskey = () =>
  new AppError('passkey_invalid', 'The passkey could not be verified. Try again, or use another one.');

function sealChallenge(challenge: string): string {
  return `${Date.now()}.${challenge}`;
}

async function takeChallenge(ctx: AppContext, token: string): Promise<string> {
  const stored = await repo.takePendingChallenge(ctx.database.db, hashToken(token));
  const [issuedAt, challenge] = stored?.split('.') ?? [];
  if (!challenge || Date.now() - Number(issuedAt) > CHALLENGE_LIFETIME_MS)
    throw new AppError('conflict', 'Start again: the passkey request has expired or was already used.');
  return challenge;
}

export async function listPasskeys(ctx: AppContext, userId: string) {
  const rows = await repo.listPasskeys(ctx.database.db, userId);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
  }));
}

/** Step one of adding a passkey: the password again, then the options the browser needs. */
export async function registrationOptions(
  ctx: AppContext,
  token: string,
  user: { userId: string; username: string; displayName: string },
  password: string,
  actor: Me,
) {
  await requirePasswordAgain(ctx, actor, password, 'passkey-enrol');
  const existing = await repo.listPasskeys(ctx.database.db, user.userId);
  const options = await generateRegistrationOptions({
    rpName: ctx.config.webauthn.rpName,
    rpID: ctx.config.webauthn.rpId,
    userName: user.username,
    userDisplayName: user.displayName,
    // The user handle is the account's random id, never its name.
    userID: new TextEncoder().encode(user.userId),
    attestationType: 'none',
    excludeCredentials: existing.map((row) => ({ id: row.id, transports: splitTransports(row.transports) })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await repo.setPendingChallenge(ctx.database.db, hashToken(token), sealChallenge(options.challenge));
  return options;
}

function splitTransports(transports: string): string[] {
  return transports ? transports.split(',') : [];
}

/** Step two: verify what the authenticator made and keep its public key. */
export async function completeRegistration(
  ctx: AppContext,
  token: string,
  input: { name: string; response: RegistrationResponseJSON },
  actor: Me,
  sessionStage: 'mfa-challenge' | 'mfa-enrol' | 'done',
): Promise<{ passkey: { id: string; name: string }; session: IssuedSession | null }> {
  const expectedChallenge = await takeChallenge(ctx, token);
  const db = ctx.database.db;
  const result = await verifyRegistrationResponse({
    response: input.response,
    expectedChallenge,
    expectedOrigin: ctx.config.webauthn.origin,
    expectedRPID: ctx.config.webauthn.rpId,
    requireUserVerification: false,
  }).catch(() => null);
  if (!result?.verified) {
    await audit(db, actor, {
      action: 'auth.passkey-enrol',
      outcome: 'failure',
      entityType: 'user',
      entityId: actor.userId,
    });
    throw invalidPasskey();
  }
  const { credential } = result.registrationInfo;
  if (await repo.passkeyIdTaken(db, credential.id))
    throw new AppError('conflict', 'This passkey is already registered.');
  return db.transaction().execute(async (trx) => {
    await repo.insertPasskey(trx, {
      id: credential.id,
      userId: actor.userId,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      signCount: credential.counter,
      transports: credential.transports ?? [],
      name: input.name,
    });
    // At the enrolment step of a sign-in the new passkey completes the sign-in.
    const session =
      sessionStage === 'mfa-enrol' ? await completeSession(ctx, trx, token, actor.userId) : null;
    await audit(trx, actor, { action: 'auth.passkey-enrol', entityType: 'user', entityId: actor.userId });
    return { passkey: { id: credential.id, name: input.name }, session };
  });
}

/** The second step of a sign-in: options naming the account's passkeys. */
export async function authenticationOptions(ctx: AppContext, token: string, userId: string) {
  const passkeys = await repo.listPasskeys(ctx.database.db, userId);
  if (passkeys.length === 0) throw new AppError('conflict', 'This account has no passkey.');
  const options = await generateAuthenticationOptions({
    rpID: ctx.config.webauthn.rpId,
    allowCredentials: passkeys.map((row) => ({ id: row.id, transports: splitTransports(row.transports) })),
    userVerification: 'preferred',
  });
  await repo.setPendingChallenge(ctx.database.db, hashToken(token), sealChallenge(options.challenge));
  return options;
}

export async function completeAuthentication(
  ctx: AppContext,
  token: string,
  response: AuthenticationResponseJSON,
  actor: Me,
): Promise<IssuedSession> {
  const db = ctx.database.db;
  const limit = accountCap(ctx, 'mfa', actor.userId);
  await claimAttempt(db, [limit]);
  const expectedChallenge = await takeChallenge(ctx, token);
  const passkey = await repo.findPasskey(db, actor.userId, response.id);
  const result = passkey
    ? await verifyAuthenticationResponse({
        response,
        expectedChallenge,
        expectedOrigin: ctx.config.webauthn.origin,
        expectedRPID: ctx.config.webauthn.rpId,
        credential: {
          id: passkey.id,
          publicKey: new Uint8Array(Buffer.from(passkey.public_key, 'base64url')),
          counter: Number(passkey.sign_count),
          transports: splitTransports(passkey.transports),
        },
        requireUserVerification: false,
      }).catch(() => null)
    : null;
  const used =
    passkey &&
    result?.verified &&
    (await repo.recordPasskeyUse(
      db,
      passkey.id,
      Number(passkey.sign_count),
      result.authenticationInfo.newCounter,
    ));
  if (!used) {
    await audit(db, actor, {
      action: 'auth.mfa-verify',
      outcome: 'failure',
      entityType: 'user',
      entityId: actor.userId,
      details: { method: 'passkey' },
    });
    throw invalidPasskey();
  }
  return db.transaction().execute(async (trx) => {
    await settleSuccess(trx, [limit.key]);
    const next = await completeSession(ctx, trx, token, actor.userId);
    await audit(trx, actor, {
      action: 'auth.mfa-verify',
      entityType: 'user',
      entityId: actor.userId,
      details: { method: 'passkey' },
    });
    return next;
  });
}

/** Removes a passkey after the password; never the last second factor a role needs. */
export async function removePasskey(ctx: AppContext, id: string, password: string, actor: Me): Promise<void> {
  const db = ctx.database.db;
  await requirePasswordAgain(ctx, actor, password, 'passkey-remove');
  if (!(await repo.findPasskey(db, actor.userId, id))) throw notFound('The passkey');
  const policy = await secondFactorPolicy(ctx, db, actor.userId);
  const left = (await repo.countPasskeys(db, actor.userId)) - 1;
  const totp = (
    await db
      .selectFrom('users')
      .select('mfa_enabled')
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow()
  ).mfa_enabled;
  if ((policy.passkeyRequired && left === 0) || (policy.mfaRequired && left === 0 && !totp))
    throw new AppError(
      'second_factor_required',
      'Your role must use this second step: add another passkey before removing this one.',
    );
  await db.transaction().execute(async (trx) => {
    await repo.deletePasskey(trx, actor.userId, id);
    await audit(trx, actor, { action: 'auth.passkey-remove', entityType: 'user', entityId: actor.userId });
  });
}

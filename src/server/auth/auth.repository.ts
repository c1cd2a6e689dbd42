import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

export async function findUserForSignIn(db: Db, username: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
}

export async function insertSession(
  db: Db,
  row: {
    tokenHash: string;
    userId: string;
    stage: 'mfa-challenge' | 'mfa-enrol' | 'done';
    csrfToken: string;
    absoluteExpiresAt: Date;
  },
) {
  await db
    .insertInto('sessions')
    .values({
      token_hash: row.tokenHash,
      user_id: row.userId,
      stage: row.stage,
      csrf_token: row.csrfToken,
      pending_mfa_secret: null,
      absolute_expires_at: row.absoluteExpiresAt,
    })
    .execute();
}

export async function findSession(db: Db, tokenHash: string) {
  return db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function touchSession(db: Db, tokenHash: string, at: Date) {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('token_hash', '=', tokenHash).execute();
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string, exceptTokenHash?: string) {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptTokenHash) query = query.where('token_hash', '!=', exceptTokenHash);
  await query.execute();
}

export async function replaceSessionToken(
  db: Db,
  oldHash: string,
  next: { tokenHash: string; csrfToken: string; stage: 'mfa-challenge' | 'mfa-enrol' | 'done' },
) {
  await db
    .updateTable('sessions')
    .set({
      token_hash: next.tokenHash,
      csrf_token: next.csrfToken,
      stage: next.stage,
      pending_mfa_secret: null,
    })
    .where('token_hash', '=', oldHash)
    .execute();
}

export async function setPendingMfaSecret(db: Db, tokenHash: string, encryptedSecret: string) {
  await db
    .updateTable('sessions')
    .set({ pending_mfa_secret: encryptedSecret })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function clearPendingMfaSecret(db: Db, tokenHash: string) {
  await db
    .updateTable('sessions')
    .set({ pending_mfa_secret: null })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function loadGrants(db: Db, userId: string) {
  return db
    .selectFrom('user_roles')
    .select(['role', 'scope', 'unit_code'])
    .where('user_id', '=', userId)
    .execute();
}

/** The multidisciplinary teams the user is a member of (their cases are in the user's reach). */
export async function loadTeamIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('team_members').select('team_id').where('user_id', '=', userId).execute();
  return rows.map((row) => row.team_id);
}

export async function loadAgencyName(db: Db, agencyId: string | null) {
  if (!agencyId) return null;
  const row = await db.selectFrom('agencies').select('name').where('id', '=', agencyId).executeTakeFirst();
  return row?.name ?? null;
}

export async function replaceRecoveryCodes(db: Db, userId: string, codeHashes: string[]) {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (codeHashes.length > 0) {
    await db
      .insertInto('recovery_codes')
      .values(codeHashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null })))
      .execute();
  }
}

/** Marks an unused recovery code as used; true when one was found. */
export async function consumeRecoveryCode(db: Db, userId: string, codeHash: string): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: new Date() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function enableMfa(db: Db, userId: string, encryptedSecret: string, step: number) {
  await db
    .updateTable('users')
    .set((eb) => ({
      mfa_secret: encryptedSecret,
      mfa_enabled: true,
      mfa_last_step: step,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', userId)
    .execute();
}

/** Records the TOTP time step used, refusing a replay of the same or an earlier step. */
export async function claimTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ mfa_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('mfa_last_step', 'is', null), eb('mfa_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recordSignIn(db: Db, userId: string) {
  await db.updateTable('users').set({ last_sign_in_at: new Date() }).where('id', '=', userId).execute();
}

export async function updatePasswordHash(
  db: Db,
  userId: string,
  passwordHash: string,
  options: { mustChange: boolean },
) {
  await db
    .updateTable('users')
    .set((eb) => ({
      password_hash: passwordHash,
      must_change_password: options.mustChange,
      password_changed_at: new Date(),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', userId)
    .execute();
}

export async function disableTotp(db: Db, userId: string) {
  await db
    .updateTable('users')
    .set((eb) => ({
      mfa_secret: null,
      mfa_enabled: false,
      mfa_last_step: null,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', userId)
    .execute();
}

import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

export async function countPasskeys(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('passkeys')
    .select(db.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listPasskeys(db: Db, userId: string) {
  return db.selectFrom('passkeys').selectAll().where('user_id', '=', userId).orderBy('created_at').execute();
}

export async function findPasskey(db: Db, userId: string, id: string) {
  return db
    .selectFrom('passkeys')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertPasskey(
  db: Db,
  row: {
    id: string;
    userId: string;
    publicKey: string;
    signCount: number;
    transports: string[];
    name: string;
  },
) {
  await db
    .insertInto('passkeys')
    .values({
      id: row.id,
      user_id: row.userId,
      public_key: row.publicKey,
      sign_count: row.signCount,
      transports: row.transports.join(','),
      name: row.name,
    })
    .execute();
}

export async function passkeyIdTaken(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('passkeys').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/**
 * Records a use; the counter must have moved forward (or both be 0, for authenticators that keep
 * none), otherwise a cloned authenticator is replaying. Returns false when another request won.
 */
export async function recordPasskeyUse(db: Db, id: string, previous: number, next: number): Promise<boolean> {
  const result = await db
    .updateTable('passkeys')
    .set({ sign_count: next, last_used_at: new Date() })
    .where('id', '=', id)
    .where('sign_count', '=', previous)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deletePasskey(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('passkeys')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function deletePasskeysOfUser(db: Db, userId: string) {
  await db.deleteFrom('passkeys').where('user_id', '=', userId).execute();
}

export async function setPendingChallenge(db: Db, tokenHash: string, challenge: string | null) {
  await db
    .updateTable('sessions')
    .set({ pending_webauthn_challenge: challenge })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** Takes the session's pending challenge and clears it in one statement: a challenge is used once. */
export async function takePendingChallenge(db: Db, tokenHash: string): Promise<string | null> {
  const before = await db
    .selectFrom('sessions')
    .select('pending_webauthn_challenge')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  const challenge = before?.pending_webauthn_challenge ?? null;
  if (!challenge) return null;
  const result = await db
    .updateTable('sessions')
    .set({ pending_webauthn_challenge: null })
    .where('token_hash', '=', tokenHash)
    .where('pending_webauthn_challenge', '=', challenge)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? challenge : null;
}

import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { canonicalJson } from '../audit/audit-hash.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { setEtag } from './versioning.ts';

type Db = Kysely<DatabaseSchema>;
type Created<T> = { status: number; body: T };

/**
 * Runs a create once per Idempotency-Key: a retry with the same key and body gets the first answer
 * again; the same key with another body is refused. The stored answer commits with the create itself.
 */
export async function createOnce<T>(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  create: (trx: Db) => Promise<Created<T>>,
): Promise<T> {
  const header = request.headers['idempotency-key'];
  if (header === undefined) {
    const result = await db.transaction().execute(create);
    reply.code(result.status);
    return result.body;
  }
  const key = String(header);
  if (!/^[A-Za-z0-9_.:-]{8,128}$/.test(key)) {
    throw new AppError(
      400,
      'bad_request',
      'The Idempotency-Key header must be 8 to 128 letters, digits, or - _ . :',
    );
  }
  const requestHash = createHash('sha256')
    .update(canonicalJson([request.method, request.routeOptions.url, request.body ?? null]))
    .digest('hex');

  const replay = async (): Promise<T | undefined> => {
    const stored = await db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .executeTakeFirst();
    if (!stored) return undefined;
    if (stored.request_hash !== requestHash) {
      throw new AppError(
        422,
        'idempotency_conflict',
        'This Idempotency-Key was already used for a different request.',
      );
    }
    reply.code(stored.status_code).header('Idempotent-Replayed', 'true');
    return stored.response as T;
  };

  const earlier = await replay();
  if (earlier !== undefined) return earlier;
  try {
    const result = await db.transaction().execute(async (trx) => {
      const created = await create(trx);
      await trx
        .insertInto('idempotency_keys')
        .values({
          user_id: userId,
          key,
          method: request.method,
          path: request.routeOptions.url ?? '',
          request_hash: requestHash,
          status_code: created.status,
          response: JSON.stringify(created.body),
        })
        .execute();
      return created;
    });
    reply.code(result.status);
    return result.body;
  } catch (error) {
    // A concurrent request with the same key won the race: its create stands, ours rolled back.
    if ((error as { code?: string }).code === '23505') {
      const winner = await replay();
      if (winner !== undefined) return winner;
    }
    throw error;
  }
}

/** A create answered 201 with the new record's ETag, run once per Idempotency-Key. */
export async function createVersioned<T extends { version: number }>(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  create: (trx: Db) => Promise<T>,
): Promise<T> {
  const created = await createOnce(db, request, reply, userId, async (trx) => ({
    status: 201,
    body: await create(trx),
  }));
  setEtag(reply, created.version);
  return created;
}

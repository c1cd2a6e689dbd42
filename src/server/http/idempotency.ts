import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { canonicalJson } from '../audit/audit-hash.ts';
import { audit } from '../audit/audit.service.ts';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import * as repo from './idempotency.repository.ts';
import { setEtag } from './versioning.ts';

type Db = Kysely<DatabaseSchema>;
type Created<T> = { status: number; body: T };

const SEAL_CONTEXT = 'idempotency_keys.response';
const KEY_SHAPE = /^[A-Za-z0-9_.:-]{8,128}$/;
/** Refusals that mean "you may not (any longer) do this here": a replay must not get past them. */
const ACCESS_REFUSALS = new Set([401, 403, 404]);
const ROLLED_BACK = Symbol('dry run rolled back');

/**
 * A key names one request of one user: its method, route, path parameters, query and body. The same key
 * on another case, another route or with another body is refused (IETF draft "The Idempotency-Key HTTP
 * Header Field": 422), never answered with the first request's result.
 */
function fingerprintOf(request: FastifyRequest): string {
  return createHash('sha256')
    .update(
      canonicalJson([
        request.method,
        request.routeOptions.url ?? '',
        request.params ?? null,
        request.query ?? null,
        request.body ?? null,
      ]),
    )
    .digest('hex');
}

/**
 * A replay must check authorisation again: the caller may have lost the case since (transferred, grant
 * removed). The surest check is the create's own: run it once more in a transaction that is always rolled
 * back, and let an access refusal through. Any other outcome — success, or a conflict because the first
 * run already made the record — is the first request's own consequence, and its stored answer stands.
 */
async function assertStillAllowed<T>(db: Db, create: (trx: Db) => Promise<Created<T>>): Promise<void> {
  try {
    await db.transaction().execute(async (trx) => {
      await create(trx);
      throw ROLLED_BACK;
    });
  } catch (error) {
    if (error instanceof AppError && ACCESS_REFUSALS.has(error.statusCode)) throw error;
  }
}

/**
 * Runs a create once per Idempotency-Key: a retry of the same request gets the first answer again; the
 * answer is stored sealed (it may hold a name or a note) and commits with the create itself.
 */
export async function createOnce<T>(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  create: (trx: Db) => Promise<Created<T>>,
): Promise<T> {
  const db = ctx.database.db;
  const header = request.headers['idempotency-key'];
  if (header === undefined) {
    const result = await db.transaction().execute(create);
    reply.code(result.status);
    return result.body;
  }
  const key = String(header);
  if (!KEY_SHAPE.test(key)) {
    throw new AppError(
      'bad_request',
      'The Idempotency-Key header must be 8 to 128 letters, digits, or - _ . :',
    );
  }
  const fingerprint = fingerprintOf(request);

  const replay = async (): Promise<T | undefined> => {
    const stored = await repo.findStoredAnswer(db, userId, key);
    if (!stored) return undefined;
    if (stored.request_hash !== fingerprint) {
      throw new AppError(
        'idempotency_conflict',
        'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
      );
    }
    await assertStillAllowed(db, create);
    await audit(
      db,
      { userId, agencyId: request.user?.agencyId ?? null, requestId: request.id },
      {
        action: 'request.replayed',
        details: { route: request.routeOptions.url ?? '', status: stored.status_code },
      },
    );
    reply.code(stored.status_code).header('Idempotent-Replayed', 'true');
    return JSON.parse(ctx.cipher.decrypt(stored.response, SEAL_CONTEXT)) as T;
  };

  const earlier = await replay();
  if (earlier !== undefined) return earlier;
  try {
    const result = await db.transaction().execute(async (trx) => {
      const created = await create(trx);
      await repo.storeAnswer(trx, {
        userId,
        key,
        method: request.method,
        path: request.routeOptions.url ?? '',
        requestHash: fingerprint,
        statusCode: created.status,
        sealedResponse: ctx.cipher.encrypt(JSON.stringify(created.body), SEAL_CONTEXT),
      });
      return created;
    });
    reply.code(result.status);
    return result.body;
  } catch (error) {
    // A concurrent request with the same key won the race: its create stands, ours rolled back (and ours
    // passed every check of the create, so no second authorisation is owed here).
    if ((error as { code?: string }).code === '23505') {
      const winner = await repo.findStoredAnswer(db, userId, key);
      if (winner && winner.request_hash === fingerprint) {
        reply.code(winner.status_code).header('Idempotent-Replayed', 'true');
        return JSON.parse(ctx.cipher.decrypt(winner.response, SEAL_CONTEXT)) as T;
      }
      if (winner) return replay() as Promise<T>;
    }
    throw error;
  }
}

/** A create answered 201 with the new record's ETag, run once per Idempotency-Key. */
export async function createVersioned<T extends { version: number }>(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  create: (trx: Db) => Promise<T>,
): Promise<T> {
  const created = await createOnce(ctx, request, reply, userId, async (trx) => ({
    status: 201,
    body: await create(trx),
  }));
  setEtag(reply, created.version);
  return created;
}

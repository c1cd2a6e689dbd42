import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { actorOf } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import type { AppError } from '../errors.ts';

// A refusal is often thrown from inside the request's transaction, which the throw rolls back: an audit
// row or a notice written there would vanish with it, and on the embedded engine (one connection) a
// second write beside the open transaction would wait for it forever. So the records that must outlive
// a refusal (an out-of-scope attempt, a duplicate check answered with 409) travel on the error and are
// written by one hook after the transaction has ended, in a transaction of their own.

type Db = Kysely<DatabaseSchema>;
export type TrailWrite = (db: Db, actor: Actor) => Promise<void>;

const trails = new WeakMap<Error, TrailWrite[]>();

/** Attaches records to a refusal; they are written once the refusal reaches the client. */
export function withTrail<E extends AppError>(error: E, write: TrailWrite): E {
  trails.set(error, [...(trails.get(error) ?? []), write]);
  return error;
}

export function registerRefusalTrail(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onError', async (request, _reply, error) => {
    const writes = trails.get(error);
    if (!writes) return;
    // Written once even if the same error object is thrown twice (an idempotent replay re-throws it).
    trails.delete(error);
    const actor = actorOf(request);
    try {
      await ctx.database.db.transaction().execute(async (trx) => {
        for (const write of writes) await write(trx, actor);
      });
    } catch (failure) {
      // The refusal stands whatever happens here; the log names the failure, never the record.
      request.log.error({ err: { type: (failure as Error).name } }, 'refusal trail not written');
    }
  });
}

import type { Kysely } from 'kysely';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

/**
 * A context whose database runs "new" transactions inside an open one. takeAction
 * (cases/case-actions.service.ts) opens its own transaction; a status decision must take the lifecycle
 * action and store the decision atomically, and PGlite's single connection cannot nest a second
 * transaction (it would wait for itself). Kysely refuses transaction() on a transaction, so this
 * adapter hands the open one to the callback instead.
 */
export function contextInTransaction(ctx: AppContext, trx: Db): AppContext {
  const db = new Proxy(trx, {
    get(target, property) {
      if (property === 'transaction') return () => ({ execute: <T>(run: (t: Db) => Promise<T>) => run(trx) });
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { ...ctx, database: { ...ctx.database, db } };
}

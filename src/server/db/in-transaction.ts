import type { Kysely } from 'kysely';
import type { AppContext } from '../context.ts';
import type { DatabaseSchema } from './schema.ts';

type Db = Kysely<DatabaseSchema>;

/**
 * A context whose database runs "new" transactions inside an open one. Services such as takeAction
 * (cases/case-actions.service.ts) open their own transaction; a caller that must commit several of them
 * atomically (a status decision with its lifecycle action, a batch of demo cases) cannot nest a second
 * transaction on PGlite's single connection (it would wait for itself), and Kysely refuses
 * transaction() on a transaction, so this adapter hands the open one to the callback instead.
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

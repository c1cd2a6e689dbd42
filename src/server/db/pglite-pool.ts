import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

// Kysely's PostgresDialect expects a pg-style pool. PGlite is one connection, so the "pool" hands out
// that connection to one borrower at a time: a transaction (BEGIN … COMMIT) must not interleave with
// another request's statements on the same connection.

type Command = PostgresQueryResult<unknown>['command'];
const COMMANDS = new Set(['UPDATE', 'DELETE', 'INSERT', 'SELECT', 'MERGE', 'COMMIT', 'ROLLBACK']);

function commandOf(sql: string): Command {
  const word = sql.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? '';
  return (COMMANDS.has(word) ? word : 'SELECT') as Command;
}

export function createPgliteKyselyPool(pglite: PGlite): PostgresPool {
  let queue: Promise<void> = Promise.resolve();

  return {
    async connect(): Promise<PostgresPoolClient> {
      let release!: () => void;
      const turn = new Promise<void>((resolve) => {
        release = resolve;
      });
      const previous = queue;
      queue = queue.then(() => turn);
      await previous;
      const client = {
        async query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
          // Without parameters the simple protocol is used, as node-postgres does, so that a migration
          // script of several statements runs in one call.
          const result =
            parameters.length === 0
              ? ((await pglite.exec(sql)).at(-1) ?? { rows: [], affectedRows: 0 })
              : await pglite.query<R>(sql, parameters as unknown[]);
          return {
            command: commandOf(sql),
            rowCount: result.affectedRows ?? result.rows.length,
            rows: result.rows as R[],
          };
        },
        release() {
          release();
        },
      };
      return client as PostgresPoolClient;
    },
    async end() {
      await queue;
    },
  };
}

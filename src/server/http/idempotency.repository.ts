import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

export async function findStoredAnswer(db: Db, userId: string, key: string) {
  return db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'status_code', 'response'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function storeAnswer(
  db: Db,
  row: {
    userId: string;
    key: string;
    method: string;
    path: string;
    requestHash: string;
    statusCode: number;
    sealedResponse: string;
  },
) {
  await db
    .insertInto('idempotency_keys')
    .values({
      user_id: row.userId,
      key: row.key,
      method: row.method,
      path: row.path,
      request_hash: row.requestHash,
      status_code: row.statusCode,
      response: row.sealedResponse,
    })
    .execute();
}

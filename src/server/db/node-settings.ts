import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

export async function readSetting<T>(db: Kysely<DatabaseSchema>, key: string): Promise<T | undefined> {
  const row = await db.selectFrom('node_settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value as T | undefined;
}

export async function writeSetting(db: Kysely<DatabaseSchema>, key: string, value: unknown): Promise<void> {
  await db
    .insertInto('node_settings')
    .values({ key, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
    .execute();
}

import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

export async function listUnits(db: Kysely<DatabaseSchema>, country: 'UA' | 'MD' | 'BY') {
  return db.selectFrom('admin_units').selectAll().where('country', '=', country).orderBy('code').execute();
}

export async function allUnitParents(db: Kysely<DatabaseSchema>) {
  return db.selectFrom('admin_units').select(['code', 'parent_code']).execute();
}

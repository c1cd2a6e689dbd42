import type { Insertable, Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

export async function listUnits(db: Kysely<DatabaseSchema>, country: 'UA' | 'MD' | 'BY') {
  return db.selectFrom('admin_units').selectAll().where('country', '=', country).orderBy('code').execute();
}

export async function allUnitParents(db: Kysely<DatabaseSchema>) {
  return db.selectFrom('admin_units').select(['code', 'parent_code']).execute();
}

export type AdminUnitRow = Insertable<DatabaseSchema['admin_units']>;

/** Inserts the units, or corrects the parent, level and names of those already there (codes are stable). */
export async function upsertAdminUnits(db: Kysely<DatabaseSchema>, rows: AdminUnitRow[]): Promise<void> {
  await db
    .insertInto('admin_units')
    .values(rows)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        parent_code: eb.ref('excluded.parent_code'),
        level: eb.ref('excluded.level'),
        names: eb.ref('excluded.names'),
      })),
    )
    .execute();
}

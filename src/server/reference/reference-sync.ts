import type { Kysely } from 'kysely';
import { ADMIN_LEVELS, ADMIN_UNITS, countryOf } from '../../domain/geo/index.ts';
import type { DatabaseSchema } from '../db/schema.ts';

/**
 * Brings the admin_units table in line with the geography shipped in src/domain/geo. Runs at every
 * start: codes are stable, names may be corrected; units are never deleted (records may point at them).
 */
export async function syncReferenceData(db: Kysely<DatabaseSchema>): Promise<number> {
  const ordered = [...ADMIN_UNITS].sort(
    (a, b) => ADMIN_LEVELS.indexOf(a.level) - ADMIN_LEVELS.indexOf(b.level),
  );
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < ordered.length; i += 200) {
      const rows = ordered.slice(i, i + 200).map((unit) => ({
        code: unit.code,
        parent_code: unit.parentCode,
        level: unit.level,
        country: countryOf(unit.code) ?? (unit.code.slice(0, 2) as 'UA' | 'MD' | 'BY'),
        names: JSON.stringify(unit.names),
      }));
      await trx
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
  });
  return ordered.length;
}

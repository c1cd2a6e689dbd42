import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import {
  ADMIN_LEVELS,
  ADMIN_UNITS,
  type AdminUnit,
  countryOf,
  registerUnits,
} from '../../domain/geo/index.ts';
import { type CodUnit, parseUaCod } from '../../domain/geo/ua-cod.ts';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;
export type ProgressListener = (phase: string, done: number, total: number) => void;

const BUNDLED_UA = new URL('../../../reference/geo/ua-admin-units.csv', import.meta.url);
let bundled: CodUnit[] | undefined;

/**
 * Ukraine's full list shipped in reference/geo (OCHA COD-AB P-codes), parsed once per process and added to
 * the in-memory tree that authorisation reads (isWithin), so every process knows the same units.
 */
export function bundledGeography(): readonly CodUnit[] {
  if (!bundled) {
    bundled = parseUaCod(readFileSync(BUNDLED_UA, 'utf8'), ADMIN_UNITS);
    registerUnits(bundled);
  }
  return bundled;
}

const BATCH = 500;

/**
 * Upserts units (parents before children) and, with `retireOthersOf`, retires that country's units
 * that carry a P-code but are not in the list. Cases and every other table are left alone: codes are
 * stable, names may be corrected, units are never deleted (records may point at them).
 */
export async function upsertUnits(
  db: Db,
  units: readonly (AdminUnit & { pcode?: string })[],
  options: {
    /** 'keep' leaves a unit already stored as it is (names, retirement): for lists an import may have updated. */
    onConflict?: 'update' | 'keep';
    retireOthersOf?: 'UA' | 'MD' | 'BY';
    onProgress?: ProgressListener;
  } = {},
): Promise<{ upserted: number; retired: number }> {
  const ordered = [...units].sort((a, b) => ADMIN_LEVELS.indexOf(a.level) - ADMIN_LEVELS.indexOf(b.level));
  let retired = 0;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < ordered.length; i += BATCH) {
      options.onProgress?.('loading units', i, ordered.length);
      const rows = ordered.slice(i, i + BATCH).map((unit) => ({
        code: unit.code,
        parent_code: unit.parentCode,
        level: unit.level,
        country: countryOf(unit.code) ?? (unit.code.slice(0, 2) as 'UA' | 'MD' | 'BY'),
        names: JSON.stringify(unit.names),
        pcode: unit.pcode ?? null,
      }));
      const revive = options.retireOthersOf !== undefined; // an imported list is the current one
      await trx
        .insertInto('admin_units')
        .values(rows)
        .onConflict((oc) =>
          options.onConflict === 'keep'
            ? oc.column('code').doNothing()
            : oc.column('code').doUpdateSet((eb) => ({
                parent_code: eb.ref('excluded.parent_code'),
                level: eb.ref('excluded.level'),
                names: eb.ref('excluded.names'),
                pcode: eb.fn.coalesce('excluded.pcode', 'admin_units.pcode'),
                ...(revive ? { retired_at: null } : {}),
              })),
        )
        .execute();
    }
    options.onProgress?.('loading units', ordered.length, ordered.length);
    if (options.retireOthersOf) {
      const listed = ordered.map((u) => u.code);
      const result = await trx
        .updateTable('admin_units')
        .set({ retired_at: new Date() })
        .where('country', '=', options.retireOthersOf)
        .where('pcode', 'is not', null)
        .where('retired_at', 'is', null)
        .where('code', 'not in', listed)
        .executeTakeFirst();
      retired = Number(result.numUpdatedRows);
    }
  });
  return { upserted: ordered.length, retired };
}

/**
 * Brings admin_units in line with the geography shipped in src/domain/geo and reference/geo. Runs at every
 * start. Units loaded later by `haven geo import` that the shipped files do not know stay as they are.
 */
export async function syncReferenceData(db: Db): Promise<number> {
  const handWritten = await upsertUnits(db, ADMIN_UNITS);
  // The rest of the list is inserted once; a later start finds it stored and writes nothing (tests
  // open a context per file, so this path must stay cheap).
  const list = bundledGeography();
  const stored = new Set(
    (await db.selectFrom('admin_units').select('pcode').where('pcode', 'is not', null).execute()).map(
      (r) => r.pcode,
    ),
  );
  const known = new Set(ADMIN_UNITS.map((u) => u.code));
  for (const unit of list.filter((u) => known.has(u.code) && !stored.has(u.pcode)))
    await db.updateTable('admin_units').set({ pcode: unit.pcode }).where('code', '=', unit.code).execute();
  await upsertUnits(
    db,
    list.filter((u) => !known.has(u.code) && !stored.has(u.pcode)),
    { onConflict: 'keep' },
  );
  return handWritten.upserted + list.filter((u) => !known.has(u.code)).length;
}

/** Adds the units in the database (imported lists) to the in-memory tree. */
export async function loadUnitsFromDatabase(db: Db): Promise<number> {
  bundledGeography();
  const rows = await db.selectFrom('admin_units').select(['code', 'parent_code', 'level', 'names']).execute();
  const depth = (level: string) => ADMIN_LEVELS.indexOf(level as AdminUnit['level']);
  rows.sort((a, b) => depth(a.level) - depth(b.level));
  registerUnits(
    rows.map((r) => ({ code: r.code, parentCode: r.parent_code, level: r.level, names: r.names })),
  );
  return rows.length;
}

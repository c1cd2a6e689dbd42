import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

export async function listAgencies(db: Db, country: string) {
  const agencies = await db
    .selectFrom('agencies')
    .selectAll()
    .where('country', '=', country)
    .orderBy('name')
    .execute();
  const units = await db.selectFrom('agency_units').selectAll().execute();
  return agencies.map((a) => ({
    ...a,
    unit_codes: units
      .filter((u) => u.agency_id === a.id)
      .map((u) => u.unit_code)
      .sort(),
  }));
}

export async function findAgency(db: Db, id: string) {
  const agency = await db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!agency) return undefined;
  const units = await db
    .selectFrom('agency_units')
    .select('unit_code')
    .where('agency_id', '=', id)
    .orderBy('unit_code')
    .execute();
  return { ...agency, unit_codes: units.map((u) => u.unit_code) };
}

export async function agencyNameTaken(db: Db, country: string, name: string, exceptId?: string) {
  let query = db
    .selectFrom('agencies')
    .select('id')
    .where('country', '=', country)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertAgency(
  db: Db,
  row: { id: string; country: string; name: string; kind: string; organisationType: string },
) {
  await db
    .insertInto('agencies')
    .values({
      id: row.id,
      country: row.country,
      name: row.name,
      kind: row.kind,
      organisation_type: row.organisationType,
    })
    .execute();
}

export async function replaceAgencyUnits(db: Db, agencyId: string, unitCodes: string[]) {
  await db.deleteFrom('agency_units').where('agency_id', '=', agencyId).execute();
  await db
    .insertInto('agency_units')
    .values(unitCodes.map((unit_code) => ({ agency_id: agencyId, unit_code })))
    .execute();
}

export async function updateAgencyIfVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  change: { name?: string; kind?: string; organisation_type?: string; status?: 'active' | 'inactive' },
) {
  const result = await db
    .updateTable('agencies')
    .set((eb) => ({ ...change, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function unitsOfCountry(db: Db, country: 'UA' | 'MD' | 'BY', codes: string[]) {
  if (codes.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('admin_units')
    .select('code')
    .where('country', '=', country)
    .where('code', 'in', codes)
    .execute();
  return new Set(rows.map((r) => r.code));
}

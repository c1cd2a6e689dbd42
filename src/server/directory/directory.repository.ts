import { type Insertable, type Kysely, sql, type Updateable } from 'kysely';
import type { ServicesTable } from '../db/schema-directory.ts';
import type { DatabaseSchema } from '../db/schema.ts';

type Db = Kysely<DatabaseSchema>;

function withAgency(db: Db) {
  return db
    .selectFrom('services')
    .innerJoin('agencies', 'agencies.id', 'services.agency_id')
    .selectAll('services')
    .select('agencies.name as agency_name')
    .select((eb) =>
      eb.fn
        .coalesce(
          sql<
            string[]
          >`(select array_agg(sd.unit_code order by sd.unit_code) from service_districts sd where sd.service_id = services.id)`,
          sql<string[]>`'{}'::text[]`,
        )
        .as('units'),
    );
}

export async function findService(db: Db, id: string) {
  return withAgency(db).where('services.id', '=', id).executeTakeFirst();
}
export type ServiceRow = NonNullable<Awaited<ReturnType<typeof findService>>>;

export type SearchFilter = {
  country: string;
  kinds?: readonly string[];
  /** Services listing one of these units (a district and the units above it). */
  coveringAnyOf?: readonly string[];
  includeInactive?: boolean;
  agencyId?: string;
  text?: string;
};

/** Services of one country, filtered by what SQL answers well; eligibility and hours are decided in src/domain. */
export async function searchServices(db: Db, filter: SearchFilter): Promise<ServiceRow[]> {
  let query = withAgency(db).where('services.country', '=', filter.country);
  if (!filter.includeInactive) query = query.where('services.status', '=', 'active');
  if (filter.kinds) {
    if (filter.kinds.length === 0) return [];
    query = query.where('services.kind', 'in', [...filter.kinds]);
  }
  if (filter.agencyId) query = query.where('services.agency_id', '=', filter.agencyId);
  if (filter.coveringAnyOf) {
    const codes = [...filter.coveringAnyOf];
    if (codes.length === 0) return [];
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('service_districts')
          .select('service_districts.unit_code')
          .whereRef('service_districts.service_id', '=', 'services.id')
          .where('service_districts.unit_code', 'in', codes),
      ),
    );
  }
  if (filter.text) {
    const pattern = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('services.name', 'ilike', pattern), eb('services.description', 'ilike', pattern)]),
    );
  }
  return query.orderBy('services.name').orderBy('services.id').limit(2000).execute();
}

export async function insertService(db: Db, row: Insertable<ServicesTable>, units: readonly string[]) {
  await db.insertInto('services').values(row).execute();
  await replaceUnits(db, row.id, units);
}

export async function replaceUnits(db: Db, serviceId: string, units: readonly string[]) {
  await db.deleteFrom('service_districts').where('service_id', '=', serviceId).execute();
  const unique = [...new Set(units)];
  if (unique.length > 0)
    await db
      .insertInto('service_districts')
      .values(unique.map((unit_code) => ({ service_id: serviceId, unit_code })))
      .execute();
}

export async function updateIfVersion(
  db: Db,
  id: string,
  version: number,
  change: Updateable<ServicesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('services')
    .set((eb) => ({ ...change, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Moves free places by delta in one statement, so two referrals accepted at once cannot both take the
 * last place. Taking a place (delta < 0) fails when none is left; giving one back stops at capacity.
 * Returns the new number, null for a service that does not count places, undefined when refused.
 */
export async function adjustFreePlaces(
  db: Db,
  id: string,
  delta: number,
): Promise<{ found: boolean; freePlaces: number | null; refused: boolean }> {
  const current = await db
    .selectFrom('services')
    .select(['capacity', 'free_places'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!current) return { found: false, freePlaces: null, refused: false };
  if (current.capacity === null || delta === 0)
    return { found: true, freePlaces: current.free_places, refused: false };
  const updated = await db
    .updateTable('services')
    .set({
      free_places: sql<number>`least(capacity, free_places + ${delta})`,
      version: sql<number>`version + 1`,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where(sql<boolean>`free_places + ${delta} >= 0`)
    .returning('free_places')
    .executeTakeFirst();
  if (!updated) return { found: true, freePlaces: current.free_places, refused: true };
  return { found: true, freePlaces: updated.free_places, refused: false };
}

export async function agencyOf(db: Db, agencyId: string) {
  return db
    .selectFrom('agencies')
    .select(['id', 'country', 'status'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
}

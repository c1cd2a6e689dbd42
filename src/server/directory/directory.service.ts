import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  type Accreditation,
  accreditationState,
  computeGaps,
  coverageDistance,
  covers,
  gapRowsOf,
  ineligibilityReasons,
  isOpenAt,
  type OpeningHours,
  rankServices,
  SERVICE_KIND_CODES,
  type ServiceKind,
  scheduleProblems,
  searchCodes,
  speaks,
  supportPlanTypeOf,
} from '../../domain/directory/index.ts';
import { toCsv } from '../../domain/spreadsheet/index.ts';
import { countryOf, findUnit } from '../../domain/geo/index.ts';
import { isLanguageCode } from '../../domain/languages.ts';
import { COUNTRY_TIME_ZONES, calendarDateIn } from '../../domain/status/calendar-date.ts';
import type { Gender, SupportPlanType, TypeOfExploitation } from '../../domain/vocabularies/index.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, forbidden, notFound, validationFailed, type FieldProblemInput } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { ACTION_ROLES, type Action, can, mayAttempt, type Principal } from '../policy/policy.ts';
import * as repo from './directory.repository.ts';
import type {
  CapacityChange,
  NewService,
  SearchQuery,
  Service,
  ServiceChanges,
} from './directory.schemas.ts';

type Db = Kysely<DatabaseSchema>;

export { SERVICE_KINDS } from '../../domain/directory/service-kinds.ts';

const timeZoneOf = (country: string) =>
  COUNTRY_TIME_ZONES[country as keyof typeof COUNTRY_TIME_ZONES] ?? 'UTC';

// ---------------------------------------------------------------------------------------------------
// Contract C5 (for referrals): read a service's identity, and move its free places.

export type ServiceForReferral = {
  id: string;
  agencyId: string;
  country: string;
  kind: ServiceKind;
  supportPlanType: SupportPlanType;
  status: 'active' | 'inactive';
  name: string;
  /** Null for services that do not count places. */
  freePlaces: number | null;
};

/** The service a referral is addressed to, or null. The caller checks the country against its principal. */
export async function findServiceForReferral(db: Db, serviceId: string): Promise<ServiceForReferral | null> {
  const row = await db
    .selectFrom('services')
    .select(['id', 'agency_id', 'country', 'kind', 'support_plan_type', 'status', 'name', 'free_places'])
    .where('id', '=', serviceId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    agencyId: row.agency_id,
    country: row.country,
    kind: row.kind as ServiceKind,
    supportPlanType: row.support_plan_type as SupportPlanType,
    status: row.status,
    name: row.name,
    freePlaces: row.free_places,
  };
}

/**
 * Takes (delta < 0) or gives back (delta > 0) places of a place-based service, atomically. Taking a place
 * that is not there is refused with 409 no_free_places; giving back stops at capacity. A service that
 * counts no places is left alone (returns null). Call it inside the referral's transaction.
 */
export async function adjustFreePlaces(trx: Db, serviceId: string, delta: number): Promise<number | null> {
  if (!Number.isInteger(delta)) throw new RangeError('delta must be an integer');
  const result = await repo.adjustFreePlaces(trx, serviceId, delta);
  if (!result.found) throw notFound('The service');
  if (result.refused)
    throw new AppError('no_free_places', 'This service has no free place left.', {
      serviceId,
      freePlaces: result.freePlaces,
    });
  return result.freePlaces;
}

// ---------------------------------------------------------------------------------------------------
// Policy: reading is country-wide; managing is the service's own agency, or country-wide grants.

/**
 * May the principal manage (or update capacity of) a service of this agency? Any grant of the action held
 * by a member of the agency reaches its services; grants that reach the agency by scope (a coordinator's
 * country scope, an admin's) reach them too. District and region scopes do not: a supervisor of one
 * agency does not edit another agency's services in the same district.
 */
export function mayManageService(
  ctx: AppContext,
  principal: Principal,
  action: Extract<Action, 'services.manage' | 'services.update-capacity'>,
  place: { country: string; agencyId: string },
): boolean {
  if (place.country !== principal.country) return false;
  if (principal.agencyId !== null && principal.agencyId === place.agencyId && mayAttempt(principal, action))
    return true;
  const roles: readonly string[] = ACTION_ROLES[action];
  const wide = principal.grants.filter((grant) => roles.includes(grant.role) && grant.scope === 'country');
  return wide.length > 0 && can({ ...principal, grants: wide }, action, place, ctx.isWithin);
}

// ---------------------------------------------------------------------------------------------------

function toService(ctx: AppContext, principal: Principal, row: repo.ServiceRow, now = new Date()): Service {
  const accreditation: Accreditation | null = row.accreditation_standard
    ? {
        standard: row.accreditation_standard,
        number: row.accreditation_number,
        validUntil: row.accreditation_valid_until,
      }
    : null;
  const zone = timeZoneOf(row.country);
  const hours = row.opening_hours as OpeningHours;
  return {
    id: row.id,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    country: row.country,
    kind: row.kind as ServiceKind,
    supportPlanType: row.support_plan_type as SupportPlanType,
    name: row.name,
    description: row.description,
    eligibility: {
      ageMin: row.age_min,
      ageMax: row.age_max,
      genders: row.genders,
      exploitationTypes: row.exploitation_types,
    },
    languages: row.languages,
    units: row.units,
    openingHours: { alwaysOpen: hours.alwaysOpen, weekly: [...hours.weekly] },
    openNow: isOpenAt(hours, now, zone),
    capacity: row.capacity,
    freePlaces: row.free_places,
    accreditation,
    accreditationState: accreditationState(accreditation, calendarDateIn(now.toISOString(), zone)),
    contacts: { phone: row.phone, email: row.email },
    status: row.status,
    canManage: mayManageService(ctx, principal, 'services.manage', {
      country: row.country,
      agencyId: row.agency_id,
    }),
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** A service of the caller's country, or 404 (another country's services do not exist for them). */
async function loadService(db: Db, principal: Principal, id: string): Promise<repo.ServiceRow> {
  const row = await repo.findService(db, id);
  if (!row || row.country !== principal.country) throw notFound('The service');
  return row;
}

export async function getService(ctx: AppContext, principal: SignedInUser, id: string): Promise<Service> {
  const row = await loadService(ctx.database.db, principal, id);
  if (row.status === 'inactive' && !mayManageService(ctx, principal, 'services.manage', placeOf(row)))
    throw notFound('The service');
  return toService(ctx, principal, row);
}

const placeOf = (row: { country: string; agency_id: string }) => ({
  country: row.country,
  agencyId: row.agency_id,
});

export async function searchServices(
  ctx: AppContext,
  principal: SignedInUser,
  query: SearchQuery,
  now = new Date(),
): Promise<Service[]> {
  let coveringAnyOf: string[] | undefined;
  if (query.district) {
    if (countryOf(query.district) !== principal.country)
      throw validationFailed([
        { path: 'querystring.district', code: 'unknown_reference', message: 'Not a unit of this country.' },
      ]);
    coveringAnyOf = searchCodes(query.district);
  }
  const rows = await repo.searchServices(ctx.database.db, {
    country: principal.country,
    ...(query.kind || query.supportPlanType
      ? {
          kinds: SERVICE_KIND_CODES.filter(
            (kind) =>
              (!query.kind || kind === query.kind) &&
              (!query.supportPlanType || supportPlanTypeOf(kind) === query.supportPlanType),
          ),
        }
      : {}),
    ...(coveringAnyOf ? { coveringAnyOf } : {}),
    ...(query.agencyId ? { agencyId: query.agencyId } : {}),
    ...(query.q ? { text: query.q } : {}),
    includeInactive: query.includeInactive ?? false,
  });
  const need = {
    age: query.age ?? null,
    gender: (query.gender ?? null) as Gender | null,
    exploitationTypes: query.exploitation ? [query.exploitation as TypeOfExploitation] : [],
  };
  const results = rows
    .map((row) => ({ row, service: toService(ctx, principal, row, now) }))
    .filter(({ service }) => service.status === 'active' || service.canManage)
    .filter(
      ({ service }) =>
        ineligibilityReasons(
          {
            ageMin: service.eligibility.ageMin,
            ageMax: service.eligibility.ageMax,
            genders: service.eligibility.genders as Gender[],
            exploitationTypes: service.eligibility.exploitationTypes as TypeOfExploitation[],
          },
          need,
        ).length === 0,
    )
    .filter(({ service }) => speaks(service.languages, query.language))
    .filter(({ service }) => !query.openNow || service.openNow)
    .filter(({ service }) => !query.hasFreePlaces || service.freePlaces === null || service.freePlaces > 0)
    .map(({ service }) => ({
      service,
      name: service.name,
      coverageDistance: query.district ? coverageDistance(service.units, query.district) : 0,
      openNow: service.openNow,
      freePlaces: service.freePlaces,
      accredited: service.accreditationState === 'accredited',
    }));
  return rankServices(results).map(({ service }) => service);
}

async function validate(
  db: Db,
  country: string,
  input: {
    capacity: number | null;
    freePlaces: number | null;
    eligibility?: { ageMin: number | null; ageMax: number | null };
    languages?: readonly string[];
    units?: readonly string[];
    openingHours?: OpeningHours;
  },
  agencyId: string | null,
) {
  const problems: Array<FieldProblemInput> = [];
  if (input.capacity === null && input.freePlaces !== null)
    problems.push({
      path: 'body.capacity',
      code: 'required',
      message: 'Give the capacity when you count free places.',
    });
  if (input.capacity !== null && input.freePlaces === null)
    problems.push({
      path: 'body.freePlaces',
      code: 'required',
      message: 'Give the free places when you give a capacity.',
    });
  if (input.capacity !== null && input.freePlaces !== null && input.freePlaces > input.capacity)
    problems.push({
      path: 'body.freePlaces',
      code: 'too_big',
      message: 'Free places cannot exceed the capacity.',
    });
  const e = input.eligibility;
  if (e && e.ageMin !== null && e.ageMax !== null && e.ageMin > e.ageMax)
    problems.push({
      path: 'body.eligibility.ageMax',
      code: 'range_reversed',
      message: 'The upper age is below the lower age.',
    });
  input.languages?.forEach((code, index) => {
    if (!isLanguageCode(code))
      problems.push({
        path: `body.languages.${index}`,
        code: 'unknown_reference',
        message: 'Unknown language.',
      });
  });
  input.units?.forEach((code, index) => {
    const unit = findUnit(code);
    if (!unit || countryOf(code) !== country || unit.level === 'community')
      problems.push({
        path: `body.units.${index}`,
        code: 'invalid_choice',
        message: 'Must be a district, region or the country of this node.',
      });
  });
  if (input.openingHours) {
    if (!input.openingHours.alwaysOpen && input.openingHours.weekly.length === 0)
      problems.push({
        path: 'body.openingHours.weekly',
        code: 'required',
        message: 'Give the opening hours, or mark it 24/7.',
      });
    for (const problem of scheduleProblems(input.openingHours))
      problems.push({
        path: `body.openingHours.weekly.${problem.index}.${problem.field}`,
        code: 'invalid_value',
        message: problem.message,
      });
  }
  if (agencyId !== null) {
    const agency = await repo.agencyOf(db, agencyId);
    if (!agency || agency.country !== country)
      problems.push({
        path: 'body.agencyId',
        code: 'unknown_reference',
        message: 'No such agency in this country.',
      });
  }
  if (problems.length > 0) throw validationFailed(problems);
}

export async function createService(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  input: NewService,
): Promise<Service> {
  const agencyId = input.agencyId ?? principal.agencyId;
  if (!agencyId)
    throw validationFailed([
      { path: 'body.agencyId', code: 'required', message: 'Name the agency that provides the service.' },
    ]);
  await validate(
    trx,
    principal.country,
    { ...input, openingHours: input.openingHours as OpeningHours },
    agencyId,
  );
  if (!mayManageService(ctx, principal, 'services.manage', { country: principal.country, agencyId }))
    throw forbidden();
  const id = randomUUID();
  await repo.insertService(
    trx,
    {
      id,
      agency_id: agencyId,
      country: principal.country,
      kind: input.kind,
      support_plan_type: supportPlanTypeOf(input.kind),
      name: input.name,
      description: input.description,
      age_min: input.eligibility.ageMin,
      age_max: input.eligibility.ageMax,
      genders: input.eligibility.genders,
      exploitation_types: input.eligibility.exploitationTypes,
      languages: [...new Set(input.languages)],
      opening_hours: JSON.stringify(input.openingHours),
      capacity: input.capacity,
      free_places: input.freePlaces,
      accreditation_standard: input.accreditation?.standard ?? null,
      accreditation_number: input.accreditation?.number ?? null,
      accreditation_valid_until: input.accreditation?.validUntil ?? null,
      phone: input.contacts.phone,
      email: input.contacts.email,
      status: input.status,
      created_by: principal.userId,
      updated_by: principal.userId,
    },
    input.units,
  );
  await audit(trx, actor, {
    action: 'service.create',
    entityType: 'service',
    entityId: id,
    details: { agencyId, kind: input.kind },
  });
  return toService(ctx, principal, (await repo.findService(trx, id))!);
}

export async function updateService(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
  version: number,
  changes: ServiceChanges,
): Promise<Service> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await loadService(trx, principal, id);
    if (!mayManageService(ctx, principal, 'services.manage', placeOf(row))) throw forbidden();
    const capacity = changes.capacity !== undefined ? changes.capacity : row.capacity;
    const freePlaces = changes.freePlaces !== undefined ? changes.freePlaces : row.free_places;
    const ageMin = changes.eligibility ? changes.eligibility.ageMin : row.age_min;
    const ageMax = changes.eligibility ? changes.eligibility.ageMax : row.age_max;
    await validate(
      trx,
      row.country,
      {
        capacity,
        freePlaces,
        eligibility: { ageMin, ageMax },
        ...(changes.languages ? { languages: changes.languages } : {}),
        ...(changes.units ? { units: changes.units } : {}),
        ...(changes.openingHours ? { openingHours: changes.openingHours as OpeningHours } : {}),
      },
      null,
    );
    const done = await repo.updateIfVersion(trx, id, version, {
      ...(changes.kind ? { kind: changes.kind, support_plan_type: supportPlanTypeOf(changes.kind) } : {}),
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.eligibility
        ? {
            age_min: changes.eligibility.ageMin,
            age_max: changes.eligibility.ageMax,
            genders: changes.eligibility.genders,
            exploitation_types: changes.eligibility.exploitationTypes,
          }
        : {}),
      ...(changes.languages ? { languages: [...new Set(changes.languages)] } : {}),
      ...(changes.openingHours ? { opening_hours: JSON.stringify(changes.openingHours) } : {}),
      capacity,
      free_places: freePlaces,
      ...(changes.accreditation !== undefined
        ? {
            accreditation_standard: changes.accreditation?.standard ?? null,
            accreditation_number: changes.accreditation?.number ?? null,
            accreditation_valid_until: changes.accreditation?.validUntil ?? null,
          }
        : {}),
      ...(changes.contacts ? { phone: changes.contacts.phone, email: changes.contacts.email } : {}),
      ...(changes.status ? { status: changes.status } : {}),
      updated_by: principal.userId,
    });
    if (!done) throw staleVersion();
    if (changes.units) await repo.replaceUnits(trx, id, changes.units);
    await audit(trx, actor, {
      action: 'service.update',
      entityType: 'service',
      entityId: id,
      details: { fields: Object.keys(changes).sort() },
    });
    return toService(ctx, principal, (await repo.findService(trx, id))!);
  });
}

export async function updateCapacity(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
  version: number,
  change: CapacityChange,
): Promise<Service> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await loadService(trx, principal, id);
    if (!mayManageService(ctx, principal, 'services.update-capacity', placeOf(row))) throw forbidden();
    const capacity = change.capacity ?? row.capacity;
    if (capacity === null)
      throw validationFailed([
        {
          path: 'body.capacity',
          code: 'not_allowed_here',
          message: 'This service does not count places yet.',
        },
      ]);
    await validate(trx, row.country, { capacity, freePlaces: change.freePlaces }, null);
    const done = await repo.updateIfVersion(trx, id, version, {
      capacity,
      free_places: change.freePlaces,
      updated_by: principal.userId,
    });
    if (!done) throw staleVersion();
    await audit(trx, actor, {
      action: 'service.capacity',
      entityType: 'service',
      entityId: id,
      details: { capacity, freePlaces: change.freePlaces },
    });
    return toService(ctx, principal, (await repo.findService(trx, id))!);
  });
}

export async function serviceGaps(
  ctx: AppContext,
  principal: SignedInUser,
  query: { region?: string | undefined; kinds?: ServiceKind[] | undefined },
) {
  const unitCode = query.region ?? principal.country;
  if (countryOf(unitCode) !== principal.country)
    throw validationFailed([
      { path: 'querystring.region', code: 'unknown_reference', message: 'Not a unit of this country.' },
    ]);
  const kinds = query.kinds && query.kinds.length > 0 ? query.kinds : [...SERVICE_KIND_CODES];
  const rows = gapRowsOf(unitCode);
  const services = await repo.searchServices(ctx.database.db, { country: principal.country, kinds });
  const cells = computeGaps(
    rows,
    kinds,
    services.map((row) => ({
      kind: row.kind,
      active: row.status === 'active',
      freePlaces: row.free_places,
      units: row.units,
    })),
    covers,
  ) as Array<ReturnType<typeof computeGaps>[number] & { kind: ServiceKind }>;
  return { unitCode, rows, kinds, cells, gaps: cells.filter((cell) => cell.state === 'gap').length };
}

const CSV_HEADER = [
  'id',
  'agency',
  'kind',
  'support_plan_type',
  'name',
  'description',
  'units',
  'age_min',
  'age_max',
  'genders',
  'exploitation_types',
  'languages',
  'opening_hours',
  'capacity',
  'free_places',
  'accreditation_standard',
  'accreditation_number',
  'accreditation_valid_until',
  'accreditation_state',
  'phone',
  'email',
  'status',
] as const;

/** The search's results as CSV (UTF-8 with a byte-order mark, so spreadsheets read Cyrillic and ș ț). */
export async function exportServicesCsv(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  query: SearchQuery,
): Promise<string> {
  const services = await searchServices(ctx, principal, query);
  const hours = (service: Service) =>
    service.openingHours.alwaysOpen
      ? '24/7'
      : service.openingHours.weekly.map((slot) => `${slot.day} ${slot.opens}-${slot.closes}`).join('; ');
  await audit(ctx.database.db, actor, {
    action: 'service.export',
    entityType: 'service',
    details: { count: services.length },
  });
  return `\uFEFF${toCsv(
    CSV_HEADER,
    services.map((service) => [
      service.id,
      service.agencyName,
      service.kind,
      service.supportPlanType,
      service.name,
      service.description,
      service.units.join(' '),
      service.eligibility.ageMin,
      service.eligibility.ageMax,
      service.eligibility.genders.join(' '),
      service.eligibility.exploitationTypes.join(' '),
      service.languages.join(' '),
      hours(service),
      service.capacity,
      service.freePlaces,
      service.accreditation?.standard,
      service.accreditation?.number,
      service.accreditation?.validUntil,
      service.accreditationState,
      service.contacts.phone,
      service.contacts.email,
      service.status,
    ]),
  )}`;
}

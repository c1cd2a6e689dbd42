import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ADMIN_UNITS, isWithin } from '../../domain/geo/index.ts';
import { findPossibleDuplicates } from '../../domain/linkage/link-records.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, forbidden, notFound, validationFailed } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { type Action, can, fieldGroupsOf, reachFor } from '../policy/policy.ts';
import { existingUnitCodes } from '../users/users.repository.ts';
import {
  ageBandOf,
  birthYearsOfBand,
  openSealedIdentity,
  regionOf,
  type SensitiveIdentity,
  sealIdentity,
  toPersonRecord,
} from './case-identity.ts';
import * as repo from './cases.repository.ts';
import { recordCandidates } from '../duplicates/duplicates.service.ts';
import type { CaseFile, CaseSummary, NewCase } from './cases.schemas.ts';
import { queryKeys } from './name-search.ts';

type Db = Kysely<DatabaseSchema>;
type SummaryRow = Awaited<ReturnType<typeof repo.listCases>>['rows'][number];

const CASE_ACTIONS: Action[] = [
  'cases.read',
  'cases.update',
  'cases.reveal',
  'cases.transition',
  'cases.approve-closure',
  'cases.transfer',
];

export function placeOfCase(
  ctx: AppContext,
  row: { owner_agency_id: string; unit_code: string; owner_user_id: string | null },
) {
  return {
    country: ctx.config.country,
    agencyId: row.owner_agency_id,
    unitCodes: [row.unit_code],
    ownerId: row.owner_user_id,
  };
}

export function toSummary(row: SummaryRow): CaseSummary {
  const today = new Date().toISOString().slice(0, 10);
  return {
    id: row.id,
    code: row.code,
    stage: row.stage,
    status: row.status,
    gender: row.gender,
    presumedMinor: row.presumed_minor,
    ageBand: ageBandOf(row.birth_year_from, row.birth_year_to),
    unitCode: row.unit_code,
    regionCode: regionOf(row.unit_code),
    ownerAgencyId: row.owner_agency_id,
    ownerAgencyName: row.owner_agency_name,
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name,
    exploitationTypes: row.exploitation_types,
    nextDeadline: row.next_deadline,
    overdue: row.next_deadline !== null && row.next_deadline < today,
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    mergedInto: row.merged_into,
  };
}

function toCaseFile(ctx: AppContext, principal: SignedInUser, row: repo.CaseRow): CaseFile {
  const place = placeOfCase(ctx, row);
  return {
    ...toSummary(row),
    identity: row.open_identity as CaseFile['identity'],
    birthYears:
      row.birth_year_from !== null && row.birth_year_to !== null
        ? { from: row.birth_year_from, to: row.birth_year_to }
        : null,
    nameCount: row.name_count,
    createdAt: row.created_at.toISOString(),
    allowedActions: CASE_ACTIONS.filter((action) => can(principal, action, place, ctx.isWithin)),
    fieldGroups: fieldGroupsOf(principal),
  };
}

/** Loads a case the principal may act on; a case out of reach answers exactly like a missing one. */
export async function loadCase(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  id: string,
  action: Action = 'cases.read',
) {
  const row = await repo.findCase(db, id);
  if (!row || !can(principal, 'cases.read', placeOfCase(ctx, row), ctx.isWithin)) throw notFound('The case');
  if (action !== 'cases.read' && !can(principal, action, placeOfCase(ctx, row), ctx.isWithin))
    throw forbidden();
  return row;
}

async function assertUnitInCountry(ctx: AppContext, db: Db, unitCode: string, path: string) {
  const known = await existingUnitCodes(db, [unitCode]);
  if (!known.has(unitCode) || !unitCode.startsWith(ctx.config.country)) {
    throw validationFailed([{ path, message: 'Unknown place in this country.' }]);
  }
}

function validateBirthDate(birth: SensitiveIdentity['birthDate'], path: string) {
  const today = new Date().toISOString().slice(0, 10);
  const dates =
    birth.kind === 'exact' ? [birth.date] : birth.kind === 'estimated' ? [birth.from, birth.to] : [];
  for (const date of dates) {
    if (Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || date > today)
      throw validationFailed([{ path, message: 'Not a real date, or in the future.' }]);
  }
  if (birth.kind === 'estimated' && birth.from > birth.to)
    throw validationFailed([{ path: `${path}.to`, message: 'The range ends before it starts.' }]);
}

export async function checkDuplicates(
  ctx: AppContext,
  db: Db,
  identity: Pick<SensitiveIdentity, 'names' | 'birthDate'>,
  gender: string | undefined,
  exceptId: string | null,
) {
  const sealed = sealIdentity(ctx.cipher, { ...identity, documents: [], contacts: [] });
  const candidates = await repo.casesSharingKeys(db, sealed.nameKeys, exceptId, 500);
  if (candidates.length === 0) return [];
  const existing = candidates.map((row) =>
    toPersonRecord(row.id, openSealedIdentity(ctx.cipher, row.sensitive_identity), row.gender),
  );
  const pairs = findPossibleDuplicates(
    toPersonRecord('new', { ...identity, documents: [], contacts: [] }, gender),
    existing,
  );
  return pairs.slice(0, 10).map((pair) => {
    const row = candidates.find((c) => c.id === pair.idB)!;
    return {
      caseId: row.id,
      code: row.code,
      score: Math.round(pair.score * 1000) / 1000,
      classification: pair.classification,
      agreements: pair.fields.map((f) => ({
        field: f.field,
        outcome: f.level,
        weight: Math.round(f.weight * 100) / 100,
      })),
      ageBand: ageBandOf(row.birth_year_from, row.birth_year_to),
      unitCode: row.unit_code,
    };
  });
}

export async function createCase(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  input: NewCase,
): Promise<CaseFile> {
  if (!principal.agencyId)
    throw new AppError(409, 'conflict', 'Your account belongs to no agency, so it cannot own a case.');
  validateBirthDate(input.sensitive.birthDate, 'body.sensitive.birthDate');
  await assertUnitInCountry(ctx, trx, input.identity.unitCode, 'body.identity.unitCode');
  if (!input.duplicatesReviewed) {
    const duplicates = await checkDuplicates(ctx, trx, input.sensitive, input.identity.gender, null);
    if (duplicates.length > 0) {
      throw new AppError(
        409,
        'possible_duplicates',
        'This child may already have a case. Review the possible duplicates, then confirm.',
        duplicates,
      );
    }
  }
  const year = new Date().getUTCFullYear();
  const number = await repo.nextCaseNumber(trx, ctx.config.country, year);
  const id = randomUUID();
  const sealed = sealIdentity(ctx.cipher, input.sensitive);
  await repo.insertCase(trx, {
    id,
    code: `${ctx.config.country}-${year}-${String(number).padStart(6, '0')}`,
    country: ctx.config.country,
    stage: 'screening',
    status: 'possible',
    gender: input.identity.gender,
    presumedMinor: input.identity.presumedMinor,
    unitCode: input.identity.unitCode,
    ownerAgencyId: principal.agencyId,
    ownerUserId: principal.userId,
    openIdentity: input.identity,
    ...sealed,
  });
  await repo.appendCaseAction(trx, {
    caseId: id,
    type: 'open',
    at: new Date(),
    actorId: principal.userId,
    actorAgencyId: principal.agencyId,
    reason: null,
    payload: {
      ownerUserId: principal.userId,
      ownerAgencyId: principal.agencyId,
      unitCode: input.identity.unitCode,
    },
  });
  if (input.duplicatesReviewed) {
    // The worker judged the candidates to be other children; a supervisor still gets the pairs to review.
    await recordCandidates(
      trx,
      id,
      await checkDuplicates(ctx, trx, input.sensitive, input.identity.gender, id),
    );
  }
  await audit(trx, actor, {
    action: 'case.create',
    entityType: 'case',
    entityId: id,
    details: { duplicatesReviewed: Boolean(input.duplicatesReviewed) },
  });
  return toCaseFile(ctx, principal, (await repo.findCase(trx, id))!);
}

export async function getCase(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
): Promise<CaseFile> {
  const db = ctx.database.db;
  const row = await loadCase(ctx, db, principal, id);
  await audit(db, actor, { action: 'case.read', entityType: 'case', entityId: id });
  return toCaseFile(ctx, principal, row);
}

export async function revealIdentity(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
): Promise<SensitiveIdentity> {
  const db = ctx.database.db;
  const row = await loadCase(ctx, db, principal, id, 'cases.reveal');
  if (!fieldGroupsOf(principal).includes('identity')) throw forbidden();
  await audit(db, actor, { action: 'case.identity.reveal', entityType: 'case', entityId: id });
  return openSealedIdentity(ctx.cipher, row.sensitive_identity);
}

export async function updateCase(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
  version: number,
  change: { sensitive?: Partial<SensitiveIdentity>; identity?: Partial<CaseFile['identity']> },
): Promise<CaseFile> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await loadCase(ctx, trx, principal, id, 'cases.update');
    const identity = { ...(row.open_identity as CaseFile['identity']), ...change.identity };
    if (change.identity?.unitCode && change.identity.unitCode !== row.unit_code) {
      await assertUnitInCountry(ctx, trx, change.identity.unitCode, 'body.identity.unitCode');
      // Moving the child moves the case to another local team: that needs the right to transfer.
      if (!can(principal, 'cases.transfer', placeOfCase(ctx, row), ctx.isWithin)) throw forbidden();
    }
    let sealed: Partial<ReturnType<typeof sealIdentity>> = {};
    if (change.sensitive) {
      const merged = { ...openSealedIdentity(ctx.cipher, row.sensitive_identity), ...change.sensitive };
      validateBirthDate(merged.birthDate, 'body.sensitive.birthDate');
      sealed = sealIdentity(ctx.cipher, merged);
    }
    const updated = await repo.updateCaseIfVersion(trx, id, version, {
      gender: identity.gender,
      presumed_minor: identity.presumedMinor,
      unit_code: identity.unitCode,
      open_identity: JSON.stringify(identity),
      ...(sealed.sensitiveIdentity
        ? {
            sensitive_identity: sealed.sensitiveIdentity,
            name_count: sealed.nameCount,
            name_keys: sealed.nameKeys,
            document_keys: sealed.documentKeys,
            name_birth_key: sealed.nameBirthKey,
            birth_year_from: sealed.birthYearFrom,
            birth_year_to: sealed.birthYearTo,
          }
        : {}),
    });
    if (!updated) throw staleVersion();
    await audit(trx, actor, {
      action: 'case.update',
      entityType: 'case',
      entityId: id,
      details: {
        fields: [
          ...Object.keys(change.identity ?? {}).map((k) => `identity.${k}`),
          ...Object.keys(change.sensitive ?? {}).map((k) => `sensitive.${k}`),
        ],
      },
    });
    return toCaseFile(ctx, principal, (await repo.findCase(trx, id))!);
  });
}

export type ListQuery = {
  q?: string;
  stage?: string;
  status?: string;
  exploitationType?: string;
  regionCode?: string;
  unitCode?: string;
  agencyId?: string;
  ageBand?: CaseSummary['ageBand'];
  gender?: string;
  owner?: string;
  overdue?: 'true' | 'false';
  page: number;
  pageSize: number;
};

function unitsWithin(code: string): string[] {
  return ADMIN_UNITS.filter((unit) => isWithin(unit.code, code)).map((unit) => unit.code);
}

export async function listCases(ctx: AppContext, principal: SignedInUser, actor: Actor, query: ListQuery) {
  const reach = reachFor(principal, 'cases.read');
  if (reach.kind === 'none') throw forbidden();
  if (query.q && !fieldGroupsOf(principal).includes('identity')) throw forbidden();
  const filter: repo.CaseFilter = {
    reach:
      reach.kind === 'country'
        ? { all: true }
        : {
            all: false,
            unitCodes: reach.unitCodes.flatMap(unitsWithin),
            agencyId: reach.agencyId,
            ownerId: reach.userId,
          },
    stage: query.stage,
    status: query.status,
    exploitationType: query.exploitationType,
    agencyId: query.agencyId,
    gender: query.gender,
    ownerId: query.owner === 'me' ? principal.userId : query.owner,
    overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
    birthYears:
      query.ageBand === undefined
        ? undefined
        : query.ageBand === 'unknown'
          ? 'unknown'
          : birthYearsOfBand(query.ageBand),
  };
  const place = query.unitCode ?? query.regionCode;
  if (place) filter.unitCodes = unitsWithin(place);
  if (query.q) {
    const words = queryKeys(query.q);
    if (words.length === 0)
      throw validationFailed([{ path: 'querystring.q', message: 'Type at least two letters of a name.' }]);
    filter.nameKeyGroups = words.map((w) =>
      [...w.exact, ...w.loose].map((k) => ctx.cipher.blindIndex(k, 'case-name')),
    );
  }
  const { rows, total } = await repo.listCases(ctx.database.db, filter, {
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  // The search term itself is never written anywhere: only that a name search happened, and what it returned.
  await audit(ctx.database.db, actor, {
    action: query.q ? 'case.search' : 'case.list',
    entityType: 'case',
    details: { count: rows.length, total, ids: rows.map((r) => r.id) },
  });
  return { items: rows.map(toSummary), total };
}

export async function caseHistory(ctx: AppContext, principal: SignedInUser, actor: Actor, id: string) {
  const db = ctx.database.db;
  await loadCase(ctx, db, principal, id);
  const rows = await repo.caseActions(db, id);
  await audit(db, actor, { action: 'case.history.read', entityType: 'case', entityId: id });
  return rows.map((row) => ({
    seq: row.seq,
    type: row.type,
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    actorAgencyId: row.actor_agency_id,
    actorAgencyName: row.actor_agency_name,
    reason: row.reason ? ctx.cipher.decrypt(row.reason, 'case_actions.reason') : null,
    payload: row.payload,
  }));
}

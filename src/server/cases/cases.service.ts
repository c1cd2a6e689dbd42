import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, forbidden, validationFailed } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { visibleFields } from '../policy/field-visibility.ts';
import { type Action, can, type FieldGroup, fieldGroupsAt, type Reach, reachFor } from '../policy/policy.ts';
import { existingUnitCodes } from '../users/users.repository.ts';
import {
  ageBandOf,
  birthYearsOfBand,
  openSealedIdentity,
  regionOf,
  type SensitiveIdentity,
  sealIdentity,
} from './case-identity.ts';
import { breakGlassOnCase } from '../break-glass/break-glass.service.ts';
import { type LoadedCase, loadCase, placeOfCase } from './case-access.ts';
import { allMatches, findDuplicates, recordDuplicateCheck, visibleFinding } from './duplicate-check.ts';
import { withTrail } from '../audit/refusal-trail.ts';
import * as repo from './cases.repository.ts';
import { latestAssessmentSaysAdult } from './age-assessments.repository.ts';
import { presumedMinorFor, todayUtc } from './minority.ts';

export { loadCase, placeOfCase };
import { recordCandidates } from '../duplicates/duplicates.service.ts';
import type { CaseFile, CaseSummary, NewCase } from './cases.schemas.ts';
import { caseReflection } from '../status/reflection.ts';
import { caseReachOf, unitsWithin } from './case-reach.ts';

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

/** The field groups the principal holds on this case: those of the grants that reach it. */
export function fieldGroupsOnCase(
  ctx: AppContext,
  principal: SignedInUser,
  row: {
    owner_agency_id: string;
    unit_code: string;
    owner_user_id: string | null;
    break_glass_for?: string | null;
  },
): FieldGroup[] {
  return fieldGroupsAt(principal, placeOfCase(ctx, row), ctx.isWithin);
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
    ownerTeamId: row.owner_team_id ?? null,
    exploitationTypes: row.exploitation_types,
    nextDeadline: row.next_deadline,
    overdue: row.next_deadline !== null && row.next_deadline < today,
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    mergedInto: row.merged_into,
  };
}

async function toCaseFile(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  row: repo.CaseRow | LoadedCase,
  breakGlass: CaseFile['breakGlass'] = { activeUntil: null, unreviewedAccesses: null },
): Promise<CaseFile> {
  const place = placeOfCase(ctx, row);
  const groups = fieldGroupsOnCase(ctx, principal, row);
  return visibleFields<CaseFile>(
    {
      ...toSummary(row),
      // A closed case has no deadline to meet (issue 11 item 5).
      ...(row.stage === 'closed' ? { nextDeadline: null, overdue: false } : {}),
      reflectionPeriod: await caseReflection(ctx, db, row),
      identity: row.open_identity as CaseFile['identity'],
      birthYears:
        row.birth_year_from !== null && row.birth_year_to !== null
          ? { from: row.birth_year_from, to: row.birth_year_to }
          : null,
      nameCount: row.name_count,
      createdAt: row.created_at.toISOString(),
      allowedActions: CASE_ACTIONS.filter((action) => can(principal, action, place, ctx.isWithin)),
      fieldGroups: groups,
      breakGlass,
    },
    groups,
  );
}

async function assertUnitInCountry(ctx: AppContext, db: Db, unitCode: string, path: string) {
  const known = await existingUnitCodes(db, [unitCode]);
  if (!known.has(unitCode) || !unitCode.startsWith(ctx.config.country)) {
    throw validationFailed([{ path, code: 'unknown_reference', message: 'Unknown place in this country.' }]);
  }
}

export async function createCase(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  input: NewCase,
): Promise<CaseFile> {
  if (!principal.agencyId)
    throw new AppError('conflict', 'Your account belongs to no agency, so it cannot own a case.');
  // A new case has no age assessment yet: unless a documented adult date says otherwise, a child.
  const presumedMinor = presumedMinorFor({
    birth: input.sensitive.birthDate,
    ageDisputed: input.identity.ageDisputed ?? false,
    requested: input.identity.presumedMinor,
    current: undefined,
    liftedByAssessment: false,
  });
  await assertUnitInCountry(ctx, trx, input.identity.unitCode, 'body.identity.unitCode');
  if (!input.duplicatesReviewed) {
    const finding = await findDuplicates(ctx, trx, principal, input.sensitive, input.identity.gender, null);
    if (finding.candidates.length > 0 || finding.outsideReach.length > 0) {
      // The refusal rolls the transaction back: the check's audit row and notices travel on the error.
      throw withTrail(
        new AppError(
          'possible_duplicates',
          'This child may already have a case. Review the possible duplicates, then confirm.',
          visibleFinding(finding),
        ),
        (db, trailActor) => recordDuplicateCheck(ctx, db, trailActor, finding, 'create-refused'),
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
    presumedMinor,
    unitCode: input.identity.unitCode,
    ownerAgencyId: principal.agencyId,
    ownerUserId: principal.userId,
    openIdentity: { ...input.identity, presumedMinor },
    guardianRequiredSince: input.identity.unaccompanied ? todayUtc() : null,
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
    const finding = await findDuplicates(ctx, trx, principal, input.sensitive, input.identity.gender, id);
    await recordCandidates(trx, id, allMatches(finding));
    await recordDuplicateCheck(ctx, trx, actor, finding, 'create-confirmed');
  }
  await audit(trx, actor, {
    action: 'case.create',
    entityType: 'case',
    entityId: id,
    details: { duplicatesReviewed: Boolean(input.duplicatesReviewed) },
  });
  return toCaseFile(ctx, trx, principal, (await repo.findCase(trx, id))!);
}

export async function getCase(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
): Promise<CaseFile> {
  const db = ctx.database.db;
  const row = await loadCase(ctx, db, principal, id);
  await audit(db, actor, {
    action: 'case.read',
    entityType: 'case',
    entityId: id,
    ...(row.break_glass_for ? { details: { breakGlass: true } } : {}),
  });
  return toCaseFile(ctx, db, principal, row, await breakGlassOnCase(ctx, db, principal, row));
}

export async function revealIdentity(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
): Promise<SensitiveIdentity> {
  const db = ctx.database.db;
  const row = await loadCase(ctx, db, principal, id, 'cases.reveal');
  if (!fieldGroupsOnCase(ctx, principal, row).includes('identity')) throw forbidden();
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
    const merged = { ...openSealedIdentity(ctx.cipher, row.sensitive_identity), ...change.sensitive };
    // Every change of the birth date or the flag is judged again: the checkbox cannot make an adult.
    identity.presumedMinor = presumedMinorFor({
      birth: merged.birthDate,
      ageDisputed: identity.ageDisputed ?? false,
      requested: change.identity?.presumedMinor,
      current: row.presumed_minor,
      liftedByAssessment: await latestAssessmentSaysAdult(trx, id),
    });
    const sealed: Partial<ReturnType<typeof sealIdentity>> = change.sensitive
      ? sealIdentity(ctx.cipher, merged)
      : {};
    const updated = await repo.updateCaseIfVersion(trx, id, version, {
      gender: identity.gender,
      presumed_minor: identity.presumedMinor,
      unit_code: identity.unitCode,
      open_identity: JSON.stringify(identity),
      // The guardian deadline runs from the day the child was recorded unaccompanied (Art. 10(4)).
      ...(identity.unaccompanied !== (row.open_identity as CaseFile['identity']).unaccompanied
        ? { guardian_required_since: identity.unaccompanied ? todayUtc() : null }
        : {}),
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
    return toCaseFile(ctx, trx, principal, (await repo.findCase(trx, id))!);
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

/** The list's filters and the caller's reach as one repository filter. */
export function caseFilter(
  principal: SignedInUser,
  query: ListQuery,
  reach: Exclude<Reach, { kind: 'none' }>,
): repo.CaseFilter {
  const filter: repo.CaseFilter = {
    reach: caseReachOf(reach),
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
  return filter;
}

/** The plain list (no search text): most recently changed first, never a name. */
export async function listCases(ctx: AppContext, principal: SignedInUser, actor: Actor, query: ListQuery) {
  const reach = reachFor(principal, 'cases.read');
  if (reach.kind === 'none') throw forbidden();
  const { rows, total } = await repo.listCases(ctx.database.db, caseFilter(principal, query, reach), {
    offset: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  await audit(ctx.database.db, actor, {
    action: 'case.list',
    entityType: 'case',
    details: { count: rows.length, total, ids: rows.map((r) => r.id) },
  });
  return {
    items: rows.map((row) => ({
      ...visibleFields(toSummary(row), fieldGroupsOnCase(ctx, principal, row)),
      matchedOn: [],
      who: null,
    })),
    total,
  };
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

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { TypeOfExploitation } from '../../domain/vocabularies/index.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { reopenForRetrafficking } from '../cases/case-actions.service.ts';
import { setDerivedCaseColumns } from '../cases/cases.repository.ts';
import { fieldGroupsOnCase, loadCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { forbidden, notFound, validationFailed } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import type { Action } from '../policy/policy.ts';
import { eventProblems } from './event-rules.ts';
import * as repo from './trafficking-history.repository.ts';
import type {
  EventChange,
  EventFields,
  EventType,
  NewEvent,
  TraffickingEvent,
} from './trafficking-history.schemas.ts';

// The child's trafficking history. Exploitation details are a field group of their own: a role without
// `exploitation` (a service provider) neither reads nor writes events, whatever its scope.

type Db = Kysely<DatabaseSchema>;
const PLACE_CONTEXT = 'trafficking_events.place';

async function loadCaseWithExploitation(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  caseId: string,
  action: Action,
) {
  const row = await loadCase(ctx, db, principal, caseId, action);
  if (!fieldGroupsOnCase(ctx, principal, row).includes('exploitation')) throw forbidden();
  return row;
}

function toEvent(ctx: AppContext, row: repo.StoredEvent): TraffickingEvent {
  return {
    id: row.id,
    type: row.type as EventType,
    dateFrom: row.date_from,
    dateTo: row.date_to,
    country: row.country,
    regionCode: row.region_code,
    place: row.place === null ? null : ctx.cipher.decrypt(row.place, PLACE_CONTEXT),
    recruitmentMethods: row.recruitment_methods,
    apps: row.apps,
    relationshipToTrafficker: row.relationship_to_trafficker,
    exploitationTypes: row.exploitation_types,
    labourIndustry: row.labour_industry,
    sexExploitationType: row.sex_exploitation_type,
    controlMethods: row.control_methods,
    durationDays: row.duration_days,
    version: row.version,
  };
}

function withDefaults(input: NewEvent): EventFields {
  return {
    dateTo: null,
    regionCode: null,
    place: null,
    recruitmentMethods: [],
    apps: [],
    relationshipToTrafficker: null,
    exploitationTypes: [],
    labourIndustry: null,
    sexExploitationType: null,
    controlMethods: [],
    durationDays: null,
    ...input,
  };
}

function toRow(ctx: AppContext, event: EventFields): repo.EventRow {
  const problems = eventProblems(event, new Date().toISOString().slice(0, 10));
  if (problems.length > 0) throw validationFailed(problems);
  return {
    type: event.type,
    date_from: event.dateFrom,
    date_to: event.dateTo,
    country: event.country,
    region_code: event.regionCode,
    place: event.place === null ? null : ctx.cipher.encrypt(event.place, PLACE_CONTEXT),
    recruitment_methods: event.recruitmentMethods,
    apps: event.apps,
    relationship_to_trafficker: event.relationshipToTrafficker,
    exploitation_types: event.exploitationTypes,
    labour_industry: event.labourIndustry,
    sex_exploitation_type: event.sexExploitationType,
    control_methods: event.controlMethods,
    duration_days: event.durationDays,
  };
}

/** Keeps the case's exploitation_types column (read by the list filter) equal to its events' union. */
async function refreshCaseExploitationTypes(db: Db, caseId: string) {
  const recorded = new Set(await repo.eventExploitationTypes(db, caseId));
  await setDerivedCaseColumns(db, caseId, {
    exploitation_types: TypeOfExploitation.filter((type) => recorded.has(type)),
  });
}

export async function listEvents(ctx: AppContext, principal: SignedInUser, actor: Actor, caseId: string) {
  const db = ctx.database.db;
  const row = await loadCaseWithExploitation(ctx, db, principal, caseId, 'cases.read');
  const items = (await repo.listEvents(db, caseId)).map((event) => toEvent(ctx, event));
  await audit(db, actor, {
    action: 'case.events.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: items.length },
  });
  return {
    items,
    crossBorder: items.some((event) => event.country !== ctx.config.country),
    exploitationTypes: row.exploitation_types,
  };
}

export async function createEvent(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: NewEvent,
): Promise<TraffickingEvent> {
  await loadCaseWithExploitation(ctx, trx, principal, caseId, 'cases.update');
  const id = randomUUID();
  await repo.insertEvent(trx, {
    id,
    case_id: caseId,
    created_by: principal.userId,
    ...toRow(ctx, withDefaults(input)),
  });
  await refreshCaseExploitationTypes(trx, caseId);
  // The child was trafficked again after the case closed: it reopens, counted as re-trafficking.
  await reopenForRetrafficking(ctx, trx, principal, actor, caseId);
  await audit(trx, actor, {
    action: 'case.event.create',
    entityType: 'trafficking_event',
    entityId: id,
    details: { caseId, type: input.type },
  });
  return toEvent(ctx, (await repo.findEvent(trx, caseId, id))!);
}

export async function updateEvent(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  eventId: string,
  version: number,
  change: EventChange,
): Promise<TraffickingEvent> {
  return ctx.database.db.transaction().execute(async (trx) => {
    await loadCaseWithExploitation(ctx, trx, principal, caseId, 'cases.update');
    const stored = await repo.findEvent(trx, caseId, eventId);
    if (!stored) throw notFound('The event');
    const { id: _id, version: _version, ...current } = toEvent(ctx, stored);
    const updated = await repo.updateEventIfVersion(
      trx,
      caseId,
      eventId,
      version,
      toRow(ctx, { ...current, ...change }),
    );
    if (!updated) throw staleVersion();
    await refreshCaseExploitationTypes(trx, caseId);
    await audit(trx, actor, {
      action: 'case.event.update',
      entityType: 'trafficking_event',
      entityId: eventId,
      details: { caseId, fields: Object.keys(change) },
    });
    return toEvent(ctx, (await repo.findEvent(trx, caseId, eventId))!);
  });
}

export async function deleteEvent(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  eventId: string,
  version: number,
): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    await loadCaseWithExploitation(ctx, trx, principal, caseId, 'cases.update');
    if (!(await repo.findEvent(trx, caseId, eventId))) throw notFound('The event');
    if (!(await repo.deleteEventIfVersion(trx, caseId, eventId, version))) throw staleVersion();
    await refreshCaseExploitationTypes(trx, caseId);
    await audit(trx, actor, {
      action: 'case.event.delete',
      entityType: 'trafficking_event',
      entityId: eventId,
      details: { caseId },
    });
  });
}

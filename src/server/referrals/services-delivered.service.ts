import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { fieldGroupsOnCase, loadCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, forbidden, validationFailed } from '../errors.ts';
import { notify } from '../notifications/notifications.service.ts';
import { visibleFields } from '../policy/field-visibility.ts';
import { fieldGroupsOnReferral, loadReferral, mayOnRecipient } from './referral-access.ts';
import * as repo from './referrals.repository.ts';
import type { NewServiceDelivered, ServiceDelivered } from './referrals.schemas.ts';

type Db = Kysely<DatabaseSchema>;
const NOTE = 'services_delivered.note';
const today = () => new Date().toISOString().slice(0, 10);

export function toServiceDelivered(ctx: AppContext, row: repo.ServiceDeliveredRow): ServiceDelivered {
  return {
    id: row.id,
    referralId: row.referral_id,
    serviceKind: row.service_kind,
    deliveredOn: row.delivered_on,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    userId: row.user_id,
    userName: row.user_name,
    outcome: row.outcome as ServiceDelivered['outcome'],
    note: row.note ? ctx.cipher.decrypt(row.note, NOTE) : null,
    planGoalId: row.plan_goal_id,
    createdAt: row.created_at.toISOString(),
    version: row.version,
  };
}

/**
 * Contract C6: the services delivered towards each goal of a case's plan (plans show them per goal).
 */
export async function servicesDeliveredForGoals(
  db: Db,
  caseId: string,
): Promise<Map<string, Array<{ id: string; serviceKind: string; deliveredOn: string; outcome: string }>>> {
  const rows = await repo.servicesLinkedToGoals(db, caseId);
  const byGoal = new Map<
    string,
    Array<{ id: string; serviceKind: string; deliveredOn: string; outcome: string }>
  >();
  for (const row of rows) {
    const list = byGoal.get(row.plan_goal_id!) ?? [];
    list.push({
      id: row.id,
      serviceKind: row.service_kind,
      deliveredOn: row.delivered_on,
      outcome: row.outcome,
    });
    byGoal.set(row.plan_goal_id!, list);
  }
  return byGoal;
}

function checkDate(date: string) {
  if (Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || date > today())
    throw validationFailed([
      {
        path: 'body.deliveredOn',
        code: 'date_invalid_or_future',
        message: 'Not a real date, or in the future.',
      },
    ]);
}

async function insert(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  input: NewServiceDelivered & { caseId: string; referralId: string | null; agencyId: string },
) {
  const id = randomUUID();
  await repo.insertServiceDelivered(trx, {
    id,
    case_id: input.caseId,
    referral_id: input.referralId,
    service_kind: input.serviceKind,
    delivered_on: input.deliveredOn,
    agency_id: input.agencyId,
    user_id: principal.userId,
    outcome: input.outcome,
    note: input.note ? ctx.cipher.encrypt(input.note, NOTE) : null,
    plan_goal_id: input.planGoalId ?? null,
  });
  return toServiceDelivered(ctx, (await repo.findServiceDelivered(trx, id))!);
}

/** The case worker records a service delivered to the child (by their own agency, or reported to them). */
export async function recordOnCase(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: NewServiceDelivered,
): Promise<ServiceDelivered> {
  await loadCase(ctx, trx, principal, caseId, 'cases.update');
  if (!principal.agencyId) throw new AppError('conflict', 'Your account belongs to no agency.');
  checkDate(input.deliveredOn);
  if (input.planGoalId && !(await repo.planGoalOfCase(trx, input.planGoalId, caseId)))
    throw validationFailed([
      { path: 'body.planGoalId', code: 'unknown_reference', message: 'No such goal in this case’s plan.' },
    ]);
  const saved = await insert(ctx, trx, principal, {
    ...input,
    caseId,
    referralId: null,
    agencyId: principal.agencyId,
  });
  await audit(trx, actor, {
    action: 'case.service-delivered.record',
    entityType: 'case',
    entityId: caseId,
    details: {
      serviceDeliveredId: saved.id,
      serviceKind: input.serviceKind,
      planGoalId: input.planGoalId ?? null,
    },
  });
  return saved;
}

/** The receiving agency records what it delivered, through the referral (it never sees the case). */
export async function recordOnReferral(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  referralId: string,
  input: Omit<NewServiceDelivered, 'planGoalId'>,
): Promise<ServiceDelivered> {
  const access = await loadReferral(ctx, trx, principal, referralId);
  if (!mayOnRecipient(ctx, principal, access, 'referrals.respond')) throw forbidden();
  if (!['accepted', 'in-progress', 'completed', 'failed'].includes(access.row.state))
    throw new AppError('referral_refused', 'Services are recorded once the referral is accepted.');
  checkDate(input.deliveredOn);
  const { row } = access;
  const saved = await insert(ctx, trx, principal, {
    ...input,
    caseId: row.case_id,
    referralId,
    agencyId: row.recipient_agency_id,
  });
  await audit(trx, actor, {
    action: 'referral.service-delivered.record',
    entityType: 'referral',
    entityId: referralId,
    details: { caseId: row.case_id, serviceDeliveredId: saved.id, serviceKind: input.serviceKind },
  });
  await notify(trx, {
    recipients: [row.sender_user_id, ...(row.case_owner_user_id ? [row.case_owner_user_id] : [])],
    kind: 'referrals.service-recorded',
    caseId: row.case_id,
    subjectType: 'referral',
    subjectId: referralId,
    actorUserId: principal.userId,
  });
  return saved;
}

export async function listForCase(ctx: AppContext, principal: SignedInUser, actor: Actor, caseId: string) {
  const db = ctx.database.db;
  const file = await loadCase(ctx, db, principal, caseId);
  const groups = fieldGroupsOnCase(ctx, principal, file);
  const rows = await repo.servicesDelivered(db, { caseId });
  await audit(db, actor, {
    action: 'case.services-delivered.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: rows.length },
  });
  // The notes of psychological and medical services are health data (field-visibility.ts).
  return { items: rows.map((row) => visibleFields(toServiceDelivered(ctx, row), groups)) };
}

export async function listForReferral(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  referralId: string,
) {
  const db = ctx.database.db;
  const access = await loadReferral(ctx, db, principal, referralId);
  const groups = fieldGroupsOnReferral(ctx, principal, access);
  const rows = await repo.servicesDelivered(db, { referralId });
  await audit(db, actor, {
    action: 'referral.services-delivered.read',
    entityType: 'referral',
    entityId: referralId,
    details: { caseId: access.row.case_id, count: rows.length },
  });
  return { items: rows.map((row) => visibleFields(toServiceDelivered(ctx, row), groups)) };
}

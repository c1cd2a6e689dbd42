import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  answerDeadline,
  availableEvents,
  type CountryCode,
  EVENT_SIDE,
  fieldsBeyondMaximum,
  HOLDS_PLACE,
  isOverdue,
  normalisePackage,
  PACKAGE_FIELDS,
  type PackageField,
  type ReferralEvent,
  type ReferralState,
  TERMINAL_STATES,
  type Urgency,
  applyReferralEvent,
} from '../../domain/referrals/index.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { findCase } from '../cases/cases.repository.ts';
import { fieldGroupsOnCase, loadCase } from '../cases/cases.service.ts';
import { consentAllows } from '../consents/consents.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { adjustFreePlaces, findServiceForReferral } from '../directory/directory.service.ts';
import { AppError, forbidden, validationFailed } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { notify, usersReaching } from '../notifications/notifications.service.ts';
import { visibleFields } from '../policy/field-visibility.ts';
import { reachFor } from '../policy/policy.ts';
import { withdrawPendingApprovals, requestApproval } from '../approvals/approvals.service.ts';
import {
  type ReferralAccess,
  loadReferral,
  mayOnRecipient,
  mayOnSender,
  recipientPlaceOf,
  fieldGroupsOnReferral,
  sidesOf,
} from './referral-access.ts';
import { buildPackage, childOfPackage, openPackage, sealPackage } from './referral-package.ts';
import * as repo from './referrals.repository.ts';
import type { NewReferral, Referral, ReferralDetail } from './referrals.schemas.ts';
import { toServiceDelivered } from './services-delivered.service.ts';
import { caseReachOf } from '../cases/case-reach.ts';

type Db = Kysely<DatabaseSchema>;

export const RECIPIENT_ROLES = ['provider', 'caseworker', 'supervisor', 'localcoord'] as const;
const open = (ctx: AppContext, value: string | null, context: string) =>
  value === null ? null : ctx.cipher.decrypt(value, `referrals.${context}`);
const seal = (ctx: AppContext, value: string | null | undefined, context: string) =>
  value ? ctx.cipher.encrypt(value, `referrals.${context}`) : null;

export function toReferral(
  ctx: AppContext,
  principal: SignedInUser,
  row: repo.ReferralRow,
  now = new Date(),
): Referral {
  const { sender, recipient } = sidesOf(ctx, principal, row);
  const access = { row, ...sidesOf(ctx, principal, row) } as ReferralAccess;
  const state = row.state as ReferralState;
  const allowed = [
    ...(mayOnSender(ctx, principal, access, 'referrals.create') ? availableEvents(state, 'sender') : []),
    ...(mayOnRecipient(ctx, principal, access, 'referrals.respond')
      ? availableEvents(state, 'recipient')
      : []),
  ];
  return {
    id: row.id,
    caseId: sender ? row.case_id : null,
    caseCode: sender ? row.case_code : null,
    child: childOfPackage(ctx, row.package),
    serviceId: row.service_id,
    serviceName: row.service_name,
    serviceKind: row.service_kind,
    senderAgencyId: row.sender_agency_id,
    senderAgencyName: row.sender_agency_name,
    senderUserId: row.sender_user_id,
    senderName: row.sender_name,
    recipientAgencyId: row.recipient_agency_id,
    recipientAgencyName: row.recipient_agency_name,
    urgency: row.urgency as Urgency,
    reason: row.reason as Referral['reason'],
    note: open(ctx, row.note, 'note'),
    state,
    packageFields: row.package_fields,
    overrideReason: sender ? open(ctx, row.override_reason, 'override_reason') : null,
    declineReason: open(ctx, row.decline_reason, 'decline_reason'),
    outcome: open(ctx, row.outcome, 'outcome'),
    cancelReason: open(ctx, row.cancel_reason, 'cancel_reason'),
    sentAt: row.sent_at?.toISOString() ?? null,
    dueAt: row.due_at?.toISOString() ?? null,
    overdue: state === 'sent' && isOverdue(row.due_at, now),
    answeredAt: row.answered_at?.toISOString() ?? null,
    closedAt: row.closed_at?.toISOString() ?? null,
    recipientCaseId: recipient ? row.recipient_case_id : null,
    side: sender && recipient ? 'both' : sender ? 'sender' : 'recipient',
    allowedEvents: [...new Set(allowed)],
    mayOpenCase:
      row.recipient_case_id === null &&
      ['accepted', 'in-progress', 'completed'].includes(state) &&
      mayOnRecipient(ctx, principal, access, 'referrals.open-case'),
    mayRecordService:
      ['accepted', 'in-progress', 'completed', 'failed'].includes(state) &&
      mayOnRecipient(ctx, principal, access, 'referrals.respond'),
    createdAt: row.created_at.toISOString(),
    version: row.version,
  };
}

async function recipientUsers(ctx: AppContext, db: Db, row: { recipient_agency_id: string }) {
  return usersReaching(ctx, db, { roles: RECIPIENT_ROLES, place: recipientPlaceOf(ctx, row) });
}

/** Freezes the package, starts the answer deadline and tells the receiving agency. */
async function markSent(ctx: AppContext, trx: Db, referralId: string, actorUserId: string | null) {
  const row = (await repo.findReferral(trx, referralId))!;
  const file = (await findCase(trx, row.case_id))!;
  const now = new Date();
  const data = await buildPackage(ctx, trx, file, row.package_fields as PackageField[]);
  const change = {
    state: 'sent',
    package: sealPackage(ctx, data),
    sent_at: now,
    due_at: answerDeadline(now, row.urgency as Urgency, ctx.config.country as CountryCode),
  };
  if (!(await repo.updateReferralIfVersion(trx, referralId, row.version, change))) throw staleVersion();
  await notify(trx, {
    recipients: await recipientUsers(ctx, trx, row),
    kind: 'referrals.received',
    caseId: null,
    subjectType: 'referral',
    subjectId: referralId,
    actorUserId,
  });
}

export async function consentStatus(
  ctx: AppContext,
  principal: SignedInUser,
  caseId: string,
  agencyId: string,
): Promise<{ allowed: boolean }> {
  const db = ctx.database.db;
  await loadCase(ctx, db, principal, caseId, 'cases.update');
  return { allowed: await consentAllows(ctx, db, caseId, 'referral', agencyId) };
}

export async function createReferral(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  input: NewReferral,
): Promise<ReferralDetail> {
  const file = await loadCase(ctx, trx, principal, caseId, 'cases.update');
  if (!principal.agencyId)
    throw new AppError('conflict', 'Your account belongs to no agency, so it cannot send a referral.');
  if (file.stage === 'closed' || file.stage === 'not-a-victim' || file.merged_into)
    throw new AppError('conflict', 'This case is closed: reopen it before referring the child.');
  const service = await findServiceForReferral(trx, input.serviceId);
  if (!service || service.country !== ctx.config.country || service.status !== 'active')
    throw validationFailed([
      {
        path: 'body.serviceId',
        code: 'unknown_reference',
        message: 'No such active service in this country.',
      },
    ]);
  const beyond = fieldsBeyondMaximum(service.kind, input.packageFields ?? []);
  if (beyond.length > 0)
    throw validationFailed(
      beyond.map((field) => ({
        path: 'body.packageFields',
        code: 'not_allowed_here',
        message: `"${field}" is beyond what a referral of this type may carry.`,
      })),
    );
  // A package carries only parts of groups the sender holds on this case: police never send the
  // health flags they may not read. Asked for explicitly, that is refused; by default, left out.
  const groups = fieldGroupsOnCase(ctx, principal, file);
  const unreadable = (input.packageFields ?? []).filter(
    (field) => !groups.includes(PACKAGE_FIELDS[field as PackageField]),
  );
  if (unreadable.length > 0)
    throw new AppError(
      'forbidden',
      'A referral package may only carry parts of the file you may read yourself.',
      { packageFields: unreadable },
    );
  const fields = normalisePackage(service.kind, input.packageFields as PackageField[] | undefined).filter(
    (field) => groups.includes(PACKAGE_FIELDS[field]),
  );
  const consented = await consentAllows(ctx, trx, caseId, 'referral', service.agencyId);
  if (!consented && !input.overrideReason) {
    throw new AppError(
      'consent_required',
      'There is no active consent to refer this child to this agency. Record the child’s assent and the guardian’s consent for referral, or ask a supervisor to approve an override with a reason.',
      { recipientAgencyId: service.agencyId },
    );
  }
  const id = randomUUID();
  const override = !consented;
  await repo.insertReferral(trx, {
    id,
    case_id: caseId,
    service_id: service.id,
    service_kind: service.kind,
    sender_agency_id: principal.agencyId,
    sender_user_id: principal.userId,
    recipient_agency_id: service.agencyId,
    urgency: input.urgency,
    reason: input.reason,
    note: seal(ctx, input.note, 'note'),
    state: 'awaiting-override',
    package_fields: fields,
    override_reason: override ? seal(ctx, input.overrideReason, 'override_reason') : null,
  });
  await repo.appendEvent(trx, {
    referralId: id,
    type: override ? 'request-override' : 'send',
    fromState: null,
    toState: override ? 'awaiting-override' : 'sent',
    actorId: principal.userId,
    actorAgencyId: principal.agencyId,
  });
  if (override) {
    await requestApproval(ctx, trx, principal, actor, { kind: 'consent-override', caseId, subjectId: id });
  } else {
    await markSent(ctx, trx, id, principal.userId);
  }
  await audit(trx, actor, {
    action: override ? 'referral.override.request' : 'referral.send',
    entityType: 'referral',
    entityId: id,
    details: {
      caseId,
      serviceId: service.id,
      recipientAgencyId: service.agencyId,
      urgency: input.urgency,
      packageFields: fields,
      consented,
    },
  });
  return detailOf(ctx, trx, principal, (await repo.findReferral(trx, id))!);
}

/** Runs when the consent-override approval is decided (contract C3, inside the deciding transaction). */
export async function decideOverride(
  ctx: AppContext,
  trx: Db,
  referralId: string,
  decision: 'approved' | 'rejected',
  decider: SignedInUser,
  actor: Actor,
) {
  await repo.lockReferral(trx, referralId);
  const row = await repo.findReferral(trx, referralId);
  if (row?.state !== 'awaiting-override')
    throw new AppError('referral_refused', 'This referral no longer waits for a consent override.');
  const event: ReferralEvent = decision === 'approved' ? 'approve-override' : 'reject-override';
  const step = applyReferralEvent('awaiting-override', event, 'approval');
  if (!step.ok) throw new AppError('referral_refused', 'This step is not allowed now.');
  await repo.appendEvent(trx, {
    referralId,
    type: event,
    fromState: 'awaiting-override',
    toState: step.to,
    actorId: decider.userId,
    actorAgencyId: decider.agencyId,
  });
  if (decision === 'approved') {
    await markSent(ctx, trx, referralId, decider.userId);
  } else {
    const saved = await repo.updateReferralIfVersion(trx, referralId, row.version, {
      state: 'cancelled',
      closed_at: new Date(),
    });
    if (!saved) throw staleVersion();
  }
  await notify(trx, {
    recipients: [row.sender_user_id, ...(row.case_owner_user_id ? [row.case_owner_user_id] : [])],
    kind: decision === 'approved' ? 'referrals.override-approved' : 'referrals.override-rejected',
    caseId: row.case_id,
    subjectType: 'referral',
    subjectId: referralId,
    actorUserId: decider.userId,
  });
  await audit(trx, actor, {
    action: `referral.override.${decision === 'approved' ? 'approve' : 'reject'}`,
    entityType: 'referral',
    entityId: referralId,
    details: { caseId: row.case_id },
  });
}

export async function detailOf(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  row: repo.ReferralRow,
): Promise<ReferralDetail> {
  const base = toReferral(ctx, principal, row);
  const events = await repo.eventsOf(db, row.id);
  const services = await repo.servicesDelivered(db, { referralId: row.id });
  const sides = sidesOf(ctx, principal, row);
  const groups = fieldGroupsOnReferral(ctx, principal, sides);
  const sealed = row.package ? openPackage(ctx, row.package) : null;
  return {
    ...base,
    // The receiving agency gets the package as sent (the sender chose it within the package rules and
    // the child's consent); on the sending side it follows the reader's field groups on the case.
    package: sealed && !sides.recipient ? visibleFields(sealed, groups, 'package') : sealed,
    events: events.map((event) => ({
      seq: event.seq,
      type: event.type,
      fromState: event.from_state,
      toState: event.to_state,
      at: event.at.toISOString(),
      actorAgencyName: event.actor_agency_name,
    })),
    services: services.map((s) => visibleFields(toServiceDelivered(ctx, s), groups)),
  };
}

export async function getReferral(ctx: AppContext, principal: SignedInUser, actor: Actor, id: string) {
  const db = ctx.database.db;
  const access = await loadReferral(ctx, db, principal, id);
  await audit(db, actor, {
    action: 'referral.read',
    entityType: 'referral',
    entityId: id,
    details: {
      caseId: access.row.case_id,
      side: access.sender ? 'sender' : 'recipient',
      packageFields: access.row.package_fields,
    },
  });
  return detailOf(ctx, db, principal, access.row);
}

export async function listReferrals(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  query: { direction?: 'incoming' | 'outgoing'; state?: string; overdue?: 'true' | 'false' },
) {
  const db = ctx.database.db;
  const direction = query.direction ?? 'incoming';
  const common = {
    state: query.state,
    overdueAt: query.overdue ? { now: new Date(), overdue: query.overdue === 'true' } : undefined,
  };
  let rows: repo.ReferralRow[] = [];
  if (direction === 'incoming') {
    if (principal.agencyId)
      rows = await repo.listReferrals(db, { ...common, recipientAgencyId: principal.agencyId });
  } else {
    const reach = reachFor(principal, 'cases.read');
    if (reach.kind !== 'none')
      rows = await repo.listReferrals(db, {
        ...common,
        caseReach: caseReachOf(reach),
      });
  }
  // The SQL narrows; the policy decides (district and region grants reach units within them).
  const visible = rows.filter((row) => {
    const sides = sidesOf(ctx, principal, row);
    return direction === 'incoming' ? sides.recipient : sides.sender;
  });
  await audit(db, actor, {
    action: 'referral.list',
    entityType: 'referral',
    details: { direction, count: visible.length, ids: visible.map((r) => r.id) },
  });
  return { items: visible.map((row) => toReferral(ctx, principal, row)) };
}

export async function listCaseReferrals(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
) {
  const db = ctx.database.db;
  await loadCase(ctx, db, principal, caseId);
  const rows = await repo.listReferrals(db, { caseId });
  await audit(db, actor, {
    action: 'case.referrals.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: rows.length },
  });
  return { items: rows.map((row) => toReferral(ctx, principal, row)) };
}

const TEXT_COLUMN = {
  decline: 'decline_reason',
  complete: 'outcome',
  fail: 'outcome',
  cancel: 'cancel_reason',
} as const;

const NOTICE: Partial<Record<ReferralEvent, string>> = {
  accept: 'referrals.answered',
  decline: 'referrals.answered',
  start: 'referrals.started',
  complete: 'referrals.completed',
  fail: 'referrals.failed',
  cancel: 'referrals.cancelled',
};

export async function transitionReferral(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
  version: number,
  event: Exclude<ReferralEvent, 'approve-override' | 'reject-override'>,
  text: string | null,
): Promise<ReferralDetail> {
  return ctx.database.db.transaction().execute(async (trx) => {
    await repo.lockReferral(trx, id);
    const access = await loadReferral(ctx, trx, principal, id);
    const side = EVENT_SIDE[event];
    const permitted =
      side === 'sender'
        ? mayOnSender(ctx, principal, access, 'referrals.create')
        : mayOnRecipient(ctx, principal, access, 'referrals.respond');
    if (!permitted) throw forbidden();
    const { row } = access;
    if (row.version !== version) throw staleVersion();
    const from = row.state as ReferralState;
    const step = applyReferralEvent(from, event, side, text);
    if (!step.ok) {
      throw new AppError(
        'referral_refused',
        step.refusal.code === 'TEXT_REQUIRED'
          ? `This step needs the ${step.refusal.field}.`
          : `A referral that is ${from} cannot be ${event === 'cancel' ? 'cancelled' : `${event}ed`} now.`,
        step.refusal,
      );
    }
    const now = new Date();
    const change: Parameters<typeof repo.updateReferralIfVersion>[3] = { state: step.to };
    if (event === 'accept' || event === 'decline') change.answered_at = now;
    if (TERMINAL_STATES.includes(step.to)) change.closed_at = now;
    if (event in TEXT_COLUMN) {
      const column = TEXT_COLUMN[event as keyof typeof TEXT_COLUMN];
      change[column] = seal(ctx, text, column);
    }
    if (event === 'accept') {
      // A place-based service gives one free place to the child; none free → 409 no_free_places (the
      // provider updates the directory first if a place is in fact available). See docs/referrals.md.
      const free = await adjustFreePlaces(trx, row.service_id, -1);
      change.holds_place = free !== null;
    }
    if (row.holds_place && !HOLDS_PLACE.includes(step.to)) {
      await adjustFreePlaces(trx, row.service_id, +1);
      change.holds_place = false;
    }
    if (from === 'awaiting-override') await withdrawPendingApprovals(trx, 'consent-override', id);
    if (!(await repo.updateReferralIfVersion(trx, id, version, change))) throw staleVersion();
    await repo.appendEvent(trx, {
      referralId: id,
      type: event,
      fromState: from,
      toState: step.to,
      actorId: principal.userId,
      actorAgencyId: principal.agencyId,
    });
    await audit(trx, actor, {
      action: `referral.${event}`,
      entityType: 'referral',
      entityId: id,
      details: { caseId: row.case_id, from, to: step.to },
    });
    const kind = NOTICE[event];
    if (kind && from !== 'awaiting-override') {
      const toSender = side === 'recipient';
      await notify(trx, {
        recipients: toSender
          ? [row.sender_user_id, ...(row.case_owner_user_id ? [row.case_owner_user_id] : [])]
          : await recipientUsers(ctx, trx, row),
        kind,
        caseId: toSender ? row.case_id : null,
        subjectType: 'referral',
        subjectId: id,
        actorUserId: principal.userId,
      });
    }
    return detailOf(ctx, trx, principal, (await repo.findReferral(trx, id))!);
  });
}

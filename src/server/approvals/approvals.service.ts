import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { findCase } from '../cases/cases.repository.ts';
import { loadCase, placeOfCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, conflict, forbidden, notFound, validationFailed } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { notify, usersReaching } from '../notifications/notifications.service.ts';
import { ACTION_ROLES, can, type ResourcePlace } from '../policy/policy.ts';
import * as repo from './approvals.repository.ts';
import {
  type ApprovalDecision,
  type ApprovalHandler,
  type ApprovalKind,
  type ApprovalRow,
  excludedDeciders,
  findHandler,
  handlerOf,
  placeOfApproval,
} from './approvals.registry.ts';
import type { Approval } from './approvals.schemas.ts';

// Contract C3: one four-eyes mechanism. An area asks for a decision on one of its records
// (requestApproval, inside its own transaction); a second person holding the kind's decideAction in
// scope approves or rejects it (POST /api/approvals/:id/decision); the area's onDecision runs inside the
// deciding transaction and may refuse. Neither the requester nor anyone who authored or edited the
// subject decides it (approvals.registry.ts). A request may concern an account instead of a case
// (kind 'grant-change': caseId null, the kind names the place).

type Db = Kysely<DatabaseSchema>;

export type { ApprovalDecision, ApprovalHandler, ApprovalKind, ApprovalRow } from './approvals.registry.ts';
export { registerApprovalKind } from './approvals.registry.ts';

/** Withdraws the pending request (if any) for this subject, e.g. because the subject changed. */
export async function withdrawPendingApprovals(
  trx: Db,
  kind: ApprovalKind,
  subjectId: string,
): Promise<void> {
  await repo.withdrawPending(trx, kind, subjectId);
}

/** Creates a pending approval (one pending per kind+subject; a new request withdraws the old one) and notifies deciders. */
export async function requestApproval(
  ctx: AppContext,
  trx: Db,
  requester: SignedInUser,
  actor: Actor,
  input: { kind: ApprovalKind; caseId: string | null; subjectId: string },
  /** Written in the same transaction before deciders are found (e.g. the grants a request asks for). */
  attach?: (row: ApprovalRow) => Promise<void>,
): Promise<ApprovalRow> {
  const handler = handlerOf(input.kind);
  const file = input.caseId ? await findCase(trx, input.caseId) : null;
  if (input.caseId && !file) throw notFound('The case');
  const withdrawn = await repo.withdrawPending(trx, input.kind, input.subjectId);
  const row = await repo.insertApproval(trx, {
    id: randomUUID(),
    case_id: input.caseId,
    kind: input.kind,
    subject_id: input.subjectId,
    requested_by: requester.userId,
    requester_agency_id: requester.agencyId,
    decided_by: null,
    decided_at: null,
    reason: null,
  });
  await attach?.(row);
  await audit(trx, actor, {
    action: 'approval.request',
    entityType: input.caseId ? 'case' : 'approval',
    entityId: input.caseId ?? row.id,
    details: {
      approvalId: row.id,
      kind: input.kind,
      subjectId: input.subjectId,
      withdrawn: withdrawn.map((w) => w.id),
    },
  });
  const place: ResourcePlace | null = file
    ? placeOfCase(ctx, file)
    : ((await handler.placeOf?.(ctx, trx, row)) ?? null);
  const excluded = await excludedDeciders(ctx, trx, handler, row);
  const candidates = place
    ? await usersReaching(ctx, trx, { roles: ACTION_ROLES[handler.decideAction], place })
    : [];
  await notify(trx, {
    recipients: candidates.filter((id) => !excluded.has(id)),
    kind: 'approvals.requested',
    caseId: input.caseId,
    subjectType: 'approval',
    subjectId: row.id,
    actorUserId: requester.userId,
  });
  return row;
}

/** Every request ever made for a subject, oldest first. */
export async function approvalsForSubject(
  db: Db,
  kind: ApprovalKind,
  subjectId: string,
): Promise<ApprovalRow[]> {
  return repo.forSubject(db, kind, subjectId);
}

/** May this person decide this request now? Pending, in scope, qualified, and not conflicted. */
async function mayDecide(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  handler: ApprovalHandler,
  row: repo.ApprovalListRow,
  place: ResourcePlace | null,
): Promise<boolean> {
  if (row.status !== 'pending' || !place) return false;
  if (!can(principal, handler.decideAction, place, ctx.isWithin)) return false;
  if ((await excludedDeciders(ctx, db, handler, row)).has(principal.userId)) return false;
  return handler.deciderQualifies ? handler.deciderQualifies(ctx, db, principal, row) : true;
}

async function toApproval(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  row: repo.ApprovalListRow,
): Promise<Approval> {
  const handler = findHandler(row.kind);
  const place = handler ? await placeOfApproval(ctx, db, handler, row) : null;
  return {
    id: row.id,
    caseId: row.case_id,
    caseCode: row.case_code,
    accountId: row.account_id,
    accountName: row.account_name,
    kind: row.kind,
    subjectId: row.subject_id,
    status: row.status,
    requestedBy: row.requested_by,
    requestedByName: row.requester_name,
    requesterAgencyId: row.requester_agency_id,
    requestedAt: row.requested_at.toISOString(),
    decidedBy: row.decided_by,
    decidedByName: row.decider_name,
    decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
    reason: row.reason ? ctx.cipher.decrypt(row.reason, 'approvals.reason') : null,
    mayDecide: handler !== undefined && (await mayDecide(ctx, db, principal, handler, row, place)),
    version: row.version,
  };
}

async function decidable(ctx: AppContext, db: Db, principal: SignedInUser, kind?: string) {
  const all = await Promise.all(
    (await repo.pending(db, kind)).map((row) => toApproval(ctx, db, principal, row)),
  );
  return all.filter((approval) => approval.mayDecide);
}

/** Pending requests the caller may decide (in scope, not their own), oldest first. */
export async function listPendingForMe(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  query: { kind?: string },
): Promise<Approval[]> {
  const db = ctx.database.db;
  const items = await decidable(ctx, db, principal, query.kind);
  if (items.length > 0)
    await audit(db, actor, {
      action: 'approval.list',
      entityType: 'case',
      details: {
        count: items.length,
        ids: [...new Set(items.flatMap((a) => (a.caseId ? [a.caseId] : [])))],
      },
    });
  return items;
}

/** Pending approvals waiting for this user, for the inbox (no audit: the inbox audits its own read). */
export async function pendingForDecider(ctx: AppContext, db: Db, principal: SignedInUser) {
  return decidable(ctx, db, principal);
}

export async function listForCase(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
): Promise<Approval[]> {
  const db = ctx.database.db;
  await loadCase(ctx, db, principal, caseId);
  const rows = await repo.forCase(db, caseId);
  await audit(db, actor, {
    action: 'case.approvals.read',
    entityType: 'case',
    entityId: caseId,
    details: { count: rows.length },
  });
  return Promise.all(rows.map((row) => toApproval(ctx, db, principal, row)));
}

/** Approvals about one account (grant changes), newest first; the users service checks the caller's reach. */
export async function listForAccount(ctx: AppContext, db: Db, principal: SignedInUser, userId: string) {
  const rows = await repo.forAccount(db, userId);
  return Promise.all(rows.map((row) => toApproval(ctx, db, principal, row)));
}

const FOUR_EYES_MESSAGE =
  'Someone other than the person who asked for it, and other than those who wrote or changed it or whom it concerns, must decide.';

export async function decide(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  approvalId: string,
  version: number,
  input: { decision: ApprovalDecision; reason?: string | null },
): Promise<Approval> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await repo.findWithNames(trx, approvalId);
    if (!row) throw notFound('The approval');
    const handler = handlerOf(row.kind);
    const place = await placeOfApproval(ctx, trx, handler, row);
    if (!place || !can(principal, handler.decideAction, place, ctx.isWithin)) {
      // Out of scope answers like a missing record; in scope but without the deciding role is a refusal.
      throw place && can(principal, 'cases.read', place, ctx.isWithin)
        ? forbidden()
        : notFound('The approval');
    }
    if (row.status !== 'pending')
      throw conflict(`This request was already ${row.status}.`, { status: row.status });
    if ((await excludedDeciders(ctx, trx, handler, row)).has(principal.userId))
      throw new AppError('four_eyes', FOUR_EYES_MESSAGE);
    if (handler.deciderQualifies && !(await handler.deciderQualifies(ctx, trx, principal, row)))
      throw new AppError(
        'grant_beyond_scope',
        'This request asks for more than your own scope lets you give; an administrator with a wider scope must decide.',
      );
    const reason = input.reason?.trim() ? input.reason.trim() : null;
    if (input.decision === 'rejected' && !reason)
      throw validationFailed([
        { path: 'body.reason', code: 'required', message: 'Give the reason for the rejection.' },
      ]);
    const saved = await repo.decideIfVersion(trx, approvalId, version, {
      status: input.decision,
      decided_by: principal.userId,
      decided_at: new Date(),
      reason: reason ? ctx.cipher.encrypt(reason, 'approvals.reason') : null,
    });
    if (!saved) throw staleVersion();
    await handler.onDecision(ctx, trx, saved, input.decision, principal, actor);
    await audit(trx, actor, {
      action: 'approval.decide',
      entityType: row.case_id ? 'case' : 'approval',
      entityId: row.case_id ?? approvalId,
      details: { approvalId, kind: row.kind, subjectId: row.subject_id, decision: input.decision },
    });
    await notify(trx, {
      recipients: [row.requested_by],
      kind: 'approvals.decided',
      caseId: row.case_id,
      subjectType: 'approval',
      subjectId: approvalId,
      actorUserId: principal.userId,
    });
    return toApproval(ctx, trx, principal, (await repo.findWithNames(trx, approvalId))!);
  });
}

/** The current version of an approval the caller may see (for ETags). */
export async function getApproval(ctx: AppContext, principal: SignedInUser, actor: Actor, id: string) {
  const db = ctx.database.db;
  const row = await repo.findWithNames(db, id);
  const handler = row ? findHandler(row.kind) : undefined;
  const place = row && handler ? await placeOfApproval(ctx, db, handler, row) : null;
  const visible =
    place !== null &&
    handler !== undefined &&
    ((row?.case_id && can(principal, 'cases.read', place, ctx.isWithin)) ||
      can(principal, handler.decideAction, place, ctx.isWithin));
  if (!row || !visible) throw notFound('The approval');
  await audit(db, actor, {
    action: 'approval.read',
    entityType: row.case_id ? 'case' : 'approval',
    entityId: row.case_id ?? id,
    details: { approvalId: id },
  });
  return toApproval(ctx, db, principal, row);
}

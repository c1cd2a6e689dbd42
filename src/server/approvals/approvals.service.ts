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
import { ACTION_ROLES, type Action, can } from '../policy/policy.ts';
import * as repo from './approvals.repository.ts';
import type { Approval } from './approvals.schemas.ts';

// Contract C3: one four-eyes mechanism. An area asks for a decision on one of its records
// (requestApproval, inside its own transaction); a second person holding the kind's decideAction in
// scope approves or rejects it (POST /api/approvals/:id/decision); the area's onDecision runs inside the
// deciding transaction and may refuse. The requester never decides their own request.

type Db = Kysely<DatabaseSchema>;

export type ApprovalKind = 'assistance-plan' | 'best-interests' | 'case-closure' | 'consent-override';
export type ApprovalRow = repo.ApprovalRow;
export type ApprovalDecision = 'approved' | 'rejected';

export type ApprovalHandler = {
  /** Who may decide, with scope checked on the case's place. */
  decideAction: Action;
  /** Runs inside the deciding transaction; throw an AppError to refuse (e.g. the subject changed). */
  onDecision(
    ctx: AppContext,
    trx: Db,
    approval: ApprovalRow,
    decision: ApprovalDecision,
    decider: SignedInUser,
    actor: Actor,
  ): Promise<void>;
};

const handlers = new Map<string, ApprovalHandler>();

/** Registers (or, in tests, replaces) the handler of a kind. Call at module load; see approval-kinds.ts. */
export function registerApprovalKind(kind: ApprovalKind, handler: ApprovalHandler): void {
  handlers.set(kind, handler);
}

function handlerOf(kind: string): ApprovalHandler {
  const handler = handlers.get(kind);
  // A programming error, not a user's: it must be seen at once, not turn into a request nobody can decide.
  if (!handler)
    throw new Error(
      `No handler is registered for approval kind "${kind}": add its import to approvals/approval-kinds.ts.`,
    );
  return handler;
}

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
  input: { kind: ApprovalKind; caseId: string; subjectId: string },
): Promise<ApprovalRow> {
  const handler = handlerOf(input.kind);
  const file = await findCase(trx, input.caseId);
  if (!file) throw notFound('The case');
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
  await audit(trx, actor, {
    action: 'approval.request',
    entityType: 'case',
    entityId: input.caseId,
    details: {
      approvalId: row.id,
      kind: input.kind,
      subjectId: input.subjectId,
      withdrawn: withdrawn.map((w) => w.id),
    },
  });
  const deciders = await usersReaching(ctx, trx, {
    roles: ACTION_ROLES[handler.decideAction],
    place: placeOfCase(ctx, file),
  });
  await notify(trx, {
    recipients: deciders,
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

function toApproval(ctx: AppContext, principal: SignedInUser, row: repo.ApprovalListRow): Approval {
  const handler = handlers.get(row.kind);
  const place = placeOfCase(ctx, row);
  return {
    id: row.id,
    caseId: row.case_id,
    caseCode: row.case_code,
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
    mayDecide:
      row.status === 'pending' &&
      row.requested_by !== principal.userId &&
      handler !== undefined &&
      can(principal, handler.decideAction, place, ctx.isWithin),
    version: row.version,
  };
}

/** Pending requests the caller may decide (in scope, not their own), oldest first. */
export async function listPendingForMe(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  query: { kind?: string },
): Promise<Approval[]> {
  const db = ctx.database.db;
  const items = (await repo.pending(db, query.kind))
    .map((row) => toApproval(ctx, principal, row))
    .filter((approval) => approval.mayDecide);
  if (items.length > 0)
    await audit(db, actor, {
      action: 'approval.list',
      entityType: 'case',
      details: { count: items.length, ids: [...new Set(items.map((a) => a.caseId))] },
    });
  return items;
}

/** Pending approvals waiting for this user, for the inbox (no audit: the inbox audits its own read). */
export async function pendingForDecider(ctx: AppContext, db: Db, principal: SignedInUser) {
  return (await repo.pending(db))
    .map((row) => toApproval(ctx, principal, row))
    .filter((approval) => approval.mayDecide);
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
  return rows.map((row) => toApproval(ctx, principal, row));
}

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
    const place = placeOfCase(ctx, row);
    if (!can(principal, handler.decideAction, place, ctx.isWithin)) {
      // Out of scope answers like a missing record; in scope but without the deciding role is a refusal.
      throw can(principal, 'cases.read', place, ctx.isWithin) ? forbidden() : notFound('The approval');
    }
    if (row.status !== 'pending')
      throw conflict(`This request was already ${row.status}.`, { status: row.status });
    if (row.requested_by === principal.userId)
      throw new AppError(409, 'four_eyes', 'Someone other than the person who asked for it must decide.');
    const reason = input.reason?.trim() ? input.reason.trim() : null;
    if (input.decision === 'rejected' && !reason)
      throw validationFailed([{ path: 'body.reason', message: 'Give the reason for the rejection.' }]);
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
      entityType: 'case',
      entityId: row.case_id,
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
    return toApproval(ctx, principal, (await repo.findWithNames(trx, approvalId))!);
  });
}

/** The current version of an approval the caller may see (for ETags). */
export async function getApproval(ctx: AppContext, principal: SignedInUser, actor: Actor, id: string) {
  const db = ctx.database.db;
  const row = await repo.findWithNames(db, id);
  if (!row || !can(principal, 'cases.read', placeOfCase(ctx, row), ctx.isWithin)) {
    const handler = row ? handlers.get(row.kind) : undefined;
    if (!row || !handler || !can(principal, handler.decideAction, placeOfCase(ctx, row), ctx.isWithin))
      throw notFound('The approval');
  }
  await audit(db, actor, {
    action: 'approval.read',
    entityType: 'case',
    entityId: row.case_id,
    details: { approvalId: id },
  });
  return toApproval(ctx, principal, row);
}

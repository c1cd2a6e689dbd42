import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { placeOfCase } from '../cases/case-access.ts';
import { findCase } from '../cases/cases.repository.ts';
import { owningSupervisors } from '../cases/owning-supervisors.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { AppError, conflict, forbidden, notFound } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { notify } from '../notifications/notifications.service.ts';
import { can, reachFor } from '../policy/policy.ts';
import * as repo from './break-glass.repository.ts';
import type { BreakGlassAccess } from './break-glass.schemas.ts';
import { caseReachOf } from '../cases/case-reach.ts';

// Break-glass (HL7 "break the glass"): in an emergency a user who reads cases somewhere opens one case
// outside their scope, with a reason, for HAVEN_BREAK_GLASS_HOURS. The case loader (cases/case-access.ts)
// lets the access through for read actions until it expires; every read is audited as usual, the access
// itself as case.break-glass; the owning agency's supervisors are told and review it.

type Db = Kysely<DatabaseSchema>;

const REASON = 'break_glass_accesses.reason';
const NOTE = 'break_glass_accesses.review_note';

function toAccess(ctx: AppContext, row: repo.AccessRow, now = new Date()): BreakGlassAccess {
  return {
    id: row.id,
    caseId: row.case_id,
    caseCode: row.case_code,
    userId: row.user_id,
    userName: row.user_name,
    userAgencyName: row.user_agency_name,
    reason: ctx.cipher.decrypt(row.reason, REASON),
    startedAt: row.started_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    active: row.expires_at.getTime() > now.getTime(),
    reviewedAt: row.reviewed_at ? row.reviewed_at.toISOString() : null,
    reviewerName: row.reviewer_name,
    reviewNote: row.review_note ? ctx.cipher.decrypt(row.review_note, NOTE) : null,
    version: row.version,
  };
}

const placeOfAccess = (ctx: AppContext, row: repo.AccessRow) =>
  placeOfCase(ctx, {
    owner_agency_id: row.case_owner_agency_id,
    unit_code: row.case_unit_code,
    owner_user_id: row.case_owner_user_id,
    owner_team_id: row.case_owner_team_id,
  });

export async function breakGlass(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  reason: string,
): Promise<BreakGlassAccess> {
  const file = await findCase(trx, caseId);
  if (!file) throw notFound('The case');
  if (can(principal, 'cases.read', placeOfCase(ctx, file), ctx.isWithin))
    throw conflict('This case is already in your reach: open it directly.');
  const now = new Date();
  if (await repo.activeAccess(trx, principal.userId, caseId, now))
    throw conflict('You already have emergency access to this case.');
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + ctx.config.breakGlassSeconds * 1000);
  await repo.insertAccess(trx, {
    id,
    case_id: caseId,
    user_id: principal.userId,
    user_agency_id: principal.agencyId,
    owner_agency_id: file.owner_agency_id,
    reason: ctx.cipher.encrypt(reason, REASON),
    started_at: now,
    expires_at: expiresAt,
    reviewed_at: null,
    reviewed_by: null,
    review_note: null,
  });
  // The reason is free text and may name the child: it stays in the encrypted row, not in the audit.
  await audit(trx, actor, {
    action: 'case.break-glass',
    entityType: 'case',
    entityId: caseId,
    details: { accessId: id, expiresAt: expiresAt.toISOString() },
  });
  await notify(trx, {
    recipients: await owningSupervisors(ctx, trx, file),
    kind: 'cases.break-glass',
    caseId,
    subjectType: 'break-glass',
    subjectId: id,
    actorUserId: principal.userId,
  });
  return toAccess(ctx, (await repo.findAccess(trx, id))!, now);
}

/** Accesses to the cases the reviewer reaches, unreviewed first when asked. */
export async function listAccesses(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  query: { reviewed?: 'true' | 'false'; caseId?: string },
): Promise<BreakGlassAccess[]> {
  const reach = reachFor(principal, 'break-glass.review');
  if (reach.kind === 'none') throw forbidden();
  const db = ctx.database.db;
  const rows = await repo.listAccesses(db, {
    reach: caseReachOf(reach),
    reviewed: query.reviewed === undefined ? undefined : query.reviewed === 'true',
    caseId: query.caseId,
    limit: 200,
  });
  const visible = rows.filter((row) =>
    can(principal, 'break-glass.review', placeOfAccess(ctx, row), ctx.isWithin),
  );
  await audit(db, actor, {
    action: 'break-glass.list',
    entityType: 'case',
    details: { count: visible.length, ids: [...new Set(visible.map((row) => row.case_id))] },
  });
  return visible.map((row) => toAccess(ctx, row));
}

export async function reviewAccess(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  id: string,
  version: number,
  note: string,
): Promise<BreakGlassAccess> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await repo.findAccess(trx, id);
    if (!row || !can(principal, 'break-glass.review', placeOfAccess(ctx, row), ctx.isWithin))
      throw notFound('The emergency access');
    if (row.user_id === principal.userId)
      throw new AppError('four_eyes', 'Someone else must review your own emergency access.');
    if (row.reviewed_at) throw conflict('This emergency access was already reviewed.');
    if (row.version !== version) throw staleVersion();
    const reviewed = await repo.markReviewed(trx, id, version, {
      reviewedBy: principal.userId,
      reviewNote: ctx.cipher.encrypt(note, NOTE),
      at: new Date(),
    });
    if (!reviewed) throw staleVersion();
    await audit(trx, actor, {
      action: 'break-glass.review',
      entityType: 'case',
      entityId: row.case_id,
      details: { accessId: id },
    });
    return toAccess(ctx, (await repo.findAccess(trx, id))!);
  });
}

/** What the case file says about break-glass: the caller's own access, and what awaits review. */
export async function breakGlassOnCase(
  ctx: AppContext,
  db: Db,
  principal: SignedInUser,
  file: {
    id: string;
    owner_agency_id: string;
    unit_code: string;
    owner_user_id: string | null;
    break_glass_until: Date | null;
  },
) {
  const reviewer = can(principal, 'break-glass.review', placeOfCase(ctx, file), ctx.isWithin);
  const accesses = reviewer ? await repo.accessesOfCase(db, file.id) : [];
  return {
    activeUntil: file.break_glass_until ? file.break_glass_until.toISOString() : null,
    unreviewedAccesses: reviewer ? accesses.filter((row) => row.reviewed_at === null).length : null,
  };
}

import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import { loadCase } from '../cases/cases.service.ts';
import type { Actor, AppContext } from '../context.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { conflict, notFound } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import * as repo from './legal-holds.repository.ts';
import type { LegalHold } from './legal-holds.schemas.ts';

// A legal hold keeps a closed case past its retention period (a court asked for the file, a complaint is
// pending). Setting and lifting it needs oversight ('cases.legal-hold'); both are audited with ids only,
// the reason itself is encrypted like any other free text about a child.

type Db = Kysely<DatabaseSchema>;
const REASON = 'case_legal_holds.reason';
const LIFT_REASON = 'case_legal_holds.lift_reason';

function toView(ctx: AppContext, row: repo.LegalHoldRow): LegalHold {
  return {
    id: row.id,
    caseId: row.case_id,
    reason: ctx.cipher.decrypt(row.reason, REASON),
    setById: row.set_by,
    setByName: row.set_by_name,
    setAt: row.set_at.toISOString(),
    liftedById: row.lifted_by,
    liftedByName: row.lifted_by_name,
    liftedAt: row.lifted_at?.toISOString() ?? null,
    liftReason: row.lift_reason ? ctx.cipher.decrypt(row.lift_reason, LIFT_REASON) : null,
    active: row.lifted_at === null,
    version: row.version,
  };
}

export async function listLegalHolds(ctx: AppContext, principal: SignedInUser, actor: Actor, caseId: string) {
  const db = ctx.database.db;
  await loadCase(ctx, db, principal, caseId, 'cases.legal-hold');
  const rows = await repo.listHolds(db, caseId);
  await audit(db, actor, {
    action: 'case.legal-hold.list',
    entityType: 'case',
    entityId: caseId,
    details: { count: rows.length },
  });
  return rows.map((row) => toView(ctx, row));
}

export async function setLegalHold(
  ctx: AppContext,
  trx: Db,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  reason: string,
): Promise<LegalHold> {
  await loadCase(ctx, trx, principal, caseId, 'cases.legal-hold');
  await repo.lockCaseRow(trx, caseId);
  if (await repo.activeHoldId(trx, caseId))
    throw conflict('This case is already on legal hold. Lift that hold before setting another.');
  const id = randomUUID();
  await repo.insertHold(trx, {
    id,
    caseId,
    reason: ctx.cipher.encrypt(reason, REASON),
    setBy: principal.userId,
  });
  await audit(trx, actor, {
    action: 'case.legal-hold.set',
    entityType: 'case',
    entityId: caseId,
    details: { holdId: id },
  });
  return toView(ctx, (await repo.findHold(trx, caseId, id))!);
}

export async function liftLegalHold(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  holdId: string,
  version: number,
  reason: string,
): Promise<LegalHold> {
  return ctx.database.db.transaction().execute(async (trx) => {
    await loadCase(ctx, trx, principal, caseId, 'cases.legal-hold');
    await repo.lockCaseRow(trx, caseId);
    const hold = await repo.findHold(trx, caseId, holdId);
    if (!hold) throw notFound('The legal hold');
    if (hold.lifted_at) throw conflict('This legal hold was already lifted.');
    const lifted = await repo.liftHoldIfVersion(trx, holdId, version, {
      liftedBy: principal.userId,
      liftReason: ctx.cipher.encrypt(reason, LIFT_REASON),
    });
    if (!lifted) throw staleVersion();
    await audit(trx, actor, {
      action: 'case.legal-hold.lift',
      entityType: 'case',
      entityId: caseId,
      details: { holdId },
    });
    return toView(ctx, (await repo.findHold(trx, caseId, holdId))!);
  });
}

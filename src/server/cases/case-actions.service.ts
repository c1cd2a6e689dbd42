import {
  type ActionType,
  applyAction,
  availableActions,
  type CaseAction,
  FORMAL_DECISION_ACTIONS,
  foldActions,
} from '../../domain/lifecycle/index.ts';
import type { ClosureEvidence } from '../../domain/exits/index.ts';
import { procedureRecordRequired, reflectionPeriodFromPresumption } from '../../domain/status/index.ts';
import { audit } from '../audit/audit.service.ts';
import type { SignedInUser } from '../auth/authenticate.ts';
import type { Actor, AppContext } from '../context.ts';
import { AppError, forbidden, validationFailed } from '../errors.ts';
import { staleVersion } from '../http/versioning.ts';
import { type Action, can } from '../policy/policy.ts';
import { agencyExists, caseWorkersOfAgency, existingUnitCodes, findUser } from '../users/users.repository.ts';
import * as repo from './cases.repository.ts';
import { loadCase, placeOfCase } from './cases.service.ts';
import { afterClosureAction, closureEvidence } from '../closure/closure.service.ts';

// Lifecycle actions: the case's stage is the fold of its action log (src/domain/lifecycle). An action
// is checked by the pure transition table, appended, and the stage column (kept for list filters)
// updated in the same transaction, under the case's version.

const REASON_CONTEXT = 'case_actions.reason';

/** Which permission each lifecycle action needs, on top of reading the case. */
const PERMISSION: Record<ActionType, Action> = {
  open: 'cases.create',
  presume: 'cases.transition',
  identify: 'cases.transition',
  'decide-not-victim': 'cases.transition',
  'start-assistance': 'cases.transition',
  'start-monitoring': 'cases.transition',
  'request-closure': 'cases.transition',
  reopen: 'cases.transition',
  'approve-closure': 'cases.approve-closure',
  'reject-closure': 'cases.approve-closure',
  transfer: 'cases.transfer',
  assign: 'cases.transfer',
};

/** Trafficking status implied by the lifecycle (the formal status record refines it). */
const STATUS_AFTER: Partial<Record<ActionType, string>> = {
  presume: 'presumed',
  identify: 'identified',
  'decide-not-victim': 'not-a-victim',
};

/**
 * Presumption starts the recovery and reflection period (CoE Art. 13): its end becomes the case's
 * deadline unless one is set already; identification or a not-a-victim outcome meets it.
 */
function deadlineAfter(ctx: AppContext, type: ActionType, presumedAt: string | null, current: string | null) {
  if (type === 'presume' && presumedAt && current === null) {
    const today = new Date().toISOString().slice(0, 10);
    return { next_deadline: reflectionPeriodFromPresumption(presumedAt, today, ctx.config.country).endsOn };
  }
  if (type === 'identify' || type === 'decide-not-victim') return { next_deadline: null };
  return {};
}

/**
 * Lifecycle actions that only a status decision may take: identification and a not-a-victim outcome
 * everywhere, and a presumption where the country presumes through its procedure (Moldova's territorial
 * team), so that no button skips the record the procedure needs.
 */
function needsStatusDecision(ctx: AppContext, type: ActionType): boolean {
  return (
    FORMAL_DECISION_ACTIONS.has(type) ||
    (type === 'presume' && procedureRecordRequired(ctx.config.country, 'presumed', null))
  );
}

export type ActionInput = {
  type: Exclude<ActionType, 'open'>;
  reason?: string;
  closureReason?: string;
  /** The facts a closure request names (src/domain/exits/closure-evidence.ts). */
  closureEvidence?: ClosureEvidence;
  retrafficking?: boolean;
  toAgencyId?: string;
  toUnitCode?: string;
  toUserId?: string;
};

async function storedState(ctx: AppContext, db: Parameters<typeof repo.caseActions>[0], caseId: string) {
  const rows = await repo.caseActions(db, caseId);
  const actions = rows.map(
    (row) =>
      ({
        ...(row.payload as object),
        type: row.type,
        at: row.at.toISOString(),
        actorId: row.actor_id ?? '',
        actorAgencyId: row.actor_agency_id ?? '',
        ...(row.reason ? { reason: ctx.cipher.decrypt(row.reason, REASON_CONTEXT) } : {}),
      }) as CaseAction,
  );
  return foldActions(actions);
}

export async function allowedLifecycleActions(
  ctx: AppContext,
  principal: SignedInUser,
  caseId: string,
): Promise<ActionType[]> {
  const db = ctx.database.db;
  const row = await loadCase(ctx, db, principal, caseId);
  const state = await storedState(ctx, db, caseId);
  return availableActions(state).filter(
    (type) =>
      !needsStatusDecision(ctx, type) &&
      can(principal, PERMISSION[type], placeOfCase(ctx, row), ctx.isWithin),
  );
}

export async function takeAction(
  ctx: AppContext,
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
  /** The case version the caller saw; null takes the case as it stands (an approval decided it). */
  version: number | null,
  input: ActionInput,
  options: {
    /** The demo seed replays histories that predate monitoring records: no closure evidence to check. */
    historicalImport?: boolean;
    /** Taken by a recorded status decision (status.service), which checked the formal procedure. */
    statusDecision?: boolean;
  } = {},
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await loadCase(ctx, trx, principal, caseId);
    if (!can(principal, PERMISSION[input.type], placeOfCase(ctx, row), ctx.isWithin)) throw forbidden();
    if (needsStatusDecision(ctx, input.type) && !options.statusDecision && !options.historicalImport)
      throw new AppError(
        'status_decision_required',
        "This is a formal decision: record it as a status decision, with its date, the deciding body and the fields the country's procedure needs.",
        { action: input.type },
      );
    if (input.type === 'transfer') {
      if (!input.toAgencyId || !(await agencyExists(trx, input.toAgencyId)))
        throw validationFailed([
          { path: 'body.toAgencyId', code: 'unknown_reference', message: 'Unknown agency.' },
        ]);
      if (!input.toUnitCode || !(await existingUnitCodes(trx, [input.toUnitCode])).has(input.toUnitCode)) {
        throw validationFailed([
          { path: 'body.toUnitCode', code: 'unknown_reference', message: 'Unknown place.' },
        ]);
      }
    }
    if (input.type === 'assign' || (input.type === 'transfer' && input.toUserId)) {
      // The new owner must work for the agency that will own the case.
      const owner = input.toUserId ? await findUser(trx, input.toUserId) : undefined;
      const agency = input.type === 'transfer' ? input.toAgencyId : row.owner_agency_id;
      if (!owner || owner.agency_id !== agency || owner.status !== 'active') {
        throw validationFailed([
          {
            path: 'body.toUserId',
            code: 'unknown_reference',
            message: 'Not an active user of the agency that owns the case.',
          },
        ]);
      }
    }
    const state = await storedState(ctx, trx, caseId);
    const { reason, ...payload } = input;
    const action = {
      ...payload,
      at: new Date().toISOString(),
      actorId: principal.userId,
      actorAgencyId: principal.agencyId ?? '',
      ...(reason ? { reason } : {}),
      ...(input.type === 'approve-closure' || input.type === 'reject-closure'
        ? { actorRoles: principal.grants.map((g) => g.role) }
        : {}),
    } as CaseAction;
    const result = applyAction(state, action);
    if (!result.ok) throw new AppError('lifecycle_refused', result.message, { reason: result.code });
    const closureReason = state.pendingClosure?.closureReason ?? input.closureReason;
    const evidence = options.historicalImport
      ? null
      : await closureEvidence(ctx, trx, caseId, input.type, closureReason, input.closureEvidence);
    const next = result.state;
    const updated = await repo.updateCaseIfVersion(trx, caseId, version ?? row.version, {
      stage: next.stage,
      owner_agency_id: next.ownerAgencyId,
      owner_user_id: next.ownerUserId,
      unit_code: next.unitCode,
      ...(STATUS_AFTER[input.type] ? { status: STATUS_AFTER[input.type] } : {}),
      ...deadlineAfter(ctx, input.type, next.presumedAt, row.next_deadline),
      // A closed case has no deadline left to meet (issue 11 item 5).
      ...(next.stage === 'closed' ? { next_deadline: null } : {}),
    });
    if (!updated) throw staleVersion();
    const {
      at,
      actorId,
      actorAgencyId,
      reason: _sealed,
      type,
      ...stored
    } = action as CaseAction & Record<string, unknown>;
    await repo.appendCaseAction(trx, {
      caseId,
      type,
      at: new Date(at),
      actorId,
      actorAgencyId: actorAgencyId || null,
      reason: reason ? ctx.cipher.encrypt(reason, REASON_CONTEXT) : null,
      payload: evidence ? { ...stored, evidence } : stored,
    });
    await audit(trx, actor, {
      action: `case.${type}`,
      entityType: 'case',
      entityId: caseId,
      details: { stage: next.stage },
    });
    await afterClosureAction(ctx, trx, principal, actor, caseId, input.type, reason, input);
    return { stage: next.stage, reopenCount: next.reopenCount, pendingClosure: next.pendingClosure !== null };
  });
}

/**
 * A new trafficking event for a child whose case is closed: the case reopens by itself and the reopening
 * counts as re-trafficking (DOMAIN §2 step 9). Runs in the caller's transaction; the recorder needs no
 * transition permission, the rule does it. Returns whether the case was reopened.
 */
export async function reopenForRetrafficking(
  ctx: AppContext,
  trx: Parameters<typeof repo.caseActions>[0],
  principal: SignedInUser,
  actor: Actor,
  caseId: string,
): Promise<boolean> {
  const row = await repo.findCase(trx, caseId);
  if (!row || row.stage !== 'closed') return false;
  const reason = 'A new trafficking event was recorded for this child.';
  const at = new Date().toISOString();
  const result = applyAction(await storedState(ctx, trx, caseId), {
    type: 'reopen',
    retrafficking: true,
    at,
    actorId: principal.userId,
    actorAgencyId: principal.agencyId ?? '',
    reason,
  });
  if (!result.ok) return false;
  if (!(await repo.updateCaseIfVersion(trx, caseId, row.version, { stage: result.state.stage })))
    throw staleVersion();
  await repo.appendCaseAction(trx, {
    caseId,
    type: 'reopen',
    at: new Date(at),
    actorId: principal.userId,
    actorAgencyId: principal.agencyId,
    reason: ctx.cipher.encrypt(reason, REASON_CONTEXT),
    payload: { retrafficking: true, automatic: true },
  });
  await audit(trx, actor, {
    action: 'case.reopen',
    entityType: 'case',
    entityId: caseId,
    details: { stage: result.state.stage, retrafficking: true, automatic: true },
  });
  return true;
}

/** Who may become the case's owner by `assign`: active case staff of the owning agency. */
export async function assignableUsers(ctx: AppContext, principal: SignedInUser, caseId: string) {
  const db = ctx.database.db;
  const row = await loadCase(ctx, db, principal, caseId, 'cases.transfer');
  const rows = await caseWorkersOfAgency(db, row.owner_agency_id);
  const byUser = new Map<string, { id: string; displayName: string; roles: string[] }>();
  for (const r of rows) {
    const entry = byUser.get(r.id) ?? { id: r.id, displayName: r.display_name, roles: [] };
    entry.roles.push(r.role);
    byUser.set(r.id, entry);
  }
  return [...byUser.values()];
}

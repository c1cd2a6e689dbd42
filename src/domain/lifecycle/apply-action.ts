import {
  type ActionType,
  CASE_CLOSURE_REASONS,
  CLOSURE_APPROVER_ROLES,
  type CaseAction,
  type OpenCaseAction,
  REASON_REQUIRED,
} from './actions.ts';
import { type Rejection, reject } from './rejections.ts';
import { isOpenStage, type Stage } from './stages.ts';
import type { CaseState } from './state.ts';
import { OPEN_TRANSITION, TRANSITIONS, type TransitionTarget } from './transitions.ts';

export type ApplyResult = { ok: true; state: CaseState } | Rejection;

// Date and time with an explicit zone, so every node orders the log the same way.
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** While a closure waits for a supervisor, the case is frozen except for that decision and reassignment. */
const ALLOWED_WHILE_CLOSURE_PENDING: ReadonlySet<ActionType> = new Set<ActionType>([
  'approve-closure',
  'reject-closure',
  'assign',
]);

function filled(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Conditions that depend only on the case, not on who acts: availableActions uses them too, so the UI
 * never offers an action the fold would refuse for this reason.
 */
export function stateRefusal(state: CaseState, type: ActionType): Rejection | null {
  if (type === 'open') return reject('case_already_open', 'The case is already open.');
  if (TRANSITIONS[state.stage][type] === undefined) {
    return reject('invalid_transition', `'${type}' is not possible at stage '${state.stage}'.`);
  }
  if (state.pendingClosure && !ALLOWED_WHILE_CLOSURE_PENDING.has(type)) {
    return reject(
      'closure_pending',
      'A closure request is waiting for a decision; approve or reject it first.',
    );
  }
  if ((type === 'approve-closure' || type === 'reject-closure') && !state.pendingClosure) {
    return reject('no_pending_closure', 'There is no closure request to decide.');
  }
  if (type === 'identify' && state.identifiedAt !== null) {
    return reject('already_identified', 'The child is already identified in this case.');
  }
  return null;
}

function commonRefusal(state: CaseState | null, action: CaseAction): Rejection | null {
  if (!filled(action.actorId) || !filled(action.actorAgencyId)) {
    return reject('field_required', 'Every action records the acting user and their agency.');
  }
  if (
    typeof action.at !== 'string' ||
    !ISO_TIMESTAMP.test(action.at) ||
    Number.isNaN(Date.parse(action.at))
  ) {
    return reject('invalid_timestamp', 'The time must be an ISO 8601 timestamp with a time zone.');
  }
  if (state && Date.parse(action.at) < Date.parse(state.lastActionAt)) {
    return reject('timestamp_before_previous', 'An action cannot predate the previous action in the log.');
  }
  if (REASON_REQUIRED.has(action.type) && !filled(action.reason)) {
    return reject('reason_required', `'${action.type}' must say why.`);
  }
  return null;
}

function payloadRefusal(state: CaseState, action: CaseAction): Rejection | null {
  switch (action.type) {
    case 'request-closure':
      if (!(CASE_CLOSURE_REASONS as readonly string[]).includes(action.closureReason)) {
        return reject('invalid_closure_reason', `Unknown closure reason '${action.closureReason}'.`);
      }
      return null;
    case 'approve-closure':
    case 'reject-closure': {
      const roles: readonly string[] = Array.isArray(action.actorRoles) ? action.actorRoles : [];
      if (!CLOSURE_APPROVER_ROLES.some((role) => roles.includes(role))) {
        return reject('approver_role_required', 'Only a supervisor or coordinator can decide on a closure.');
      }
      // Four-eyes rule for closure (DOMAIN §2 step 9): the requester cannot approve their own request.
      if (action.type === 'approve-closure' && action.actorId === state.pendingClosure?.requestedBy) {
        return reject(
          'same_person_cannot_approve',
          'The person who requested the closure cannot approve it.',
        );
      }
      return null;
    }
    case 'transfer':
      if (!filled(action.toAgencyId) || !filled(action.toUnitCode)) {
        return reject('field_required', 'A transfer names the receiving agency and unit.');
      }
      if (action.toUserId !== undefined && !filled(action.toUserId)) {
        return reject('field_required', 'The receiving caseworker, when given, must not be empty.');
      }
      if (action.toAgencyId === state.ownerAgencyId && action.toUnitCode === state.unitCode) {
        return reject('nothing_changed', 'The case already belongs to this agency and unit.');
      }
      return null;
    case 'assign':
      if (!filled(action.toUserId))
        return reject('field_required', 'An assignment names the new caseworker.');
      if (action.toUserId === state.ownerUserId) {
        return reject('nothing_changed', 'The case is already assigned to this caseworker.');
      }
      return null;
    default:
      return null;
  }
}

function openCase(action: OpenCaseAction): ApplyResult {
  if (!filled(action.ownerUserId) || !filled(action.ownerAgencyId) || !filled(action.unitCode)) {
    return reject('field_required', 'A new case names its owner, owner agency and unit.');
  }
  return {
    ok: true,
    state: {
      stage: OPEN_TRANSITION.to,
      ownerUserId: action.ownerUserId,
      ownerAgencyId: action.ownerAgencyId,
      unitCode: action.unitCode,
      openedAt: action.at,
      presumedAt: null,
      identifiedAt: null,
      notVictimDecidedAt: null,
      pendingClosure: null,
      closure: null,
      reopenCount: 0,
      retraffickingReopenCount: 0,
      lastActionAt: action.at,
      history: [action],
    },
  };
}

function nextStage(state: CaseState, target: TransitionTarget): Stage {
  if (target === 'unchanged') return state.stage;
  if (target === 'stage-before-closure') return state.closure?.stageBeforeClosure ?? 'screening';
  return target;
}

function advance(state: CaseState, action: CaseAction, target: TransitionTarget): CaseState {
  const next: CaseState = {
    ...state,
    stage: nextStage(state, target),
    lastActionAt: action.at,
    history: [...state.history, action],
  };
  switch (action.type) {
    case 'presume':
      return { ...next, presumedAt: action.at };
    case 'identify':
      return { ...next, identifiedAt: action.at };
    case 'decide-not-victim':
      return { ...next, notVictimDecidedAt: action.at };
    case 'request-closure':
      next.pendingClosure = {
        closureReason: action.closureReason,
        note: action.reason ?? '',
        requestedBy: action.actorId,
        requestedAt: action.at,
      };
      return next;
    case 'approve-closure': {
      const pending = state.pendingClosure!;
      const stageBeforeClosure = isOpenStage(state.stage) ? state.stage : 'screening';
      const closure = { ...pending, approvedBy: action.actorId, approvedAt: action.at, stageBeforeClosure };
      return { ...next, pendingClosure: null, closure };
    }
    case 'reject-closure':
      return { ...next, pendingClosure: null };
    case 'reopen':
      return {
        ...next,
        closure: null,
        reopenCount: state.reopenCount + 1,
        retraffickingReopenCount: state.retraffickingReopenCount + (action.retrafficking ? 1 : 0),
      };
    case 'transfer':
      return {
        ...next,
        ownerAgencyId: action.toAgencyId,
        unitCode: action.toUnitCode,
        ownerUserId: action.toUserId ?? null,
      };
    case 'assign':
      return { ...next, ownerUserId: action.toUserId };
    default:
      return next;
  }
}

/**
 * Applies one action to a case (null: no case yet). Pure: a refused action returns a machine-readable
 * code and leaves the given state untouched; an accepted one returns a new state with the action
 * appended to its history.
 */
export function applyAction(state: CaseState | null, action: CaseAction): ApplyResult {
  // Most telling refusal first: a missing case or an impossible move matters more than a missing reason.
  if (state === null) {
    if (action.type !== OPEN_TRANSITION.type)
      return reject('case_not_open', 'The first action must open the case.');
    return commonRefusal(null, action) ?? openCase(action);
  }
  const refusal =
    stateRefusal(state, action.type) ?? commonRefusal(state, action) ?? payloadRefusal(state, action);
  if (refusal) return refusal;
  const target = TRANSITIONS[state.stage][action.type]!;
  return { ok: true, state: advance(state, action, target) };
}

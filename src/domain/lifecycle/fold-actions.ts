import { ACTION_TYPES, type ActionType, type CaseAction } from './actions.ts';
import { applyAction, stateRefusal } from './apply-action.ts';
import type { RejectionCode } from './rejections.ts';
import type { CaseState } from './state.ts';

/** A stored log that does not fold: logs are validated on append, so this means corruption or a bug. */
export class InvalidActionLogError extends Error {
  constructor(
    readonly index: number,
    readonly code: RejectionCode | 'empty_log',
    message: string,
  ) {
    super(`Action log invalid at index ${index} (${code}): ${message}`);
    this.name = 'InvalidActionLogError';
  }
}

/** Folds a whole log into the case state; throws InvalidActionLogError on the first refused action. */
export function foldActions(actions: readonly CaseAction[]): CaseState {
  if (actions.length === 0) throw new InvalidActionLogError(0, 'empty_log', 'A case log starts with open.');
  let state: CaseState | null = null;
  actions.forEach((action, index) => {
    const result = applyAction(state, action);
    if (!result.ok) throw new InvalidActionLogError(index, result.code, result.message);
    state = result.state;
  });
  return state!;
}

/**
 * Actions the case's stage and pending decisions allow now. Who may take them (roles, the
 * four-eyes rule for closure, agency scope) is checked when the action arrives.
 */
export function availableActions(state: CaseState | null): ActionType[] {
  if (state === null) return ['open'];
  return ACTION_TYPES.filter((type) => stateRefusal(state, type) === null);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_CLOSURE_REASONS, type CaseAction } from './actions.ts';
import { applyAction } from './apply-action.ts';
import { availableActions, foldActions } from './fold-actions.ts';
import { isOpenStage } from './stages.ts';
import type { CaseState } from './state.ts';

const START = Date.UTC(2024, 0, 1);
const users = fc.constantFrom('u1', 'u2', 'u3');
const agencies = fc.constantFrom('a1', 'a2');
const units = fc.constantFrom('UA-32-01', 'MD-CU');
const reasons = fc.oneof(
  { arbitrary: fc.constant('because the team agreed'), weight: 6 },
  { arbitrary: fc.constantFrom(undefined, ''), weight: 1 },
);
const roles = fc.subarray(['caseworker', 'supervisor', 'localcoord', 'coordinator']);

/** An action without its time; times are laid down in order (mostly) when the sequence is built. */
const actionWithoutTime: fc.Arbitrary<Omit<CaseAction, 'at'>> = fc
  .record({ actorId: users, actorAgencyId: agencies, reason: reasons })
  .chain((base) =>
    fc
      .oneof(
        fc.record({
          type: fc.constant('open' as const),
          ownerUserId: users,
          ownerAgencyId: agencies,
          unitCode: units,
        }),
        {
          weight: 8,
          arbitrary: fc.constantFrom(
            { type: 'presume' as const },
            { type: 'identify' as const },
            { type: 'start-assistance' as const },
            { type: 'start-monitoring' as const },
          ),
        },
        fc.constant({ type: 'decide-not-victim' as const }),
        fc.record({
          type: fc.constant('request-closure' as const),
          closureReason: fc.constantFrom(...CASE_CLOSURE_REASONS),
        }),
        fc.record({
          type: fc.constantFrom('approve-closure' as const, 'reject-closure' as const),
          actorRoles: roles,
        }),
        fc.record({ type: fc.constant('reopen' as const), retrafficking: fc.boolean() }),
        fc.record(
          {
            type: fc.constant('transfer' as const),
            toAgencyId: agencies,
            toUnitCode: units,
            toUserId: users,
          },
          { requiredKeys: ['type', 'toAgencyId', 'toUnitCode'] },
        ),
        fc.record({ type: fc.constant('assign' as const), toUserId: users }),
      )
      .map((payload) => ({ ...base, ...payload }) as Omit<CaseAction, 'at'>),
  );

const actionSequence = fc
  .array(fc.tuple(actionWithoutTime, fc.integer({ min: -5, max: 120 })), {
    minLength: 5,
    maxLength: 60,
    size: 'max',
  })
  .map((steps) => {
    let minutes = 0;
    return steps.map(([action, step]) => {
      minutes += step;
      return { ...action, at: new Date(START + minutes * 60_000).toISOString() } as CaseAction;
    });
  });

/** Prefix every sequence with a valid open so most runs exercise a live case. */
const openFirst: CaseAction = {
  type: 'open',
  at: new Date(START - 60_000).toISOString(),
  actorId: 'u1',
  actorAgencyId: 'a1',
  ownerUserId: 'u1',
  ownerAgencyId: 'a1',
  unitCode: 'UA-32-01',
};

function checkInvariants(state: CaseState, accepted: CaseAction[]) {
  const approvals = accepted.filter((a) => a.type === 'approve-closure').length;
  const reopens = accepted.filter((a) => a.type === 'reopen');
  expect(state.stage === 'closed').toBe(state.closure !== null);
  if (state.stage === 'closed') expect(state.closure!.approvedBy).not.toBe(state.closure!.requestedBy);
  if (state.pendingClosure) expect(isOpenStage(state.stage)).toBe(true);
  expect(state.ownerAgencyId).not.toBe('');
  expect(state.unitCode).not.toBe('');
  expect(state.reopenCount).toBe(reopens.length);
  expect(state.retraffickingReopenCount).toBe(
    reopens.filter((a) => a.type === 'reopen' && a.retrafficking).length,
  );
  expect(state.reopenCount).toBeLessThanOrEqual(
    approvals + accepted.filter((a) => a.type === 'decide-not-victim').length,
  );
  expect(state.history).toEqual(accepted);
  expect(state.lastActionAt).toBe(accepted.at(-1)!.at);
}

describe('lifecycle properties', () => {
  it('accepted actions never lead to an invalid state; rejected ones change nothing', () => {
    const stagesReached = new Set<string>();
    fc.assert(
      fc.property(fc.boolean(), actionSequence, (prefixOpen, actions) => {
        let state: CaseState | null = null;
        const accepted: CaseAction[] = [];
        for (const action of prefixOpen ? [openFirst, ...actions] : actions) {
          const before = structuredClone(state);
          const offered = availableActions(state).includes(action.type);
          const result = applyAction(state, action);
          if (result.ok) {
            expect(offered).toBe(true);
            accepted.push(action);
            state = result.state;
            checkInvariants(state, accepted);
            stagesReached.add(state.stage);
            if (state.reopenCount > 0) stagesReached.add(`${state.stage}+reopened`);
          } else {
            expect(result.code).toMatch(/^[a-z_]+$/);
            expect(state).toEqual(before);
          }
        }
        if (state) expect(foldActions(accepted)).toEqual(state);
      }),
      { numRuns: 500 },
    );
    // The generator must reach the interesting corners, or the invariants above prove little.
    for (const stage of ['closed', 'not-a-victim', 'monitoring']) expect(stagesReached).toContain(stage);
    expect([...stagesReached].some((stage) => stage.endsWith('+reopened'))).toBe(true);
  });
});

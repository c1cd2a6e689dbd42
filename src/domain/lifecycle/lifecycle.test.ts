import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales.ts';
import { ACTION_LABELS, CASE_CLOSURE_REASON_LABELS } from './action-labels.ts';
import { ACTION_TYPES, CASE_CLOSURE_REASONS } from './actions.ts';
import { STAGE_LABELS } from './stages.ts';
import type { CaseAction } from './actions.ts';
import { applyAction } from './apply-action.ts';
import { availableActions, foldActions, InvalidActionLogError } from './fold-actions.ts';
import { htcdsCaseStatus, htcdsClosureReason } from './case-status.ts';
import type { CaseState } from './state.ts';
import { TRANSITIONS } from './transitions.ts';
import { STAGES } from './stages.ts';

const who = { actorId: 'worker-1', actorAgencyId: 'agency-a' };
let minute = 0;
const at = () => new Date(Date.UTC(2024, 0, 1, 8, minute++)).toISOString();

const open = (): CaseAction => ({
  type: 'open',
  at: at(),
  ...who,
  ownerUserId: 'worker-1',
  ownerAgencyId: 'agency-a',
  unitCode: 'UA-32-01',
});

function run(actions: CaseAction[]): CaseState {
  return foldActions(actions);
}

function expectRejected(state: CaseState | null, action: CaseAction, code: string) {
  const result = applyAction(state, action);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.code).toBe(code);
}

const requestClosure = (reason = 'Child reunited with grandmother, all domains stable') =>
  ({ type: 'request-closure', at: at(), ...who, closureReason: 'reintegrated', reason }) as const;
const approve = (actorId = 'supervisor-1', actorRoles = ['supervisor']) =>
  ({ type: 'approve-closure', at: at(), actorId, actorAgencyId: 'agency-a', actorRoles }) as const;

describe('case lifecycle', () => {
  it('opens in screening and walks the whole path to closure', () => {
    const state = run([
      open(),
      { type: 'presume', at: at(), ...who },
      { type: 'identify', at: at(), ...who },
      { type: 'start-assistance', at: at(), ...who },
      { type: 'start-monitoring', at: at(), ...who },
      requestClosure(),
      approve(),
    ]);
    expect(state.stage).toBe('closed');
    expect(state.closure).toMatchObject({ approvedBy: 'supervisor-1', stageBeforeClosure: 'monitoring' });
    expect(state.history).toHaveLength(7);
    expect(htcdsCaseStatus(state)).toBe('Closed');
    expect(htcdsClosureReason(state)).toBe('ReintegrationAchieved');
    expect(availableActions(state)).toEqual(['reopen']);
  });

  it('only lets a case be opened first, and only once', () => {
    expectRejected(null, { type: 'presume', at: at(), ...who }, 'case_not_open');
    expectRejected(run([open()]), open(), 'case_already_open');
    expect(() => foldActions([])).toThrow(InvalidActionLogError);
    expect(availableActions(null)).toEqual(['open']);
  });

  it('closes screening as not-a-victim with a reason, and can reopen into screening', () => {
    const base = run([open()]);
    expectRejected(base, { type: 'decide-not-victim', at: at(), ...who }, 'reason_required');
    const decided = run([
      ...base.history,
      { type: 'decide-not-victim', at: at(), ...who, reason: 'No indicators' },
    ]);
    expect(decided.stage).toBe('not-a-victim');
    expect(decided.closure).toBeNull();
    expect(htcdsClosureReason(decided)).toBe('NotAVictimOfTrafficking');
    const reopened = run([
      ...decided.history,
      { type: 'reopen', at: at(), ...who, reason: 'New disclosure' },
    ]);
    expect(reopened.stage).toBe('screening');
    expect(reopened.reopenCount).toBe(1);
  });

  it('refuses a transition the table does not list', () => {
    expectRejected(run([open()]), { type: 'start-monitoring', at: at(), ...who }, 'invalid_transition');
  });

  it('enforces the four-eyes rule and approver roles on closure', () => {
    const pending = run([open(), requestClosure()]);
    expect(pending.pendingClosure?.requestedBy).toBe('worker-1');
    expectRejected(pending, approve('worker-1', ['supervisor']), 'same_person_cannot_approve');
    expectRejected(pending, approve('colleague', ['caseworker']), 'approver_role_required');
    expectRejected(pending, { type: 'presume', at: at(), ...who }, 'closure_pending');
    expectRejected(pending, requestClosure(), 'closure_pending');
    expect(availableActions(pending).sort()).toEqual(['approve-closure', 'assign', 'reject-closure']);
    const coordinator = applyAction(pending, approve('coord-1', ['localcoord']));
    expect(coordinator.ok && coordinator.state.stage).toBe('closed');
  });

  it('needs a reason for a closure request and rejection, and a known closure reason', () => {
    const base = run([open()]);
    expectRejected(base, requestClosure('  '), 'reason_required');
    expectRejected(
      base,
      { type: 'request-closure', at: at(), ...who, closureReason: 'bored' as never, reason: 'x' },
      'invalid_closure_reason',
    );
    const pending = run([...base.history, requestClosure()]);
    const rejectNoReason: CaseAction = {
      type: 'reject-closure',
      at: at(),
      ...who,
      actorRoles: ['supervisor'],
    };
    expectRejected(pending, rejectNoReason, 'reason_required');
    const rejected = applyAction(pending, { ...rejectNoReason, reason: 'Safety plan missing' });
    expect(rejected.ok && rejected.state.pendingClosure).toBeNull();
  });

  it('reopens a closed case where it stood, counting re-trafficking', () => {
    const closed = run([open(), { type: 'presume', at: at(), ...who }, requestClosure(), approve()]);
    expectRejected(closed, { type: 'reopen', at: at(), ...who }, 'reason_required');
    const reopened = run([
      ...closed.history,
      { type: 'reopen', at: at(), ...who, reason: 'Found working in a car wash', retrafficking: true },
    ]);
    expect(reopened).toMatchObject({
      stage: 'presumed',
      reopenCount: 1,
      retraffickingReopenCount: 1,
      closure: null,
    });
  });

  it('transfers with a reason to a new agency and unit, and assigns within it', () => {
    const base = run([open()]);
    const transfer = {
      type: 'transfer',
      at: at(),
      ...who,
      toAgencyId: 'agency-b',
      toUnitCode: 'MD-CU',
    } as const;
    expectRejected(base, transfer, 'reason_required');
    expectRejected(
      base,
      { ...transfer, toAgencyId: 'agency-a', toUnitCode: 'UA-32-01', reason: 'x' },
      'nothing_changed',
    );
    const moved = run([...base.history, { ...transfer, reason: 'Family moved to Chișinău' }]);
    expect(moved).toMatchObject({ ownerAgencyId: 'agency-b', unitCode: 'MD-CU', ownerUserId: null });
    const assigned = run([...moved.history, { type: 'assign', at: at(), ...who, toUserId: 'worker-9' }]);
    expect(assigned.ownerUserId).toBe('worker-9');
    expectRejected(assigned, { type: 'assign', at: at(), ...who, toUserId: 'worker-9' }, 'nothing_changed');
  });

  it('records who and when, in order', () => {
    const base = run([open()]);
    expectRejected(base, { type: 'presume', at: '2024-01-01', ...who }, 'invalid_timestamp');
    expectRejected(
      base,
      { type: 'presume', at: '2023-01-01T00:00:00Z', ...who },
      'timestamp_before_previous',
    );
    expectRejected(base, { type: 'presume', at: at(), actorId: '', actorAgencyId: 'a' }, 'field_required');
  });

  it('identifies once, also after assistance started at presumption', () => {
    const assisted = run([
      open(),
      { type: 'presume', at: at(), ...who },
      { type: 'start-assistance', at: at(), ...who },
    ]);
    const identified = run([...assisted.history, { type: 'identify', at: at(), ...who }]);
    expect(identified.stage).toBe('assistance');
    expect(identified.identifiedAt).not.toBeNull();
    expectRejected(identified, { type: 'identify', at: at(), ...who }, 'already_identified');
  });

  it('has a transition row for every stage', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...STAGES].sort());
  });

  it('reports the impossible move before a missing reason', () => {
    expectRejected(run([open()]), { type: 'reopen', at: at(), ...who }, 'invalid_transition');
  });

  it('labels every stage, action and closure reason in every locale', () => {
    const tables = [
      [STAGES, STAGE_LABELS],
      [ACTION_TYPES, ACTION_LABELS],
      [CASE_CLOSURE_REASONS, CASE_CLOSURE_REASON_LABELS],
    ] as const;
    for (const [keys, labels] of tables) {
      for (const key of keys) {
        for (const locale of LOCALES)
          expect((labels as Record<string, Record<string, string>>)[key]![locale]).toBeTruthy();
      }
    }
  });
});

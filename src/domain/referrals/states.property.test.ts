import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyReferralEvent,
  availableEvents,
  EVENT_NEEDS_TEXT,
  EVENT_SIDE,
  REFERRAL_EVENTS,
  REFERRAL_STATES,
  REFERRAL_TRANSITIONS,
  type ReferralEvent,
  type ReferralSide,
  type ReferralState,
  TERMINAL_STATES,
} from './states.ts';

const step = fc.record({
  event: fc.constantFrom(...REFERRAL_EVENTS),
  side: fc.constantFrom<ReferralSide>('sender', 'recipient', 'approval'),
  text: fc.constantFrom<string | undefined>(undefined, '', '  ', 'because'),
});
const start = fc.constantFrom<ReferralState>('sent', 'awaiting-override');

/** Runs a sequence of attempts; refused ones leave the state unchanged. */
function run(from: ReferralState, steps: Array<{ event: ReferralEvent; side: ReferralSide; text?: string }>) {
  const path: Array<{ from: ReferralState; event: ReferralEvent; to: ReferralState; text?: string }> = [];
  let state = from;
  for (const attempt of steps) {
    const result = applyReferralEvent(state, attempt.event, attempt.side, attempt.text);
    if (result.ok) {
      path.push({ from: state, event: attempt.event, to: result.to, text: attempt.text });
      state = result.to;
    }
  }
  return { state, path };
}

describe('referral state machine (properties)', () => {
  it('never leaves a terminal state', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TERMINAL_STATES), fc.array(step, { maxLength: 20 }), (from, steps) => {
        expect(run(from, steps).state).toBe(from);
      }),
    );
  });

  it('only the side an event belongs to can take it, and only with the text it needs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REFERRAL_STATES), step, (state, attempt) => {
        const result = applyReferralEvent(state, attempt.event, attempt.side, attempt.text);
        if (!result.ok) return;
        expect(EVENT_SIDE[attempt.event]).toBe(attempt.side);
        if (EVENT_NEEDS_TEXT[attempt.event]) expect(attempt.text?.trim()).toBeTruthy();
        expect(REFERRAL_TRANSITIONS[state][attempt.event]).toBe(result.to);
      }),
    );
  });

  it('completed and failed are reached only through in-progress, which is reached only through accepted', () => {
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 30 }), (from, steps) => {
        const { path } = run(from, steps);
        for (const move of path) {
          if (move.to === 'completed' || move.to === 'failed') expect(move.from).toBe('in-progress');
          if (move.to === 'in-progress') expect(move.from).toBe('accepted');
          if (move.to === 'accepted' || move.to === 'declined') expect(move.from).toBe('sent');
          if (move.to === 'sent') expect(move.from).toBe('awaiting-override');
        }
      }),
    );
  });

  it('the recipient never acts before the referral is sent, and the sender cannot answer it', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const { path } = run('awaiting-override', steps);
        const sent = path.findIndex((move) => move.to === 'sent');
        path.forEach((move, index) => {
          if (EVENT_SIDE[move.event] === 'recipient') expect(sent).toBeGreaterThanOrEqual(0);
          if (EVENT_SIDE[move.event] === 'recipient') expect(index).toBeGreaterThan(sent);
        });
        for (const move of path) if (move.event === 'cancel') expect(move.from).not.toBe('completed');
      }),
    );
  });

  it('every path ends in at most 4 steps and every state offers only moves that succeed', () => {
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 40 }), (from, steps) => {
        expect(run(from, steps).path.length).toBeLessThanOrEqual(4);
      }),
    );
    for (const state of REFERRAL_STATES) {
      for (const side of ['sender', 'recipient', 'approval'] as const) {
        for (const event of availableEvents(state, side)) {
          expect(applyReferralEvent(state, event, side, 'text').ok).toBe(true);
        }
      }
    }
  });
});

describe('referral state machine (examples)', () => {
  it('a decline needs a reason, an ending an outcome', () => {
    expect(applyReferralEvent('sent', 'decline', 'recipient', ' ')).toEqual({
      ok: false,
      refusal: { code: 'TEXT_REQUIRED', field: 'reason' },
    });
    expect(applyReferralEvent('in-progress', 'fail', 'recipient')).toMatchObject({ ok: false });
    expect(applyReferralEvent('in-progress', 'complete', 'recipient', 'Placed')).toEqual({
      ok: true,
      to: 'completed',
    });
  });
  it('the sender may cancel up to completion, not after', () => {
    expect(applyReferralEvent('in-progress', 'cancel', 'sender', 'moved')).toEqual({
      ok: true,
      to: 'cancelled',
    });
    expect(applyReferralEvent('completed', 'cancel', 'sender', 'moved')).toMatchObject({ ok: false });
    expect(applyReferralEvent('sent', 'cancel', 'recipient', 'x')).toMatchObject({
      ok: false,
      refusal: { code: 'WRONG_SIDE' },
    });
  });
});

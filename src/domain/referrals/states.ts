// The referral state machine as data: who may move a referral from which state to which.
// sent → accepted | declined(reason) | cancelled; accepted → in-progress → completed | failed (outcome);
// the referrer may cancel before completion. A referral sent without consent waits in
// 'awaiting-override' until a second person approves (→ sent) or rejects (→ cancelled) the override.

export const REFERRAL_STATES = [
  'awaiting-override',
  'sent',
  'accepted',
  'declined',
  'in-progress',
  'completed',
  'failed',
  'cancelled',
] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];

export const REFERRAL_EVENTS = [
  'approve-override',
  'reject-override',
  'accept',
  'decline',
  'start',
  'complete',
  'fail',
  'cancel',
] as const;
export type ReferralEvent = (typeof REFERRAL_EVENTS)[number];

/** Who takes the step: the sending side, the receiving agency, or the four-eyes approval of an override. */
export type ReferralSide = 'sender' | 'recipient' | 'approval';

export const EVENT_SIDE: Record<ReferralEvent, ReferralSide> = {
  'approve-override': 'approval',
  'reject-override': 'approval',
  accept: 'recipient',
  decline: 'recipient',
  start: 'recipient',
  complete: 'recipient',
  fail: 'recipient',
  cancel: 'sender',
};

/** Steps that must carry a text: a decline says why, an ending says what came of it, a cancel says why. */
export const EVENT_NEEDS_TEXT: Record<ReferralEvent, 'reason' | 'outcome' | null> = {
  'approve-override': null,
  'reject-override': null,
  accept: null,
  decline: 'reason',
  start: null,
  complete: 'outcome',
  fail: 'outcome',
  cancel: 'reason',
};

export const REFERRAL_TRANSITIONS: Record<ReferralState, Partial<Record<ReferralEvent, ReferralState>>> = {
  'awaiting-override': { 'approve-override': 'sent', 'reject-override': 'cancelled', cancel: 'cancelled' },
  sent: { accept: 'accepted', decline: 'declined', cancel: 'cancelled' },
  accepted: { start: 'in-progress', cancel: 'cancelled' },
  'in-progress': { complete: 'completed', fail: 'failed', cancel: 'cancelled' },
  declined: {},
  completed: {},
  failed: {},
  cancelled: {},
};

export const TERMINAL_STATES: ReadonlyArray<ReferralState> = REFERRAL_STATES.filter(
  (state) => Object.keys(REFERRAL_TRANSITIONS[state]).length === 0,
);

/** States in which the receiving agency holds a place for the child (free places are counted down). */
export const HOLDS_PLACE: ReadonlyArray<ReferralState> = ['accepted', 'in-progress'];

export type TransitionRefusal =
  | { code: 'NOT_ALLOWED_IN_STATE'; state: ReferralState; event: ReferralEvent }
  | { code: 'WRONG_SIDE'; event: ReferralEvent; side: ReferralSide }
  | { code: 'TEXT_REQUIRED'; field: 'reason' | 'outcome' };

export type TransitionResult = { ok: true; to: ReferralState } | { ok: false; refusal: TransitionRefusal };

/** Pure: may this side take this step now, and where does it lead? */
export function applyReferralEvent(
  state: ReferralState,
  event: ReferralEvent,
  side: ReferralSide,
  text?: string | null,
): TransitionResult {
  const to = REFERRAL_TRANSITIONS[state][event];
  if (!to) return { ok: false, refusal: { code: 'NOT_ALLOWED_IN_STATE', state, event } };
  if (EVENT_SIDE[event] !== side) return { ok: false, refusal: { code: 'WRONG_SIDE', event, side } };
  const needs = EVENT_NEEDS_TEXT[event];
  if (needs && !(text ?? '').trim()) return { ok: false, refusal: { code: 'TEXT_REQUIRED', field: needs } };
  return { ok: true, to };
}

/** The steps a side may take from a state (for the UI's buttons). */
export function availableEvents(state: ReferralState, side: ReferralSide): ReferralEvent[] {
  return REFERRAL_EVENTS.filter(
    (event) => REFERRAL_TRANSITIONS[state][event] !== undefined && EVENT_SIDE[event] === side,
  );
}

/** A sent referral waits for an answer: only then can it be overdue. */
export const isAwaitingAnswer = (state: ReferralState) => state === 'sent';

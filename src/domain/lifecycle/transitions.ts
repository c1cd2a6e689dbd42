import type { ActionType } from './actions.ts';
import type { Stage } from './stages.ts';

/**
 * Where an action takes a case: a stage, 'unchanged' (the action records a fact or changes the owner),
 * or 'stage-before-closure' (a reopened case resumes where it stood when it was closed: a re-trafficked
 * child keeps the identification already made and needs no second screening to get help).
 */
export type TransitionTarget = Stage | 'unchanged' | 'stage-before-closure';

const CLOSURE_AND_OWNERSHIP = {
  'request-closure': 'unchanged',
  'approve-closure': 'closed',
  'reject-closure': 'unchanged',
  transfer: 'unchanged',
  assign: 'unchanged',
} as const satisfies Partial<Record<ActionType, TransitionTarget>>;

/** The only way a case comes into being. */
export const OPEN_TRANSITION = { type: 'open', to: 'screening' } as const;

/**
 * Stage × action → next stage, as data so the UI can draw it. Extra conditions (reason given, a
 * different approver, a closure pending, not yet identified) are checked in applyAction.
 * - Identification may come straight from screening: a police, court or foreign decision already
 *   recognised the child (Resolution 417 does not require a second procedure).
 * - Assistance may start at presumption: protection does not wait for a formal decision (CoE Art. 10(2)),
 *   and identification arriving later leaves the stage unchanged.
 * - Monitoring may return to assistance when new needs appear.
 */
export const TRANSITIONS: Record<Stage, Partial<Record<ActionType, TransitionTarget>>> = {
  screening: {
    presume: 'presumed',
    identify: 'identified',
    'decide-not-victim': 'not-a-victim',
    ...CLOSURE_AND_OWNERSHIP,
  },
  presumed: {
    identify: 'identified',
    'decide-not-victim': 'not-a-victim',
    'start-assistance': 'assistance',
    ...CLOSURE_AND_OWNERSHIP,
  },
  identified: {
    'start-assistance': 'assistance',
    ...CLOSURE_AND_OWNERSHIP,
  },
  assistance: {
    identify: 'unchanged',
    'start-monitoring': 'monitoring',
    ...CLOSURE_AND_OWNERSHIP,
  },
  monitoring: {
    identify: 'unchanged',
    'start-assistance': 'assistance',
    ...CLOSURE_AND_OWNERSHIP,
  },
  closed: { reopen: 'stage-before-closure' },
  'not-a-victim': { reopen: 'screening' },
};

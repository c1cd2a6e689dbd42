import type { CaseAction, CaseClosureReason } from './actions.ts';
import type { OpenStage, Stage } from './stages.ts';

export interface PendingClosure {
  closureReason: CaseClosureReason;
  note: string;
  requestedBy: string;
  requestedAt: string;
}

export interface CaseClosure extends PendingClosure {
  approvedBy: string;
  approvedAt: string;
  /** Where a reopened case resumes. */
  stageBeforeClosure: OpenStage;
}

/**
 * A case as the fold of its action log. Stage only: the trafficking status and its formal procedure
 * live in src/domain/status, because a status can be decided by another body (police, court) at any
 * stage. The dates below are facts the status module and the reflection-period clock read.
 */
export interface CaseState {
  stage: Stage;
  ownerUserId: string | null;
  ownerAgencyId: string;
  unitCode: string;
  openedAt: string;
  presumedAt: string | null;
  identifiedAt: string | null;
  notVictimDecidedAt: string | null;
  pendingClosure: PendingClosure | null;
  closure: CaseClosure | null;
  reopenCount: number;
  retraffickingReopenCount: number;
  lastActionAt: string;
  /** Every accepted action, in order: the append-only log this state was folded from. */
  history: readonly CaseAction[];
}

/** The state before the first action: no case. Only 'open' applies to it. */
export const initialState: CaseState | null = null;

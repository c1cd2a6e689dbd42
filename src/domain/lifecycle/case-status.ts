import type { CaseStatus, ClosureReason } from '../vocabularies/index.ts';
import { HTCDS_CLOSURE_REASON } from './actions.ts';
import type { CaseState } from './state.ts';

/** HTCDS Case.Status for exports: monitoring is HTCDS "FollowUp"; a closure by transfer is "ClosedReferred". */
export function htcdsCaseStatus(state: CaseState): CaseStatus {
  if (state.stage === 'monitoring') return 'FollowUp';
  if (state.stage === 'not-a-victim') return 'Closed';
  if (state.stage === 'closed') {
    return state.closure?.closureReason === 'transferred' ? 'ClosedReferred' : 'Closed';
  }
  return 'Active';
}

/** HTCDS closure reason of a closed case, or null while it is open. */
export function htcdsClosureReason(state: CaseState): ClosureReason | null {
  if (state.stage === 'not-a-victim') return 'NotAVictimOfTrafficking';
  if (state.stage === 'closed' && state.closure) return HTCDS_CLOSURE_REASON[state.closure.closureReason];
  return null;
}

import type { ProceedingStage } from './stages.ts';

/**
 * Stage × next stage, as data so the UI can offer only possible moves and a property test can walk it.
 * - Every open stage may end in 'closed' (charges dropped, case dismissed, limitation expired) and may be
 *   suspended (accused not found, abroad) except once a verdict is given.
 * - An appeal ends in a new verdict or sends the case back to trial; a closed case may be reopened into
 *   investigation when new evidence appears (UA CPC Art. 284 and its equivalents allow resumption).
 */
export const STAGE_TRANSITIONS: Record<ProceedingStage, ReadonlyArray<ProceedingStage>> = {
  report: ['investigation', 'suspended', 'closed'],
  investigation: ['indictment', 'suspended', 'closed'],
  indictment: ['trial', 'investigation', 'closed'],
  trial: ['verdict', 'suspended', 'closed'],
  verdict: ['appeal', 'closed'],
  appeal: ['verdict', 'trial', 'closed'],
  suspended: ['investigation', 'trial', 'closed'],
  closed: ['investigation'],
};

/** Where proceedings begin: most start with a report; some are opened by the police on their own. */
export const INITIAL_STAGES: ReadonlyArray<ProceedingStage> = ['report', 'investigation'];

/** Entering these stages records how the proceedings ended (or what the court decided). */
export const OUTCOME_REQUIRED: ReadonlySet<ProceedingStage> = new Set<ProceedingStage>(['verdict', 'closed']);

export function nextStages(stage: ProceedingStage): ReadonlyArray<ProceedingStage> {
  return STAGE_TRANSITIONS[stage];
}

import { OUTCOME_REQUIRED, STAGE_TRANSITIONS } from './transitions.ts';
import {
  PROCEEDING_OUTCOMES,
  type ProceedingOutcome,
  type ProceedingStage,
  VERDICT_OUTCOMES,
} from './stages.ts';

export type StageEntry = { stage: ProceedingStage; on: string };
export type StageChange = { to: ProceedingStage; on: string; outcome?: ProceedingOutcome | null };

export type StageRefusal = {
  ok: false;
  code:
    | 'invalid_stage_transition'
    | 'date_before_previous'
    | 'invalid_date'
    | 'outcome_required'
    | 'invalid_outcome';
  message: string;
};
export type StageResult =
  | { ok: true; history: StageEntry[]; stage: ProceedingStage; outcome: ProceedingOutcome | null }
  | StageRefusal;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isRealDate = (value: string) =>
  ISO_DATE.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/**
 * One step of the stage history: only moves in STAGE_TRANSITIONS, dated no earlier than the previous
 * step and not in the future; a verdict records conviction or acquittal, a closure how it ended. An
 * appeal keeps the verdict under appeal as the outcome; any other move without an outcome clears it
 * (reopened or retried proceedings have not ended).
 */
export function applyStageChange(
  history: ReadonlyArray<StageEntry>,
  currentOutcome: ProceedingOutcome | null,
  change: StageChange,
  today: string,
): StageResult {
  const current = history.at(-1);
  if (!isRealDate(change.on) || change.on > today)
    return { ok: false, code: 'invalid_date', message: 'The date must be a real date, not in the future.' };
  if (!current)
    return { ok: false, code: 'invalid_stage_transition', message: 'The proceedings have no stage yet.' };
  if (!STAGE_TRANSITIONS[current.stage].includes(change.to)) {
    return {
      ok: false,
      code: 'invalid_stage_transition',
      message: `Proceedings cannot move from '${current.stage}' to '${change.to}'.`,
    };
  }
  if (change.on < current.on)
    return {
      ok: false,
      code: 'date_before_previous',
      message: 'A stage cannot begin before the previous one.',
    };
  const outcome = change.outcome ?? null;
  if (outcome !== null && !(PROCEEDING_OUTCOMES as readonly string[]).includes(outcome))
    return { ok: false, code: 'invalid_outcome', message: `Unknown outcome '${outcome}'.` };
  if (OUTCOME_REQUIRED.has(change.to) && outcome === null)
    return {
      ok: false,
      code: 'outcome_required',
      message: `Say how the proceedings stand at '${change.to}'.`,
    };
  if (change.to === 'verdict' && outcome !== null && !VERDICT_OUTCOMES.has(outcome))
    return { ok: false, code: 'invalid_outcome', message: 'A verdict is a conviction or an acquittal.' };
  if (
    change.to === 'closed' &&
    outcome !== null &&
    VERDICT_OUTCOMES.has(outcome) &&
    current.stage !== 'verdict' &&
    current.stage !== 'appeal'
  )
    return {
      ok: false,
      code: 'invalid_outcome',
      message: 'Only a court decides a conviction or an acquittal.',
    };
  return {
    ok: true,
    history: [...history, { stage: change.to, on: change.on }],
    stage: change.to,
    outcome: outcome ?? (change.to === 'appeal' ? currentOutcome : null),
  };
}

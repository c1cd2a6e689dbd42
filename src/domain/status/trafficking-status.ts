import type { LocalisedText } from '../locales.ts';
import { StatusDecisionMakingOrg, type TraffickingStatus } from '../vocabularies/index.ts';
import { isCalendarDate } from './calendar-date.ts';
import { procedureDecidesStatus, procedureRecordRequired } from './decision-procedure.ts';
import type { ProcedureCountry } from './formal-procedures.ts';
import {
  type FormalProcedureRecord,
  type ProcedureProblem,
  validateFormalProcedureRecord,
} from './validate-procedure.ts';
import { t } from './localised.ts';

/**
 * The child's trafficking status as practitioners use it. "Possible" (flagged, not yet screened) and
 * "presumed" (reasonable grounds: protection starts, CoE Art. 10(2)) are both HTCDS
 * PossibleVictimOfTrafficking; the difference matters for protection, not for the statistics.
 */
export const CHILD_TRAFFICKING_STATUSES = ['possible', 'presumed', 'identified', 'not-a-victim'] as const;
export type ChildTraffickingStatus = (typeof CHILD_TRAFFICKING_STATUSES)[number];

export const HTCDS_TRAFFICKING_STATUS: Record<ChildTraffickingStatus, TraffickingStatus> = {
  possible: 'PossibleVictimOfTrafficking',
  presumed: 'PossibleVictimOfTrafficking',
  identified: 'ActualVictimOfTrafficking',
  'not-a-victim': 'NotAVictimOfTrafficking',
};

/**
 * Which status may follow which. Identification is final here (a court reversing it is recorded as a
 * correction by the national coordinator, outside this flow); a not-a-victim outcome can be revisited
 * when new facts appear, starting again from possible or presumed.
 */
export const STATUS_CHANGES: Record<ChildTraffickingStatus, readonly ChildTraffickingStatus[]> = {
  possible: ['presumed', 'identified', 'not-a-victim'],
  presumed: ['identified', 'not-a-victim'],
  identified: [],
  'not-a-victim': ['possible', 'presumed'],
};

export const CHILD_TRAFFICKING_STATUS_LABELS: Record<ChildTraffickingStatus, LocalisedText> = {
  possible: t(
    'Possible victim',
    'Можлива постраждала особа',
    'Возможная жертва',
    'Posibilă victimă',
    'Магчымая ахвяра',
  ),
  presumed: t(
    'Presumed victim',
    'Ймовірно постраждала особа',
    'Предполагаемая жертва',
    'Victimă prezumată',
    'Меркаваная ахвяра',
  ),
  identified: t(
    'Identified victim',
    'Особа, яка постраждала від торгівлі людьми (статус встановлено)',
    'Признанная жертва',
    'Victimă identificată',
    'Прызнаная ахвяра',
  ),
  'not-a-victim': t(
    'Not a victim of trafficking',
    'Не є постраждалою від торгівлі людьми',
    'Не является жертвой торговли людьми',
    'Nu este victimă a traficului',
    'Не з’яўляецца ахвярай гандлю людзьмі',
  ),
};

export interface StatusDecision {
  status: ChildTraffickingStatus;
  decidedOn: string;
  /** The person who recorded the decision; screening only suggests, a person always decides. */
  decidedBy: string;
  /** HTCDS TraffickingStatusDecisionMakingOrg; required for identified and not-a-victim. */
  decidingOrgType?: StatusDecisionMakingOrg;
  decidingOrgName?: string;
  note?: string;
  /** The country's formal procedure, when the decision came through it. */
  formalProcedure?: FormalProcedureRecord;
  /**
   * The node's country, so a decision without a procedure record is checked against the country's rule
   * (a Moldovan presumption is the team's: procedureRecordRequired). The record's own country otherwise.
   */
  country?: ProcedureCountry;
}

export interface StatusProblem {
  field: string;
  code:
    | 'invalid_status'
    | 'invalid_status_change'
    | 'field_required'
    | 'invalid_date'
    | 'date_in_future'
    | 'procedure_required'
    | 'outcome_mismatch'
    | ProcedureProblem['code'];
  message: string;
}

const FORMAL_OUTCOMES: ReadonlySet<ChildTraffickingStatus> = new Set(['identified', 'not-a-victim']);

/** Problems with recording `decision` after `previous` (null: no status yet); empty when it can be stored. */
export function validateStatusDecision(
  previous: ChildTraffickingStatus | null,
  decision: StatusDecision,
  today: string,
): StatusProblem[] {
  const problems: StatusProblem[] = [];
  if (!(CHILD_TRAFFICKING_STATUSES as readonly string[]).includes(decision.status)) {
    return [{ field: 'status', code: 'invalid_status', message: `Unknown status '${decision.status}'.` }];
  }
  if (previous !== null && !STATUS_CHANGES[previous].includes(decision.status)) {
    problems.push({
      field: 'status',
      code: 'invalid_status_change',
      message: `A status cannot change from '${previous}' to '${decision.status}'.`,
    });
  }
  if (!isCalendarDate(decision.decidedOn)) {
    problems.push({ field: 'decidedOn', code: 'invalid_date', message: 'Use a calendar date, YYYY-MM-DD.' });
  } else if (decision.decidedOn > today) {
    problems.push({
      field: 'decidedOn',
      code: 'date_in_future',
      message: 'The decision date is in the future.',
    });
  }
  if (typeof decision.decidedBy !== 'string' || decision.decidedBy.trim() === '') {
    problems.push({ field: 'decidedBy', code: 'field_required', message: 'Record who decided.' });
  }
  // HTCDS records which kind of body made a formal finding; it is what statistics and GRETA ask for.
  if (
    FORMAL_OUTCOMES.has(decision.status) &&
    !StatusDecisionMakingOrg.includes(decision.decidingOrgType as never)
  ) {
    problems.push({
      field: 'decidingOrgType',
      code: 'field_required',
      message: 'Record the type of deciding body.',
    });
  }
  // An identification is the formal procedure's outcome: its decision fields (date, certificate or
  // decision number) are required. Only a recognition already made by police, a prosecutor or a court
  // needs no procedure of its own (UA Resolution 417; DOMAIN §2 step 3). Where the country presumes
  // through its procedure (Moldova), a presumption needs the record too.
  const procedure = decision.formalProcedure;
  if (!procedure && procedureRecordRequired(decision.country, decision.status, decision.decidingOrgType))
    problems.push({
      field: 'formalProcedure',
      code: 'procedure_required',
      message: "Record the country's formal procedure that established the status.",
    });
  if (procedure) {
    const decided = procedureDecidesStatus(decision.status);
    for (const problem of validateFormalProcedureRecord(procedure, today, { decided })) {
      problems.push({ ...problem, field: `formalProcedure.${problem.field}` });
    }
    const outcome = procedure.values?.outcome;
    const overturned = procedure.values?.appealOutcome === 'overturned';
    const expected =
      decision.status === 'identified'
        ? outcome === 'granted' || (outcome === 'refused' && overturned)
        : decision.status === 'not-a-victim'
          ? outcome === 'refused' && !overturned
          : outcome !== 'granted';
    if (outcome && !expected)
      problems.push({
        field: 'formalProcedure.outcome',
        code: 'outcome_mismatch',
        message:
          decision.status === 'identified'
            ? 'An identification needs the status granted, or a refusal overturned on appeal.'
            : decision.status === 'not-a-victim'
              ? 'A not-a-victim finding through the procedure is its refusal, not overturned on appeal.'
              : 'A presumed child whose status was granted is identified: record the identification.',
      });
  }
  return problems;
}

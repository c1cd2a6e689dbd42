import type { StatusDecisionMakingOrg } from '../vocabularies/index.ts';
import {
  FORMAL_PROCEDURES,
  type FormalProcedure,
  type ProcedureCountry,
  type ProcedureField,
} from './formal-procedures.ts';
import type { ChildTraffickingStatus } from './trafficking-status.ts';
import { procedureFieldApplies, validateFormalProcedureRecord } from './validate-procedure.ts';

// Which part of the country's formal procedure goes with a status decision, and which of its fields are
// required. The server's rules (validateStatusDecision) and the web's decision form both ask these
// functions, so the form shows exactly what the server will require and they cannot disagree.

/** Statuses that are the procedure's outcome: the record's decision fields are required with them. */
const PROCEDURE_OUTCOMES_STATUSES: ReadonlySet<ChildTraffickingStatus> = new Set([
  'identified',
  'not-a-victim',
]);
/** A recognition already made in proceedings needs no procedure of its own (UA Resolution 417). */
const RECOGNISED_IN_PROCEEDINGS: ReadonlySet<string> = new Set<StatusDecisionMakingOrg>([
  'Police',
  'CourtOrProsecution',
]);

/** The status decided is the procedure's outcome (an identification or a refusal). */
export function procedureDecidesStatus(status: ChildTraffickingStatus): boolean {
  return PROCEDURE_OUTCOMES_STATUSES.has(status);
}

/**
 * Must a decision of this status carry the country's procedure record? An identification does, unless
 * police, a prosecutor or a court already recognised the child; a presumption does where the country
 * presumes through its procedure (Moldova's territorial multidisciplinary team). Otherwise it is
 * optional, and once sent it is checked like any other.
 */
export function procedureRecordRequired(
  country: ProcedureCountry | undefined,
  status: ChildTraffickingStatus,
  decidingOrgType: string | null | undefined,
): boolean {
  if (status === 'identified') return !RECOGNISED_IN_PROCEEDINGS.has(decidingOrgType ?? '');
  if (status === 'presumed')
    return country !== undefined && FORMAL_PROCEDURES[country]?.presumedThroughProcedure === true;
  return false;
}

export interface ProcedureFieldState {
  field: ProcedureField;
  /** The server answers field_required when this field is left empty. */
  required: boolean;
}

export interface DecisionProcedure {
  procedure: FormalProcedure;
  /** The decision is refused without the record (procedure_required). */
  recordRequired: boolean;
  /** The record goes with the decision: it is required, or something in it was filled in. */
  sent: boolean;
  /** The fields that belong to this decision now, in the procedure's order. */
  fields: ProcedureFieldState[];
  /** What to send as formalProcedure (the filled values of those fields), or undefined: none sent. */
  record: Record<string, string> | undefined;
  /** The keys of required fields still empty. */
  missing: string[];
}

/** Dates are not what is asked here: a day no date can follow keeps date checks out of the answer. */
const NO_DATE_LIMIT = '9999-12-31';

/**
 * The procedure fields of a decision of `status` in `country`, given what was filled in so far: the
 * application's fields always; the decision's with an outcome (identified, not a victim); the appeal's
 * once the outcome is a refusal. A field is required exactly when validateFormalProcedureRecord — the
 * server's check — would refuse the record without it. Null where the country has no procedure.
 */
export function decisionProcedure(
  country: ProcedureCountry,
  status: ChildTraffickingStatus,
  decidingOrgType: string | null | undefined,
  values: Readonly<Record<string, string>>,
): DecisionProcedure | null {
  const procedure = FORMAL_PROCEDURES[country];
  if (!procedure) return null;
  const decided = procedureDecidesStatus(status);
  const filled = (key: string) => (values[key] ?? '').trim() !== '';
  const phaseShown = (phase: ProcedureField['phase']) =>
    phase === 'application' ||
    (phase === 'decision' && decided) ||
    (phase === 'appeal' && decided && values.outcome === 'refused');
  const shown = procedure.fields.filter(
    (field) => phaseShown(field.phase) && procedureFieldApplies(field, values),
  );
  const record = Object.fromEntries(
    shown.filter((field) => filled(field.key)).map((field) => [field.key, (values[field.key] ?? '').trim()]),
  );
  const recordRequired = procedureRecordRequired(country, status, decidingOrgType);
  const sent = recordRequired || Object.keys(record).length > 0;
  const requiredWithout = (key: string) => {
    const others = { ...record };
    delete others[key];
    return validateFormalProcedureRecord({ country, values: others }, NO_DATE_LIMIT, { decided }).some(
      (problem) => problem.field === key && problem.code === 'field_required',
    );
  };
  // An empty field is required exactly when the server's check refuses the record without it; a filled
  // one keeps the mark its definition gives it (removing the only appeal field would end the appeal).
  const fields = shown.map((field) => ({
    field,
    required: sent && (filled(field.key) ? field.required : requiredWithout(field.key)),
  }));
  return {
    procedure,
    recordRequired,
    sent,
    fields,
    record: sent ? record : undefined,
    missing: fields.filter((f) => f.required && !filled(f.field.key)).map((f) => f.field.key),
  };
}

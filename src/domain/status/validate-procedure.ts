import { isCalendarDate } from './calendar-date.ts';
import { FORMAL_PROCEDURES, type ProcedureCountry, type ProcedureField } from './formal-procedures.ts';

export interface FormalProcedureRecord {
  country: ProcedureCountry;
  values: Record<string, string>;
}

export interface ProcedureProblem {
  field: string;
  code:
    | 'unknown_country'
    | 'unknown_field'
    | 'field_required'
    | 'too_long'
    | 'invalid_date'
    | 'date_in_future'
    | 'date_order'
    | 'invalid_choice'
    | 'not_applicable'
    | 'appeal_without_refusal';
  message: string;
}

const MAX_TEXT = 500;

/** Does the field apply to these values (a refusal's reason only after a refusal, a route's fields)? */
export function procedureFieldApplies(field: ProcedureField, values: Record<string, string>): boolean {
  return !field.requiredWhen || field.requiredWhen.values.includes(values[field.requiredWhen.field] ?? '');
}

/** Problems in a submitted procedure record for its country; empty when it can be stored. */
export function validateFormalProcedureRecord(
  record: FormalProcedureRecord,
  today: string,
  /** The status decided is the procedure's outcome (an identification): decision fields are required. */
  options: { decided?: boolean } = {},
): ProcedureProblem[] {
  const procedure = FORMAL_PROCEDURES[record.country];
  if (!procedure)
    return [{ field: 'country', code: 'unknown_country', message: 'No formal procedure for this country.' }];
  const values = record.values ?? {};
  const filled = (key: string) => typeof values[key] === 'string' && values[key]!.trim() !== '';
  const problems: ProcedureProblem[] = [];
  const known = new Set(procedure.fields.map((f) => f.key));
  for (const key of Object.keys(values)) {
    if (!known.has(key))
      problems.push({ field: key, code: 'unknown_field', message: `No field '${key}' here.` });
  }
  const decided =
    options.decided === true || procedure.fields.some((f) => f.phase === 'decision' && filled(f.key));
  const appealing = procedure.fields.some((f) => f.phase === 'appeal' && filled(f.key));
  const applies = (field: ProcedureField) => procedureFieldApplies(field, values);
  if (appealing && values.outcome !== 'refused')
    problems.push({
      field: 'appealFiledOn',
      code: 'appeal_without_refusal',
      message: 'An appeal is recorded only against a refusal.',
    });
  for (const field of procedure.fields) {
    const value = values[field.key];
    const phaseOpen = field.phase === 'application' || (field.phase === 'decision' ? decided : appealing);
    if (filled(field.key) && field.requiredWhen && !applies(field)) {
      problems.push({
        field: field.key,
        code: 'not_applicable',
        message: `${field.label.en} does not apply to this ${field.requiredWhen.field}.`,
      });
      continue;
    }
    if (!filled(field.key)) {
      if (field.required && phaseOpen && applies(field)) {
        problems.push({
          field: field.key,
          code: 'field_required',
          message: `Fill in: ${field.label.en}.`,
        });
      }
      continue;
    }
    if (field.type === 'choice') {
      if (!field.options?.some((option) => option.value === value))
        problems.push({
          field: field.key,
          code: 'invalid_choice',
          message: `${field.label.en}: choose one of ${field.options?.map((o) => o.value).join(', ')}.`,
        });
      continue;
    }
    if (field.type !== 'date') {
      if (value!.length > MAX_TEXT)
        problems.push({ field: field.key, code: 'too_long', message: `At most ${MAX_TEXT} characters.` });
      continue;
    }
    if (!isCalendarDate(value)) {
      problems.push({ field: field.key, code: 'invalid_date', message: 'Use a calendar date, YYYY-MM-DD.' });
    } else if (value > today) {
      problems.push({
        field: field.key,
        code: 'date_in_future',
        message: `${field.label.en} is in the future.`,
      });
    } else if (
      field.notBefore &&
      isCalendarDate(values[field.notBefore]) &&
      value < values[field.notBefore]!
    ) {
      problems.push({
        field: field.key,
        code: 'date_order',
        message: `${field.label.en} precedes ${field.notBefore}.`,
      });
    }
  }
  return problems;
}

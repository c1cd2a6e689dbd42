import type { FieldProblemInput } from '../errors.ts';
import { isWithin } from '../../domain/geo/index.ts';
import type { EventFields } from './trafficking-history.schemas.ts';

// Rules an event must satisfy beyond the shape of its fields. Pure: the service turns the problems
// into a 400 with one detail per field, so a form can point at what is wrong.

export type Problem = FieldProblemInput;

/** The first and last calendar day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can mean; null if unreal. */
export function partialDateRange(value: string): { first: string; last: string } | null {
  const [year, month, day] = value.split('-');
  if (day !== undefined) {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return null;
    return { first: value, last: value };
  }
  if (month !== undefined) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${value}-01`, last: `${value}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** Exploitation types whose economic sector HTCDS records (ForcedLabourIndustry, ISIC Rev.4). */
const LABOUR_TYPES = new Set([
  'ForcedLabour',
  'ChildLabour',
  'Servitude',
  'ForcedBegging',
  'ForcedCriminality',
]);

/** Countries whose geography Haven holds: a region there must be one of its own unit codes. */
const HAVEN_COUNTRIES = new Set(['UA', 'MD', 'BY']);

export function eventProblems(event: EventFields, today: string): Problem[] {
  const problems: Problem[] = [];
  const from = partialDateRange(event.dateFrom);
  const to = event.dateTo === null ? null : partialDateRange(event.dateTo);
  if (!from) problems.push({ path: 'body.dateFrom', code: 'date_invalid', message: 'Not a real date.' });
  else if (from.first > today)
    problems.push({ path: 'body.dateFrom', code: 'date_in_future', message: 'The date is in the future.' });
  if (event.dateTo !== null && !to)
    problems.push({ path: 'body.dateTo', code: 'date_invalid', message: 'Not a real date.' });
  if (from && to && to.last < from.first)
    problems.push({
      path: 'body.dateTo',
      code: 'range_reversed',
      message: 'The event ends before it starts.',
    });

  if (event.regionCode !== null) {
    const valid = HAVEN_COUNTRIES.has(event.country)
      ? event.regionCode !== event.country && isWithin(event.regionCode, event.country)
      : new RegExp(`^${event.country}-[A-Z0-9]{1,3}$`).test(event.regionCode);
    if (!valid)
      problems.push({
        path: 'body.regionCode',
        code: 'unknown_reference',
        message: 'Not a region of the event’s country.',
      });
  }

  if (event.type === 'Exploitation' && event.exploitationTypes.length === 0)
    problems.push({
      path: 'body.exploitationTypes',
      code: 'required',
      message: 'Name at least one type of exploitation.',
    });
  if (event.type !== 'Exploitation' && event.exploitationTypes.length > 0)
    problems.push({
      path: 'body.exploitationTypes',
      code: 'not_allowed_here',
      message: 'Only an exploitation event has types.',
    });
  if (event.type !== 'Recruitment' && event.recruitmentMethods.length > 0)
    problems.push({
      path: 'body.recruitmentMethods',
      code: 'not_allowed_here',
      message: 'Only a recruitment event has methods.',
    });
  if (event.labourIndustry !== null && !event.exploitationTypes.some((type) => LABOUR_TYPES.has(type)))
    problems.push({
      path: 'body.labourIndustry',
      code: 'not_allowed_here',
      message: 'An industry needs a labour type of exploitation.',
    });
  if (event.sexExploitationType !== null && !event.exploitationTypes.includes('SexualExploitation'))
    problems.push({
      path: 'body.sexExploitationType',
      code: 'not_allowed_here',
      message: 'Needs SexualExploitation among the types.',
    });
  return problems;
}

import {
  type BirthDateInput,
  birthDateProblems,
  decidePresumption,
  type PresumptionInput,
} from '../../domain/minority/presumption.ts';
import { validationFailed } from '../errors.ts';

// The server side of the presumption of minority (CETS 197 Art. 10(3)): field problems become a 400
// whose details carry the code the web app translates next to the field.

const PATHS = {
  birthDate: 'body.sensitive.birthDate',
  'birthDate.to': 'body.sensitive.birthDate.to',
  presumedMinor: 'body.identity.presumedMinor',
} as const;

export const todayUtc = () => new Date().toISOString().slice(0, 10);

export function assertBirthDate(birth: BirthDateInput, today = todayUtc()): void {
  const problems = birthDateProblems(birth, today);
  if (problems.length > 0)
    throw validationFailed(problems.map((p) => ({ path: PATHS[p.path], code: p.code, message: p.message })));
}

/** Checks the birth date, then decides the flag; throws the 400 the worker must see. */
export function presumedMinorFor(input: Omit<PresumptionInput, 'today'>, today = todayUtc()): boolean {
  assertBirthDate(input.birth, today);
  const decision = decidePresumption({ ...input, today });
  if ('problem' in decision)
    throw validationFailed([
      { path: PATHS[decision.problem.path], code: decision.problem.code, message: decision.problem.message },
    ]);
  return decision.presumedMinor;
}

// Presumption of minority (Council of Europe Convention CETS 197, Art. 10(3)): when the age of a victim
// is uncertain and there are reasons to believe the victim is a child, the person is presumed to be a
// child and treated as one until an age assessment says otherwise. The server decides the flag from the
// birth date and the recorded age assessments; the worker's checkbox can only make the protection wider.

export type BirthDateInput =
  | { kind: 'exact'; date: string }
  | { kind: 'estimated'; from: string; to: string }
  | { kind: 'unknown' };

export const AGE_OF_MAJORITY = 18;
/** Older than this the person cannot be in a child-protection case, even as a young adult still assisted. */
export const OLDEST_BIRTH_AGE = 25;

export type PresumptionProblem = {
  path: 'birthDate' | 'birthDate.to' | 'presumedMinor';
  code:
    | 'date_invalid'
    | 'date_in_future'
    | 'birth_date_too_old'
    | 'range_reversed'
    | 'adult_birth_date_presumed_minor'
    | 'age_assessment_required';
  message: string;
};

/** Whole years between a birth date and a day, both YYYY-MM-DD. */
export function ageOn(birth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
  return day.slice(5) < birth.slice(5) ? years - 1 : years;
}

const isRealDate = (date: string) => {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
};

/** The birth date itself: a real day, not in the future, not more than 25 years ago. */
export function birthDateProblems(birth: BirthDateInput, today: string): PresumptionProblem[] {
  const dates =
    birth.kind === 'exact' ? [birth.date] : birth.kind === 'estimated' ? [birth.from, birth.to] : [];
  for (const date of dates) {
    if (!isRealDate(date)) return [{ path: 'birthDate', code: 'date_invalid', message: 'Not a real date.' }];
    if (date > today)
      return [
        { path: 'birthDate', code: 'date_in_future', message: 'A birth date cannot be in the future.' },
      ];
    if (ageOn(date, today) > OLDEST_BIRTH_AGE)
      return [
        {
          path: 'birthDate',
          code: 'birth_date_too_old',
          message: `A birth date more than ${OLDEST_BIRTH_AGE} years ago is not a child's; check the year.`,
        },
      ];
  }
  if (birth.kind === 'estimated' && birth.from > birth.to)
    return [{ path: 'birthDate.to', code: 'range_reversed', message: 'The range ends before it starts.' }];
  return [];
}

export type PresumptionInput = {
  birth: BirthDateInput;
  /** The documented date is contested (e.g. papers say adult, the child looks and says younger). */
  ageDisputed: boolean;
  /** What the worker asked for; undefined when the request left it out. */
  requested: boolean | undefined;
  /** The case's flag before this change; undefined when the case is being opened. */
  current: boolean | undefined;
  /** The latest recorded age assessment concluded the person is an adult. */
  liftedByAssessment: boolean;
  today: string;
};

export type PresumptionDecision = { presumedMinor: true | false } | { problem: PresumptionProblem };

const assessmentRequired: PresumptionProblem = {
  path: 'presumedMinor',
  code: 'age_assessment_required',
  message:
    'The age is not established, so the person is presumed a child. Only a recorded age assessment can lift the presumption.',
};

export function decidePresumption(input: PresumptionInput): PresumptionDecision {
  const { birth, requested } = input;
  if (birth.kind === 'exact' && !input.ageDisputed) {
    if (ageOn(birth.date, input.today) < AGE_OF_MAJORITY) return { presumedMinor: true };
    if (requested === true)
      return {
        problem: {
          path: 'presumedMinor',
          code: 'adult_birth_date_presumed_minor',
          message:
            'The birth date makes the person an adult. Mark the date as disputed, or correct it, to keep the presumption of minority.',
        },
      };
    // An undisputed adult date ends a presumption only when an assessment backs it (documents are a method).
    if (input.current === true && !input.liftedByAssessment) return { problem: assessmentRequired };
    return { presumedMinor: false };
  }
  // Unknown, estimated or disputed age: the presumption holds until an assessment lifts it.
  if (input.liftedByAssessment) return { presumedMinor: requested ?? input.current ?? false };
  if (requested === false) return { problem: assessmentRequired };
  return { presumedMinor: true };
}

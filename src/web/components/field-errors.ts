import type { TFunction } from 'i18next';
import { type FieldCodeParams, fieldOfPath, isFieldCode } from '../../domain/validation/field-codes.ts';
import { ApiError } from '../api/client.ts';

// A 400 `validation_failed` names each wrong field with a code from a closed set; this turns them into
// the sentences a form shows under its fields (Mantine's `error` prop), in the user's language. The
// server's English and the request path (body.roles.0) never reach the page.

export type FieldProblem = { field: string; code: string; params: FieldCodeParams };

function paramsOf(value: unknown): FieldCodeParams {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    ...(typeof raw.min === 'number' ? { min: raw.min } : {}),
    ...(typeof raw.max === 'number' ? { max: raw.max } : {}),
  };
}

/** The field problems of an error, or none when it is not a validation refusal. */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed' || !Array.isArray(error.details))
    return [];
  return error.details.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const detail = item as { field?: unknown; path?: unknown; code?: unknown; params?: unknown };
    const field =
      typeof detail.field === 'string'
        ? detail.field
        : typeof detail.path === 'string'
          ? fieldOfPath(detail.path)
          : '';
    return [
      {
        field,
        code: isFieldCode(detail.code) ? detail.code : 'invalid_value',
        params: paramsOf(detail.params),
      },
    ];
  });
}

/** Haven's sentence for one problem, in the user's language. */
export const fieldMessage = (t: TFunction, problem: Pick<FieldProblem, 'code' | 'params'>): string =>
  t(`errors.field.${problem.code}`, { ...problem.params, defaultValue: t('errors.field.invalid_value') });

const covers = (field: string, problemField: string) =>
  problemField === field || problemField.startsWith(`${field}.`);

/**
 * The message for a form field (e.g. 'guardianConsent.givenBy', or 'roles' for any of roles.0.scope …),
 * or undefined: pass it straight to the input's `error` prop.
 */
export function fieldError(t: TFunction, error: unknown, field: string): string | undefined {
  const problem = fieldProblems(error).find((p) => covers(field, p.field));
  return problem ? fieldMessage(t, problem) : undefined;
}

/** A form's lookup: `const errorOf = fieldErrorsOf(t, save.error, FIELDS)`, then `error={errorOf('name')}`. */
export function fieldErrorsOf(t: TFunction, error: unknown) {
  return (field: string) => fieldError(t, error, field);
}

/** The problems no field of the form shows (the form lists the fields it shows next to inputs). */
export function problemsOutside(error: unknown, shown: readonly string[]): FieldProblem[] {
  return fieldProblems(error).filter((p) => !shown.some((field) => covers(field, p.field)));
}

// The closed set of codes a 400 `validation_failed` answer may carry per field. The server emits only
// these (the type makes any other a compile error); the web app translates each one as
// `errors.field.<code>` next to the field, so no server sentence and no field path reaches a user.
// `src/web/i18n/field-codes.test.ts` fails when a locale lacks one.

export const FIELD_CODES = [
  // From the request schemas (zod issues, mapped in the server's error handler).
  'required',
  'invalid_type',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_choice',
  'invalid_value',
  'invalid_characters',
  'unknown_field',
  // From Haven's own rules in the services and the domain.
  'unknown_reference',
  'unknown_family_member',
  'unknown_case',
  'already_exists',
  'repeated_value',
  'not_allowed_here',
  'four_eyes',
  'file_empty',
  'search_too_short',
  'date_invalid',
  'invalid_date',
  'date_in_future',
  'date_invalid_or_future',
  'date_too_early',
  'range_reversed',
  // The presumption of minority (domain/minority).
  'birth_date_too_old',
  'adult_birth_date_presumed_minor',
  'age_assessment_required',
  'contradicts_birth_date',
  'informed_before_assessment',
  // Closure evidence (domain/exits).
  'evidence_required',
  'evidence_not_allowed',
  'invalid_country',
  'own_country',
  'contact_too_recent',
  'reported_before_last_contact',
  'not_yet_adult',
  'birth_date_unknown',
  'duplicate_of_itself',
  // Screening answers (domain/screening).
  'unknown_indicator',
  'duplicate_indicator',
  'invalid_evidence_source',
  'indicator_in_other_list',
  // Formal status (domain/status): each country's procedure.
  'procedure_required',
  'outcome_mismatch',
  'not_applicable',
  'appeal_without_refusal',
  // Justice.
  'not_a_charge_against_the_child',
] as const;

export type FieldCode = (typeof FIELD_CODES)[number];

export const isFieldCode = (value: unknown): value is FieldCode =>
  typeof value === 'string' && (FIELD_CODES as readonly string[]).includes(value);

/** Values a translated message may name ({{min}}, {{max}}); nothing from the user's own input. */
export type FieldCodeParams = { min?: number; max?: number };

/** A request path (body.roles.0.scope) as the field a form knows (roles.0.scope). */
export const fieldOfPath = (path: string): string => path.replace(/^(body|querystring|params)(\.|$)/, '');

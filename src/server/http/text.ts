import { z } from 'zod';

// The one string schema of every request and response field. PostgreSQL cannot store a NUL character
// in text (error 22P05) and a lone UTF-16 surrogate is not a character at all: both are refused at the
// edge with a 400 that names the field, instead of reaching the database and becoming a 500.
// `test/api/hostile-strings.test.ts` sends such strings to every endpoint; `test/api/text-schema.test.ts`
// fails when a schema file uses `z.string()` directly.

/** The detail code the web app translates for this refusal. */
export const INVALID_CHARACTERS = 'invalid_characters';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/** `z.string()` that refuses NUL characters and lone surrogates; chain `.min`, `.max`, `.regex` as usual. */
export const text = () =>
  z.string().refine(isStorableText, {
    message: 'This text holds a character that cannot be stored (a NUL or a broken character).',
    params: { code: INVALID_CHARACTERS },
  });

// No server text reaches a user: the web app shows every error code, and every field code a 400 may
// carry, from its own catalogues. This walks the server's closed sets and fails when a locale lacks one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_CODES } from '../../domain/validation/field-codes.ts';
import { LOCALES } from '../api/types.ts';

type Catalogue = { [key: string]: string | Catalogue };
const dir = new URL('./locales/', import.meta.url);
const areas = readdirSync(dir).filter((entry) => statSync(new URL(entry, dir)).isDirectory());
const read = (path: string) => JSON.parse(readFileSync(new URL(path, dir), 'utf8')) as Catalogue;

/** The `errors` section of a locale, as the app merges it from the core and every area catalogue. */
function errorsOf(locale: string): Catalogue {
  const merged: Catalogue = {};
  for (const source of [read(`${locale}.json`), ...areas.map((area) => read(`${area}/${locale}.json`))]) {
    const errors = source.errors;
    if (typeof errors !== 'object') continue;
    for (const [key, value] of Object.entries(errors))
      merged[key] =
        typeof value === 'object' && typeof merged[key] === 'object' ? { ...merged[key], ...value } : value;
  }
  return merged;
}

/** The ErrorCode union, read from the server's source (a type has no runtime list). */
function serverErrorCodes(): string[] {
  const source = readFileSync(new URL('../../server/errors.ts', import.meta.url), 'utf8');
  const start = source.indexOf('export type ErrorCode =');
  const union = source
    .slice(start, source.indexOf('export class AppError', start))
    .replace(/\/\*\*[\s\S]*?\*\//g, '');
  return [...union.matchAll(/\| '([a-z_]+)'/g)].map((m) => m[1] ?? '');
}

describe('error and field codes the server can emit', () => {
  const errorCodes = serverErrorCodes();

  it('reads a plausible list of error codes', () => {
    expect(errorCodes).toContain('validation_failed');
    expect(errorCodes.length).toBeGreaterThan(20);
  });

  for (const locale of LOCALES) {
    it(`${locale} translates every error code and every field code`, () => {
      const errors = errorsOf(locale);
      const field = (errors.field ?? {}) as Catalogue;
      expect(errorCodes.filter((code) => typeof errors[code] !== 'string')).toEqual([]);
      expect(FIELD_CODES.filter((code) => typeof field[code] !== 'string')).toEqual([]);
      // The size codes name their limit, so the message says how many.
      for (const code of ['too_short', 'too_few'] as const) expect(field[code]).toContain('{{min}}');
      for (const code of ['too_long', 'too_many'] as const) expect(field[code]).toContain('{{max}}');
    });
  }
});

// Every error code the server can answer with has one HTTP status (HTTP_STATUS) and a sentence in each of
// the five languages, so that no refusal reaches a user as the server's English text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError, type ErrorCode, HTTP_STATUS } from '../../src/server/errors.ts';

const LOCALES = ['en', 'uk', 'ru', 'ro', 'be'] as const;
const LOCALE_DIR = new URL('../../src/web/i18n/locales/', import.meta.url);
const AREAS = readdirSync(LOCALE_DIR).filter((entry) => statSync(new URL(entry, LOCALE_DIR)).isDirectory());
const errorsOf = (file: URL): Record<string, string> => JSON.parse(readFileSync(file, 'utf8')).errors ?? {};
/** The `errors` section as the app merges it: the core catalogue plus each area's additions. */
const catalogue = (locale: string): Record<string, string> =>
  Object.assign(
    errorsOf(new URL(`${locale}.json`, LOCALE_DIR)),
    ...AREAS.map((area) => errorsOf(new URL(`${area}/${locale}.json`, LOCALE_DIR))),
  );

describe('error codes', () => {
  const codes = Object.keys(HTTP_STATUS) as ErrorCode[];

  it('decide their HTTP status in one table', () => {
    for (const code of codes) expect(new AppError(code, 'x').statusCode).toBe(HTTP_STATUS[code]);
    for (const status of Object.values(HTTP_STATUS)) expect(status >= 400 && status < 600).toBe(true);
  });

  it.each(LOCALES)('are translated in %s', (locale) => {
    const errors = catalogue(locale);
    expect(codes.filter((code) => !errors[code]?.trim())).toEqual([]);
    if (locale !== 'en') {
      const english = catalogue('en');
      expect(codes.filter((code) => errors[code] === english[code])).toEqual([]);
    }
  });
});

describe('docs/api.md', () => {
  it('lists every error code under its status', () => {
    const page = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
    const listed = new Map<string, number>();
    for (const [, status, codes] of page.matchAll(/^\| (\d{3}) \| (.+) \|$/gm))
      for (const [, code] of (codes ?? '').matchAll(/`([a-z_]+)`/g)) listed.set(code ?? '', Number(status));
    expect(Object.fromEntries(listed)).toEqual(HTTP_STATUS);
  });
});

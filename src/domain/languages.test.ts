import { describe, expect, it } from 'vitest';
import {
  findLanguage,
  ISO_639_2_B_TO_T,
  isLanguageCode,
  LANGUAGE_CODES,
  LANGUAGES,
  languageName,
  normaliseLanguageCode,
} from './languages.ts';
import { LOCALES } from './locales.ts';

describe('languages', () => {
  it('has unique three-letter ISO 639-2 codes, named in every locale', () => {
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
    for (const language of LANGUAGES) {
      expect(language.code).toMatch(/^[a-z]{3}$/);
      for (const locale of LOCALES) expect(language.names[locale].trim(), language.code).toBeTruthy();
    }
  });

  it('lists the languages of the three countries and their minorities', () => {
    for (const code of ['ukr', 'rus', 'bel', 'ron', 'gag', 'bul', 'rom', 'crh', 'hun', 'pol', 'sgn']) {
      expect(isLanguageCode(code), code).toBe(true);
    }
  });

  it('maps every bibliographic code to a listed terminology code', () => {
    for (const [bibliographic, terminology] of Object.entries(ISO_639_2_B_TO_T)) {
      expect(isLanguageCode(bibliographic)).toBe(false);
      expect(normaliseLanguageCode(bibliographic)).toBe(terminology);
    }
  });

  it('normalises and names codes', () => {
    expect(normaliseLanguageCode(' RUM ')).toBe('ron');
    expect(normaliseLanguageCode('xyz')).toBeUndefined();
    expect(findLanguage('geo')?.code).toBe('kat');
    expect(languageName('ukr', 'ro')).toBe('ucraineană');
    expect(languageName('xyz', 'en')).toBe('xyz');
  });
});

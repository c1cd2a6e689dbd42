import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locales.ts';
import {
  HTCDS_EXTENSIONS,
  isHtcdsExtension,
  isVocabularyValue,
  TypeOfExploitation,
  VOCABULARIES,
  VOCABULARY_NAMES,
} from './htcds.ts';
import { VOCABULARY_LABELS, vocabularyLabel } from './labels.ts';

describe('HTCDS vocabularies', () => {
  it.each(VOCABULARY_NAMES)('%s has unique values', (name) => {
    const values = VOCABULARIES[name];
    expect(values.length).toBeGreaterThan(0);
    expect(new Set(values).size).toBe(values.length);
  });

  it.each(VOCABULARY_NAMES)('%s has a non-empty label for every value in every locale', (name) => {
    const labels: Record<string, Record<string, string>> = VOCABULARY_LABELS[name];
    for (const value of VOCABULARIES[name]) {
      for (const locale of LOCALES) {
        expect(labels[value]?.[locale]?.trim(), `${name}.${value}.${locale}`).toBeTruthy();
      }
    }
    // No stale labels for values that were removed from the vocabulary.
    expect(Object.keys(labels).sort()).toEqual([...VOCABULARIES[name]].sort());
  });

  it('lists extensions only for values that exist', () => {
    for (const name of VOCABULARY_NAMES) {
      for (const value of HTCDS_EXTENSIONS[name] ?? []) {
        expect(isVocabularyValue(name, value)).toBe(true);
      }
    }
  });

  it('marks ForcedCriminality, and only it, as the exploitation extension', () => {
    expect(isHtcdsExtension('typeOfExploitation', 'ForcedCriminality')).toBe(true);
    const standard = TypeOfExploitation.filter((v) => !isHtcdsExtension('typeOfExploitation', v));
    expect(standard).toHaveLength(TypeOfExploitation.length - 1);
    expect(isHtcdsExtension('gender', 'Feminine')).toBe(false);
  });

  it('covers ISIC Rev.4 sections A to U and ISCED levels 0 to 8', () => {
    expect(VOCABULARIES.forcedLabourIndustry.join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(VOCABULARIES.educationLevel).toHaveLength(9);
  });

  it('labels a value and falls back to the identifier for an unknown one', () => {
    expect(vocabularyLabel('traffickingStatus', 'PossibleVictimOfTrafficking', 'ro')).toBe(
      'Victimă prezumată a traficului de ființe umane',
    );
    expect(vocabularyLabel('caseStatus', 'Archived', 'uk')).toBe('Archived');
  });
});

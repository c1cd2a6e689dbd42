import type { PartialDate } from './compare/dates.ts';

export type Sex = 'm' | 'f';

/** One person as linkage sees it; every field but id may be absent. Names may be in any script. */
export interface PersonRecord {
  id: string;
  givenName?: string;
  familyName?: string;
  patronymic?: string;
  sex?: Sex;
  birthDate?: PartialDate;
  birthPlace?: string;
  citizenship?: string;
}

// Spellings of sex seen on forms in the three countries (en, uk/ru/be, ro); anything else is an error
// for the caller to report rather than a silent "unknown".
const SEX_WORDS: Record<string, Sex | null> = {
  m: 'm',
  male: 'm',
  man: 'm',
  boy: 'm',
  ч: 'm',
  м: 'm',
  чол: 'm',
  муж: 'm',
  мужской: 'm',
  чоловіча: 'm',
  b: 'm',
  masculin: 'm',
  bărbătesc: 'm',
  f: 'f',
  female: 'f',
  girl: 'f',
  w: 'f',
  ж: 'f',
  жін: 'f',
  жен: 'f',
  женский: 'f',
  жіноча: 'f',
  жаночы: 'f',
  мужчынскі: 'm',
  feminin: 'f',
  u: null,
  x: null,
  unknown: null,
  '?': null,
};

/** 'm' | 'f', null for an explicit "unknown", undefined when the word is not recognised. */
export function parseSex(text: string): Sex | null | undefined {
  return SEX_WORDS[text.trim().toLowerCase().replace(/\.$/, '')];
}

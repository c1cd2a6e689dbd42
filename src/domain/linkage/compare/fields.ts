import { sharePhoneticCode } from '../names/daitch-mokotoff.ts';
import { givenNameGroups, shareGivenNameGroup } from '../names/given-names.ts';
import type { NormalisedNames } from '../names/person-name.ts';
import type { PreparedRecord } from '../prepare.ts';
import { compareDates } from './dates.ts';
import { jaroWinkler } from './jaro-winkler.ts';

// Agreement levels per field, best first. A comparison yields one level index per field, or MISSING
// when either side is empty (missing values carry no evidence either way in Fellegi–Sunter).
export const FIELD_LEVELS = {
  givenName: ['exact', 'equivalent', 'similar', 'phonetic', 'partial', 'disagree'],
  familyName: ['exact', 'one-of-several', 'similar', 'phonetic', 'partial', 'disagree'],
  patronymic: ['exact', 'equivalent', 'similar', 'disagree'],
  sex: ['agree', 'disagree'],
  birthDate: [
    'exact',
    'day-month-swapped',
    'one-digit-off',
    'same-year-partial',
    'year-off-by-one',
    'disagree',
  ],
  birthPlace: ['exact', 'similar', 'disagree'],
  citizenship: ['agree', 'disagree'],
} as const;

export type FieldName = keyof typeof FIELD_LEVELS;
export const FIELDS = Object.keys(FIELD_LEVELS) as FieldName[];
export const MISSING = -1;

/** One level index per field, in FIELDS order. */
export type ComparisonVector = Int8Array;

// Thresholds on Jaro–Winkler of skeletons: 0.92 catches one typo in a 6–8 letter name, 0.80 two.
const SIMILAR = 0.92;
const PARTIAL = 0.8;

function bestJaroWinkler(
  a: readonly string[],
  b: readonly string[],
  joinedA: string,
  joinedB: string,
): number {
  let best = jaroWinkler(joinedA, joinedB);
  for (const x of a) for (const y of b) best = Math.max(best, jaroWinkler(x, y));
  return best;
}

function compareGiven(a: NormalisedNames, b: NormalisedNames, joinedA: string, joinedB: string): number {
  if (a.given.length === 0 || b.given.length === 0) return MISSING;
  if (joinedA === joinedB || a.given.some((w) => b.given.includes(w))) return 0;
  if (shareGivenNameGroup(a.givenGroups, b.givenGroups)) return 1;
  const jw = bestJaroWinkler(a.given, b.given, joinedA, joinedB);
  if (jw >= SIMILAR) return 2;
  if (sharePhoneticCode(a.givenPhonetic, b.givenPhonetic)) return 3;
  return jw >= PARTIAL ? 4 : 5;
}

function compareFamily(a: NormalisedNames, b: NormalisedNames, joinedA: string, joinedB: string): number {
  if (a.family.length === 0 || b.family.length === 0) return MISSING;
  if (joinedA === joinedB) return 0;
  // Double surnames and maiden names: one shared word is strong but weaker than the whole name.
  if (a.family.some((w) => w.length > 1 && b.family.includes(w))) return 1;
  const jw = bestJaroWinkler(a.family, b.family, joinedA, joinedB);
  if (jw >= SIMILAR) return 2;
  if (sharePhoneticCode(a.familyPhonetic, b.familyPhonetic)) return 3;
  return jw >= PARTIAL ? 4 : 5;
}

function comparePatronymic(a: NormalisedNames, b: NormalisedNames): number {
  if (a.patronymic === undefined || b.patronymic === undefined) return MISSING;
  if (a.patronymic === b.patronymic) return 0;
  if (shareGivenNameGroup(a.patronymicGroups, b.patronymicGroups)) return 1;
  return jaroWinkler(a.patronymic, b.patronymic) >= 0.9 ? 2 : 3;
}

function comparePlace(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return MISSING;
  if (a.some((w) => b.includes(w))) return 0;
  return bestJaroWinkler(a, b, a.join(''), b.join('')) >= 0.88 ? 1 : 2;
}

const DATE_LEVEL: Record<string, number> = Object.fromEntries(FIELD_LEVELS.birthDate.map((l, i) => [l, i]));

function compareSimple<T>(a: T | undefined, b: T | undefined): number {
  if (a === undefined || b === undefined) return MISSING;
  return a === b ? 0 : 1;
}

function namesVector(a: PreparedRecord, b: PreparedRecord, swapped: boolean): [number, number] {
  if (!swapped) {
    return [
      compareGiven(a.names, b.names, a.givenJoined, b.givenJoined),
      compareFamily(a.names, b.names, a.familyJoined, b.familyJoined),
    ];
  }
  // Given and family name entered in each other's cells (common when a document lists surname first).
  const bSwapped: NormalisedNames = {
    ...b.names,
    given: b.names.family,
    givenGroups: b.names.family.flatMap((w) => givenNameGroups(w)),
    givenPhonetic: b.names.familyPhonetic,
    family: b.names.given,
    familyPhonetic: b.names.givenPhonetic,
  };
  return [
    compareGiven(a.names, bSwapped, a.givenJoined, b.familyJoined),
    compareFamily(a.names, bSwapped, a.familyJoined, b.givenJoined),
  ];
}

export function compareRecords(a: PreparedRecord, b: PreparedRecord): ComparisonVector {
  let [given, family] = namesVector(a, b, false);
  if (given >= 3 && family >= 3) {
    const [sg, sf] = namesVector(a, b, true);
    if (sg >= 0 && sf >= 0 && sg <= 2 && sf <= 2) [given, family] = [sg, sf];
  }
  const date = compareDates(a.birthDate, b.birthDate);
  return Int8Array.of(
    given,
    family,
    comparePatronymic(a.names, b.names),
    compareSimple(a.sex, b.sex),
    date === 'missing' ? MISSING : DATE_LEVEL[date]!,
    comparePlace(a.birthPlace, b.birthPlace),
    compareSimple(a.citizenship, b.citizenship),
  );
}

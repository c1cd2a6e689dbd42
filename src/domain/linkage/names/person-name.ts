import { daitchMokotoff } from './daitch-mokotoff.ts';
import { canonicalGivenName, givenNameGroups } from './given-names.ts';
import { looksLikePatronymic, patronymicGroups } from './patronymic.ts';
import { skeleton } from './transliterate.ts';

/** Names of one person, folded for comparison; all word lists are skeletons. */
export interface NormalisedNames {
  given: string[];
  givenGroups: string[];
  givenPhonetic: string[];
  family: string[];
  familyPhonetic: string[];
  patronymic: string | undefined;
  patronymicGroups: readonly string[];
}

// Words that introduce a maiden or former name inside a family-name cell ("Popescu (născută Rusu)",
// "Іванова, уроджена Петренко", "Smith née Jones"); compared as skeletons like everything else.
const NAME_MARKERS = new Set(
  [
    'née',
    'născută',
    'născut',
    'born',
    'maiden',
    'урождённая',
    'урожденная',
    'урожд',
    'уроджена',
    'уродж',
    'дев',
    'fostă',
    'formerly',
  ].map(skeleton),
);

function words(text: string | undefined): string[] {
  if (!text) return [];
  return skeleton(text)
    .split(' ')
    .filter((w) => w.length > 0 && !NAME_MARKERS.has(w));
}

export function normaliseNames(given?: string, family?: string, patronymic?: string): NormalisedNames {
  let givenWords = words(given);
  let patronymicWord = words(patronymic).join('') || undefined;
  // "Іван Петрович" typed into the given-name cell: the second word is the patronymic.
  if (patronymicWord === undefined && givenWords.length > 1) {
    const last = givenWords[givenWords.length - 1]!;
    if (looksLikePatronymic(last)) {
      patronymicWord = last;
      givenWords = givenWords.slice(0, -1);
    }
  }
  const familyWords = words(family);
  return {
    given: givenWords,
    givenGroups: [...new Set(givenWords.flatMap((w) => givenNameGroups(w)))],
    givenPhonetic: [...new Set(givenWords.flatMap(daitchMokotoff))],
    family: familyWords,
    familyPhonetic: [...new Set(familyWords.flatMap(daitchMokotoff))],
    patronymic: patronymicWord,
    patronymicGroups: patronymicWord ? patronymicGroups(patronymicWord) : [],
  };
}

/** Canonical given-name words (dictionary headwords where known): what encodings and blocking use. */
export function canonicalGivenWords(names: NormalisedNames): string[] {
  return names.given.map(canonicalGivenName);
}

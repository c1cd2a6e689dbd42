import { daitchMokotoff } from '../../domain/linkage/names/daitch-mokotoff.ts';
import { givenNameGroups } from '../../domain/linkage/names/given-names.ts';
import { skeleton } from '../../domain/linkage/names/transliterate.ts';
import { letterCount, PREFIX_MIN_LETTERS, typedWords } from './name-search.ts';

// How well a child's recorded names answer a search, once the blind index found the candidates: each
// word typed is held against every name word of the record (all its names, and those of records merged
// into it) and keeps its best match. Exact spelling beats the same name in another script or
// transliteration, which beats a given-name equivalent, a beginning, and a name that only sounds alike.

const FIELDS = ['family-name', 'given-name', 'patronymic'] as const;
type Field = (typeof FIELDS)[number];
const QUALITIES = ['exact', 'transliteration', 'equivalent', 'prefix', 'sounds-like'] as const;
type Quality = (typeof QUALITIES)[number];

/** Why a search result matched, as codes the web translates. */
export const MATCH_REASONS = [
  'case-code',
  ...FIELDS.flatMap((field) =>
    QUALITIES.filter((quality) => quality !== 'equivalent' || field === 'given-name').map(
      (quality) => `${field}-${quality}` as const,
    ),
  ),
] as const;
export type MatchReason = (typeof MATCH_REASONS)[number];

const POINTS: Record<Quality, number> = {
  exact: 16,
  transliteration: 8,
  equivalent: 4,
  prefix: 2,
  'sounds-like': 1,
};

const APOSTROPHES = /['’ʼ`´‘"]/g;

/** The spelling itself, ignoring only case, apostrophes and Unicode composition. */
function exactForm(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase().replace(APOSTROPHES, '');
}

type Word = { exact: string; skeleton: string; letters: number; groups: readonly string[]; codes: string[] };

// Folding a word (skeleton, dictionary groups, phonetic codes) costs far more than comparing: a search
// meets the same few hundred name words again and again, so each is analysed once. Bounded, and only
// in this process's memory.
const ANALYSED = new Map<string, Word>();
const ANALYSED_MAX = 20_000;

function wordOf(typed: string): Word {
  const known = ANALYSED.get(typed);
  if (known) return known;
  const folded = skeleton(typed).replaceAll(' ', '');
  const word = {
    exact: exactForm(typed),
    skeleton: folded,
    letters: letterCount(typed),
    groups: givenNameGroups(folded),
    codes: daitchMokotoff(folded),
  };
  if (ANALYSED.size >= ANALYSED_MAX) ANALYSED.clear();
  ANALYSED.set(typed, word);
  return word;
}

type Name = { given?: string; family?: string; patronymic?: string };

function recordWords(names: ReadonlyArray<Name>): Array<{ field: Field; word: Word }> {
  const out: Array<{ field: Field; word: Word }> = [];
  for (const name of names) {
    for (const [field, text] of [
      ['family-name', name.family],
      ['given-name', name.given],
      ['patronymic', name.patronymic],
    ] as const)
      for (const typed of typedWords(text ?? '')) out.push({ field, word: wordOf(typed) });
  }
  return out;
}

function qualityOf(typed: Word, recorded: Word, field: Field): Quality | null {
  if (typed.exact === recorded.exact) return 'exact';
  if (typed.skeleton === recorded.skeleton) return 'transliteration';
  if (field === 'given-name' && typed.groups.some((group) => recorded.groups.includes(group)))
    return 'equivalent';
  if (
    typed.letters >= PREFIX_MIN_LETTERS &&
    (recorded.exact.startsWith(typed.exact) || recorded.skeleton.startsWith(typed.skeleton))
  )
    return 'prefix';
  if (typed.codes.some((code) => recorded.codes.includes(code))) return 'sounds-like';
  return null;
}

export type NameMatch = { score: number; matchedOn: MatchReason[] };

/** The best match of each word typed against the record's names; a word matching nothing adds nothing. */
export function rankNames(query: string, names: ReadonlyArray<Name>): NameMatch {
  const recorded = recordWords(names);
  let score = 0;
  const matchedOn = new Set<MatchReason>();
  for (const typed of typedWords(query).map(wordOf)) {
    let best: { quality: Quality; field: Field } | null = null;
    for (const { field, word } of recorded) {
      const quality = qualityOf(typed, word, field);
      if (quality && (!best || POINTS[quality] > POINTS[best.quality])) best = { quality, field };
    }
    if (!best) continue;
    score += POINTS[best.quality];
    matchedOn.add(`${best.field}-${best.quality}` as MatchReason);
  }
  return { score, matchedOn: [...matchedOn] };
}

/**
 * A case code typed whole ("UA-2026-000123", any case, dashes or spaces optional), without its country
 * ("2026-000123"), or just its number ("123", "000123"): the end of the code it must have. Null when
 * the text is not a code (then it is a name).
 */
export function caseCodeQuery(query: string): { exact: string } | { endsWith: string } | null {
  const compact = query
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '');
  const whole = /^([A-Z]{2})(\d{4})(\d{6})$/.exec(compact);
  if (whole) return { exact: `${whole[1]}-${whole[2]}-${whole[3]}` };
  const yearNumber = /^(\d{4})(\d{6})$/.exec(compact);
  if (yearNumber) return { endsWith: `-${yearNumber[1]}-${yearNumber[2]}` };
  if (/^\d{1,6}$/.test(compact)) return { endsWith: `-${compact.padStart(6, '0')}` };
  return null;
}

import { normaliseNames } from '../../domain/linkage/names/person-name.ts';
import { skeleton } from '../../domain/linkage/names/transliterate.ts';
import { daitchMokotoff } from '../../domain/linkage/names/daitch-mokotoff.ts';
import { givenNameGroups } from '../../domain/linkage/names/given-names.ts';

// Search keys for finding a child whatever script or transliteration is typed. Each name word gives
// its folded skeleton (w:), its given-name equivalence groups (g:, Олександр = Aleksandr = Alexandru),
// its Daitch–Mokotoff codes (p:) and the beginnings of its skeleton from three letters on (x:, so that
// "Гол" finds Головко). Keys are stored only as keyed hashes (blind index), so the database holds
// nothing readable; a query is folded the same way and matched by set overlap.

type Name = { given?: string; family?: string; patronymic?: string };

/** Shortest beginning of a name that searches by prefix: two letters would match half the register. */
export const PREFIX_MIN_LETTERS = 3;
/** Longer beginnings add keys without telling names apart any better. */
const PREFIX_MAX_LETTERS = 12;

/**
 * Bumped whenever nameKeys() starts to derive a new kind of key: the server then recomputes the keys
 * of the cases already stored (refreshSearchKeys), or old cases would not be found the new way.
 */
export const NAME_KEYS_VERSION = 2;

function prefixKeys(word: string): string[] {
  const keys: string[] = [];
  for (let length = PREFIX_MIN_LETTERS; length < Math.min(word.length, PREFIX_MAX_LETTERS + 1); length++)
    keys.push(`x:${word.slice(0, length)}`);
  return keys;
}

export function nameKeys(names: ReadonlyArray<Name>): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const normalised = normaliseNames(name.given, name.family, name.patronymic);
    const words = [...normalised.given, ...normalised.family];
    if (normalised.patronymic) words.push(normalised.patronymic);
    for (const word of words) {
      keys.add(`w:${word}`);
      for (const key of prefixKeys(word)) keys.add(key);
    }
    for (const group of normalised.givenGroups) keys.add(`g:${group}`);
    for (const code of [...normalised.givenPhonetic, ...normalised.familyPhonetic]) keys.add(`p:${code}`);
  }
  return [...keys];
}

/** Name words as typed: the separators a name cell uses, at most six words. */
export function typedWords(query: string): string[] {
  return query
    .split(/[\s\-/(),.]+/u)
    .filter((word) => skeleton(word).length >= 2)
    .slice(0, 6);
}

/** Letters typed in a word (marks, apostrophes and digits do not count). */
export function letterCount(word: string): number {
  return word.match(/\p{L}/gu)?.length ?? 0;
}

/** For each word typed, the keys any of which a matching record must hold. */
export function queryKeys(query: string): Array<{ exact: string[]; loose: string[] }> {
  return typedWords(query).map((typed) => {
    const word = skeleton(typed).replaceAll(' ', '');
    const prefix = letterCount(typed) >= PREFIX_MIN_LETTERS && word.length >= PREFIX_MIN_LETTERS;
    return {
      exact: [`w:${word}`, ...givenNameGroups(word).map((group) => `g:${group}`)],
      loose: [...daitchMokotoff(word).map((code) => `p:${code}`), ...(prefix ? [`x:${word}`] : [])],
    };
  });
}

/** Exact lookup key for "same names and birth date" (duplicate checks and exact search). */
export function nameBirthKey(names: ReadonlyArray<Name>, birthDate: string | null): string | null {
  const first = names[0];
  if (!first || !birthDate) return null;
  const normalised = normaliseNames(first.given, first.family, first.patronymic);
  if (normalised.family.length === 0) return null;
  return `${[...normalised.givenGroups].sort().join('+') || normalised.given.join('+')}|${normalised.family.join('+')}|${birthDate}`;
}

import { normaliseNames } from '../../domain/linkage/names/person-name.ts';
import { skeleton } from '../../domain/linkage/names/transliterate.ts';
import { daitchMokotoff } from '../../domain/linkage/names/daitch-mokotoff.ts';
import { givenNameGroups } from '../../domain/linkage/names/given-names.ts';

// Search keys for finding a child whatever script or transliteration is typed. Each name word gives
// its folded skeleton (w:), its given-name equivalence groups (g:, Олександр = Aleksandr = Alexandru)
// and its Daitch–Mokotoff codes (p:). Keys are stored only as keyed hashes (blind index), so the
// database holds nothing readable; a query is folded the same way and matched by set overlap.

type Name = { given?: string; family?: string; patronymic?: string };

export function nameKeys(names: ReadonlyArray<Name>): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const normalised = normaliseNames(name.given, name.family, name.patronymic);
    for (const word of [...normalised.given, ...normalised.family]) keys.add(`w:${word}`);
    if (normalised.patronymic) keys.add(`w:${normalised.patronymic}`);
    for (const group of normalised.givenGroups) keys.add(`g:${group}`);
    for (const code of [...normalised.givenPhonetic, ...normalised.familyPhonetic]) keys.add(`p:${code}`);
  }
  return [...keys];
}

/** For each word typed, the keys any of which a matching record must hold. */
export function queryKeys(query: string): Array<{ exact: string[]; loose: string[] }> {
  return skeleton(query)
    .split(' ')
    .filter((word) => word.length >= 2)
    .slice(0, 6)
    .map((word) => ({
      exact: [`w:${word}`, ...givenNameGroups(word).map((group) => `g:${group}`)],
      loose: daitchMokotoff(word).map((code) => `p:${code}`),
    }));
}

/** Exact lookup key for "same names and birth date" (duplicate checks and exact search). */
export function nameBirthKey(names: ReadonlyArray<Name>, birthDate: string | null): string | null {
  const first = names[0];
  if (!first || !birthDate) return null;
  const normalised = normaliseNames(first.given, first.family, first.patronymic);
  if (normalised.family.length === 0) return null;
  return `${[...normalised.givenGroups].sort().join('+') || normalised.given.join('+')}|${normalised.family.join('+')}|${birthDate}`;
}

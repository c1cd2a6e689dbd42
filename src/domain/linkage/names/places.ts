import { COUNTRY_GROUPS, PLACE_GROUPS } from './places.data.ts';
import { skeleton } from './transliterate.ts';

function groupIndex(lines: readonly string[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const line of lines) {
    const [id, ...variants] = line.split(' ');
    for (const v of [id!, ...variants]) index.set(skeleton(v).replace(/ /g, ''), id!);
  }
  return index;
}

const PLACE_BY_SKELETON = groupIndex(PLACE_GROUPS);
const COUNTRY_BY_SKELETON = groupIndex(COUNTRY_GROUPS);

// Settlement-type and district words written before or after a place name (м., г., с., смт, or.,
// s., r-n, обл.) in the three countries; they say nothing about which place it is.
const PLACE_NOISE = new Set([
  'm',
  'misto',
  'g',
  'gorod',
  'gor',
  's',
  'selo',
  'sela',
  'smt',
  'pgt',
  'or',
  'orash',
  'orashul',
  'sat',
  'satul',
  'mun',
  'munichipiul',
  'rn',
  'raion',
  'raionu',
  'raionul',
  'obl',
  'oblast',
  'region',
  'city',
  'village',
  'ag',
  'vesk',
  'horad',
  'v',
  'r',
  'n',
  'com',
  'comuna',
]);

/** Words of a place name (skeletons) with settlement-type words and known country names removed. */
export function normalisePlace(text: string | undefined): string[] {
  if (!text) return [];
  return skeleton(text)
    .split(' ')
    .filter((w) => w.length > 0 && !PLACE_NOISE.has(w) && !COUNTRY_BY_SKELETON.has(w))
    .map((w) => PLACE_BY_SKELETON.get(w) ?? w);
}

/** ISO 3166 alpha-2 code where the country is known, else the skeleton of what was written. */
export function normaliseCountry(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const key = skeleton(text).replace(/ /g, '');
  if (key.length === 0) return undefined;
  return COUNTRY_BY_SKELETON.get(key) ?? key;
}

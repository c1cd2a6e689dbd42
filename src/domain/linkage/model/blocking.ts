import { canonicalGivenName } from '../names/given-names.ts';
import type { PreparedRecord } from '../prepare.ts';

// Blocking keys: a pair is compared only if it shares at least one key. Several independent passes
// mean a duplicate is lost only when every pass is broken at once (e.g. a family-name typo that changes
// its phonetic code AND a wrong birth date AND a given name unknown to the dictionary).
export function blockingKeys(r: PreparedRecord): string[] {
  const keys: string[] = [];
  const given = r.names.given.map(canonicalGivenName);
  const familyCodes = r.names.familyPhonetic;
  const date = r.birthDate;
  const year = date ? String(date.year) : undefined;
  for (const g of given) {
    for (const code of familyCodes) keys.push(`gf:${g}|${code}`);
    if (year) keys.push(`gy:${g}|${year}`);
  }
  for (const code of familyCodes) {
    if (year) keys.push(`fy:${code}|${year}`);
    if (date?.month !== undefined) keys.push(`fm:${code}|${date.month}`); // survives a wrong year
  }
  // names entered in each other's cells produce the same gf key as the unswapped record
  for (const f of r.names.family)
    for (const code of r.names.givenPhonetic) keys.push(`gf:${canonicalGivenName(f)}|${code}`);
  const father = r.names.patronymicGroups[0];
  if (father) for (const g of given) keys.push(`gp:${g}|${father}`);
  if (date?.month !== undefined && date.day !== undefined) {
    // the exact date catches records whose names were entered swapped or in an unknown language form
    keys.push(`d:${date.year}-${date.month}-${date.day}`);
  }
  if (r.familyJoined.length >= 3 && r.givenJoined.length >= 1) {
    keys.push(`fg:${r.familyJoined.slice(0, 3)}|${r.givenJoined[0]}`);
  }
  return [...new Set(keys)];
}

/** Keys whose buckets exceed this many records are skipped: they would not discriminate anyway. */
export const DEFAULT_MAX_BUCKET = 5_000;

function bucketise(records: readonly PreparedRecord[]): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const key of blockingKeys(r)) {
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  return buckets;
}

/**
 * Candidate pairs as [leftIndex, rightIndex]. Without `right`, pairs within `left` (i < j) for
 * de-duplication. Each pair appears once.
 */
export function candidatePairs(
  left: readonly PreparedRecord[],
  right?: readonly PreparedRecord[],
  maxBucket = DEFAULT_MAX_BUCKET,
): Array<[number, number]> {
  const rightBuckets = bucketise(right ?? left);
  const pairs: Array<[number, number]> = [];
  const seen = new Set<number>();
  left.forEach((r, i) => {
    seen.clear();
    for (const key of blockingKeys(r)) {
      const bucket = rightBuckets.get(key);
      if (!bucket || bucket.length > maxBucket) continue;
      for (const j of bucket) {
        if (right === undefined && j <= i) continue;
        if (seen.has(j)) continue;
        seen.add(j);
        pairs.push([i, j]);
      }
    }
  });
  return pairs;
}

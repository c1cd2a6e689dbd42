import { canonicalGivenName } from '../names/given-names.ts';
import type { FieldName } from '../compare/fields.ts';
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

/**
 * Blocking rules (the key prefix) and the fields each one requires to agree. Pairs found by a rule say
 * nothing about how often true duplicates agree on the rule's own fields (they agree by construction),
 * so a field's m is estimated only from pairs found by a rule that does not use it.
 */
export const BLOCKING_RULES = {
  gf: ['givenName', 'familyName'],
  gy: ['givenName', 'birthDate'],
  fy: ['familyName', 'birthDate'],
  fm: ['familyName', 'birthDate'],
  gp: ['givenName', 'patronymic'],
  d: ['birthDate'],
  fg: ['familyName', 'givenName'],
} as const satisfies Record<string, readonly FieldName[]>;

export type BlockingRule = keyof typeof BLOCKING_RULES;
export const RULE_NAMES = Object.keys(BLOCKING_RULES) as BlockingRule[];

/** Bit mask of the rules that do not use `field`: a pair found by one of them can train its m. */
export function rulesWithout(field: FieldName): number {
  let mask = 0;
  RULE_NAMES.forEach((rule, bit) => {
    if (!(BLOCKING_RULES[rule] as readonly FieldName[]).includes(field)) mask |= 1 << bit;
  });
  return mask;
}

function ruleBit(key: string): number {
  return 1 << RULE_NAMES.indexOf(key.slice(0, key.indexOf(':')) as BlockingRule);
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

/** Candidate pairs and, for each, the bit mask of the blocking rules that found it (see RULE_NAMES). */
export interface Candidates {
  pairs: Array<[number, number]>;
  rules: Uint8Array;
}

/**
 * Candidate pairs as [leftIndex, rightIndex]. Without `right`, pairs within `left` (i < j) for
 * de-duplication. Each pair appears once.
 */
export function candidatePairs(
  left: readonly PreparedRecord[],
  right?: readonly PreparedRecord[],
  maxBucket = DEFAULT_MAX_BUCKET,
): Candidates {
  const rightBuckets = bucketise(right ?? left);
  const pairs: Array<[number, number]> = [];
  const rules: number[] = [];
  const seen = new Map<number, number>();
  left.forEach((r, i) => {
    seen.clear();
    for (const key of blockingKeys(r)) {
      const bucket = rightBuckets.get(key);
      if (!bucket || bucket.length > maxBucket) continue;
      const bit = ruleBit(key);
      for (const j of bucket) {
        if (right === undefined && j <= i) continue;
        const at = seen.get(j);
        if (at !== undefined) {
          rules[at]! |= bit;
          continue;
        }
        seen.set(j, pairs.length);
        pairs.push([i, j]);
        rules.push(bit);
      }
    }
  });
  return { pairs, rules: Uint8Array.from(rules) };
}

import { GIVEN_NAME_GROUPS } from './given-names.data.ts';
import { skeleton } from './transliterate.ts';

export type NameSex = 'm' | 'f';

// Skeleton of each variant → ids of the groups it belongs to. Built once at module load; the data is
// small (a few hundred variants) so this costs well under a millisecond.
const GROUPS_BY_SKELETON = new Map<string, string[]>();
const SEX_BY_GROUP = new Map<string, NameSex>();

for (const [groupId, sex, variants] of GIVEN_NAME_GROUPS) {
  SEX_BY_GROUP.set(groupId, sex);
  for (const variant of [groupId, ...variants.split(/\s+/)]) {
    const key = skeleton(variant).replace(/ /g, '');
    if (key.length === 0) continue;
    const groups = GROUPS_BY_SKELETON.get(key) ?? [];
    if (!groups.includes(groupId)) groups.push(groupId);
    GROUPS_BY_SKELETON.set(key, groups);
  }
}

const NO_GROUPS: readonly string[] = [];

/** Equivalence groups of one given-name word (already a skeleton), empty when the name is unknown. */
export function givenNameGroups(skeletonWord: string): readonly string[] {
  return GROUPS_BY_SKELETON.get(skeletonWord) ?? NO_GROUPS;
}

/** The group's sex, for callers that want to infer a missing sex from the name. */
export function givenNameGroupSex(groupId: string): NameSex | undefined {
  return SEX_BY_GROUP.get(groupId);
}

/**
 * A stable representative for a given-name word: the first group's id when the dictionary knows the
 * name, else the skeleton itself. Privacy-preserving encodings hash this, so that Олександр and
 * Alexandru set the same bits.
 */
export function canonicalGivenName(skeletonWord: string): string {
  return givenNameGroups(skeletonWord)[0] ?? skeletonWord;
}

export function shareGivenNameGroup(a: readonly string[], b: readonly string[]): boolean {
  for (const g of a) if (b.includes(g)) return true;
  return false;
}

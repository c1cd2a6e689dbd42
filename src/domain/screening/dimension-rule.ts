import type { Grade } from './dimensions.ts';

export type GradeCounts = Record<Grade, number>;

/**
 * When a dimension is positive: any one combination reached, counting at least that many indicators
 * of each grade. Kept as data because DOMAIN §4 marks the wording for verification against the
 * ILO/EC text. "At least" on each grade means adding an indicator never turns a dimension negative.
 */
export const DIMENSION_POSITIVE_COMBINATIONS: readonly Partial<GradeCounts>[] = [
  { strong: 2 },
  { strong: 1, medium: 1 },
  { strong: 1, weak: 1 },
  { medium: 3 },
  { medium: 2, weak: 1 },
];

/** The first combination the counts reach, or null. */
export function matchingCombination(
  counts: GradeCounts,
  combinations: readonly Partial<GradeCounts>[] = DIMENSION_POSITIVE_COMBINATIONS,
): Partial<GradeCounts> | null {
  return (
    combinations.find((combination) =>
      (Object.entries(combination) as [Grade, number][]).every(([grade, needed]) => counts[grade] >= needed),
    ) ?? null
  );
}

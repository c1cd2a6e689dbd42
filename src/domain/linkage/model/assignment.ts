/** A scored pair of record indices. */
export interface IndexPair {
  left: number;
  right: number;
  score: number;
}

/**
 * One-to-one assignment: greedily accept the best-scoring remaining pair whose two records are both
 * still free. Greedy is what anonlink uses; it is within a factor of 2 of the optimal total and, on
 * linkage data where true pairs score far above their rivals, almost always equal to it.
 */
export function greedyOneToOne<T extends IndexPair>(pairs: readonly T[]): T[] {
  const sorted = [...pairs].sort((a, b) => b.score - a.score || a.left - b.left || a.right - b.right);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const chosen: T[] = [];
  for (const p of sorted) {
    if (usedLeft.has(p.left) || usedRight.has(p.right)) continue;
    usedLeft.add(p.left);
    usedRight.add(p.right);
    chosen.push(p);
  }
  return chosen;
}

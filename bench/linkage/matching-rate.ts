// The comparison rate of the path that matching uses (matchEncoded on real blocked data), and, for the
// record, of the earlier path (each left record's candidates gathered by index from the whole file).
import {
  CLK_BYTES,
  type ClkSet,
  type EncodedMatchStats,
  matchEncoded,
} from '../../src/domain/linkage/clk/match-encoded.ts';
import { instantiatePopcount } from '../../src/domain/linkage/clk/popcount-wasm.ts';
import { cpuSeconds } from './kernels.ts';

/** Distinct candidate pairs (sharing a token whose right bucket has at most maxBucket records). */
function candidates(
  left: ClkSet,
  right: ClkSet,
  maxBucket: number,
): { start: Uint32Array; items: Uint32Array } {
  const buckets = new Map<string, number[]>();
  right.blocks.forEach((tokens, j) => {
    for (const t of new Set(tokens)) {
      const list = buckets.get(t);
      if (list) list.push(j);
      else buckets.set(t, [j]);
    }
  });
  const seen = new Int32Array(right.ids.length).fill(-1);
  const start = new Uint32Array(left.ids.length + 1);
  let items = new Uint32Array(1 << 20);
  let n = 0;
  left.blocks.forEach((tokens, i) => {
    for (const t of tokens) {
      const list = buckets.get(t);
      if (!list || list.length > maxBucket) continue;
      for (const j of list) {
        if (seen[j] === i) continue;
        seen[j] = i;
        if (n === items.length) {
          const grown = new Uint32Array(2 * n);
          grown.set(items);
          items = grown;
        }
        items[n++] = j;
      }
    }
    start[i + 1] = n;
  });
  return { start, items: items.subarray(0, n) };
}

/** CPU seconds of the earlier comparison loop: indexed kernel over each left record's candidates, scored. */
function indexedSeconds(left: ClkSet, right: ClkSet, c: { start: Uint32Array; items: Uint32Array }): number {
  const m = instantiatePopcount();
  const rightAt = left.clks.length;
  const idxAt = rightAt + right.clks.length;
  const outAt = idxAt + 4 * right.ids.length;
  m.memory.grow(Math.ceil((outAt + 4 * right.ids.length) / 65536));
  const memory = new Uint8Array(m.memory.buffer);
  memory.set(left.clks, 0);
  memory.set(right.clks, rightAt);
  m.kernels.popcount_contiguous(0, 0, left.ids.length, outAt);
  const leftCounts = new Uint32Array(m.memory.buffer, outAt, left.ids.length).slice();
  m.kernels.popcount_contiguous(0, rightAt, right.ids.length, outAt);
  const rightCounts = new Uint32Array(m.memory.buffer, outAt, right.ids.length).slice();
  const idx = new Uint32Array(m.memory.buffer, idxAt, right.ids.length);
  const out = new Uint32Array(m.memory.buffer, outAt, right.ids.length);
  let above = 0;
  const started = cpuSeconds();
  for (let i = 0; i < left.ids.length; i++) {
    const n = c.start[i + 1]! - c.start[i]!;
    idx.set(c.items.subarray(c.start[i]!, c.start[i + 1]!));
    m.kernels.and_popcount_indexed(i * CLK_BYTES, rightAt, idxAt, n, outAt);
    for (let k = 0; k < n; k++) if ((2 * out[k]!) / (leftCounts[i]! + rightCounts[idx[k]!]!) >= 0.75) above++;
  }
  const seconds = cpuSeconds() - started;
  if (above < 0) throw new Error('unreachable'); // keeps the scoring loop
  return seconds;
}

export interface MatchingRate {
  distinctCandidatePairs: number;
  /** Best of `trials` runs of matchEncoded (same data, same result each time); seconds of CPU time. */
  best: EncodedMatchStats;
  trials: EncodedMatchStats[];
  /** Distinct candidate pairs per second of the comparison phase (gather, compare, collect). */
  distinctPairsPerSecond: number;
  /** Kernel comparisons (a pair sharing k tokens counts k times) per second of the same phase. */
  kernelComparisonsPerSecond: number;
  /** The earlier path: distinct pairs per second, indexed gather from the whole right file. */
  indexedPathPairsPerSecond: number;
}

export function measureMatching(left: ClkSet, right: ClkSet, trials = 5, maxBucket = 10_000): MatchingRate {
  const c = candidates(left, right, maxBucket);
  const distinct = c.items.length;
  const indexed = indexedSeconds(left, right, c);
  const runs: EncodedMatchStats[] = [];
  for (let t = 0; t < trials; t++) {
    const stats = {} as EncodedMatchStats;
    matchEncoded(left, right, { maxBucket, stats, clock: cpuSeconds });
    runs.push(stats);
  }
  const best = runs.reduce((a, b) => (b.compareSeconds < a.compareSeconds ? b : a));
  return {
    distinctCandidatePairs: distinct,
    best,
    trials: runs,
    distinctPairsPerSecond: distinct / best.compareSeconds,
    kernelComparisonsPerSecond: best.comparisons / best.compareSeconds,
    indexedPathPairsPerSecond: distinct / indexed,
  };
}

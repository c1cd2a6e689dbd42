import { greedyOneToOne } from '../model/assignment.ts';
import { instantiatePopcount, type PopcountModule } from './popcount-wasm.ts';

export const CLK_BYTES = 128;

/** One node's encodings: ids, CLKs packed back to back (CLK_BYTES each), blocking tokens per record. */
export interface ClkSet {
  ids: string[];
  clks: Uint8Array;
  blocks: string[][];
}

export interface EncodedPair {
  left: number;
  right: number;
  score: number;
}

export interface EncodedMatchOptions {
  threshold?: number;
  /** Blocking tokens shared by more records than this are ignored (they would not discriminate). */
  maxBucket?: number;
  onProgress?: (phase: string, done: number, total: number) => void;
}

/**
 * Dice threshold for balanced CLKs: every CLK has l/2 ones, so unrelated records score about 0.5 and
 * the same child written differently about 0.8–1.0 (measured in bench/README.md).
 */
export const DEFAULT_ENCODED_THRESHOLD = 0.75;
const PAGE = 65536;

interface Layout {
  module: PopcountModule;
  leftAt: number;
  rightAt: number;
  idxAt: number;
  outAt: number;
}

function layout(left: ClkSet, right: ClkSet, maxCandidates: number): Layout {
  const module = instantiatePopcount();
  const leftAt = 0;
  const rightAt = left.clks.length;
  const idxAt = rightAt + right.clks.length;
  const outAt = idxAt + 4 * Math.max(maxCandidates, left.ids.length, right.ids.length);
  const needed = outAt + 4 * Math.max(maxCandidates, left.ids.length, right.ids.length);
  const pages = Math.ceil(needed / PAGE) - module.memory.buffer.byteLength / PAGE;
  if (pages > 0) module.memory.grow(pages);
  const memory = new Uint8Array(module.memory.buffer);
  memory.set(left.clks, leftAt);
  memory.set(right.clks, rightAt);
  return { module, leftAt, rightAt, idxAt, outAt };
}

function popcounts(l: Layout, at: number, count: number): Uint32Array {
  l.module.kernels.popcount_contiguous(0, at, count, l.outAt);
  return new Uint32Array(l.module.memory.buffer, l.outAt, count).slice();
}

function bucketise(blocks: string[][]): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  blocks.forEach((tokens, j) => {
    for (const t of tokens) {
      const list = buckets.get(t);
      if (list) list.push(j);
      else buckets.set(t, [j]);
    }
  });
  return buckets;
}

/**
 * Links two sets of CLKs: candidates share a blocking token, similarity is the Dice coefficient
 * 2|a∧b| / (|a| + |b|) computed with the WebAssembly popcount kernel, and pairs at or above the
 * threshold are assigned one-to-one. Only the assigned pairs come back: no other score leaves here.
 */
export function matchEncoded(left: ClkSet, right: ClkSet, options: EncodedMatchOptions = {}): EncodedPair[] {
  const threshold = options.threshold ?? DEFAULT_ENCODED_THRESHOLD;
  const maxBucket = options.maxBucket ?? 10_000;
  const buckets = bucketise(right.blocks);
  // one left record has at most every right record as a candidate (duplicates are skipped)
  const maxCandidates = right.ids.length;
  const l = layout(left, right, maxCandidates);
  const leftCounts = popcounts(l, l.leftAt, left.ids.length);
  const rightCounts = popcounts(l, l.rightAt, right.ids.length);
  const idx = new Uint32Array(l.module.memory.buffer, l.idxAt, maxCandidates);
  const out = new Uint32Array(l.module.memory.buffer, l.outAt, maxCandidates);
  const lastSeen = new Int32Array(right.ids.length).fill(-1);
  const kernel = l.module.kernels.and_popcount_indexed;
  const kept: EncodedPair[] = [];
  for (let i = 0; i < left.ids.length; i++) {
    if (options.onProgress && i % 5000 === 0) options.onProgress('comparing', i, left.ids.length);
    let n = 0;
    for (const token of left.blocks[i]!) {
      const list = buckets.get(token);
      if (!list || list.length > maxBucket) continue;
      for (const j of list) {
        if (lastSeen[j] === i) continue;
        lastSeen[j] = i;
        idx[n++] = j;
      }
    }
    if (n === 0) continue;
    kernel(l.leftAt + i * CLK_BYTES, l.rightAt, l.idxAt, n, l.outAt);
    const pa = leftCounts[i]!;
    for (let k = 0; k < n; k++) {
      const j = idx[k]!;
      const total = pa + rightCounts[j]!;
      const score = total === 0 ? 0 : (2 * out[k]!) / total;
      if (score >= threshold) kept.push({ left: i, right: j, score });
    }
  }
  options.onProgress?.('comparing', left.ids.length, left.ids.length);
  return greedyOneToOne(kept);
}

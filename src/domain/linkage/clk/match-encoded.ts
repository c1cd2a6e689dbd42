import { createContradictionTest } from './field-evidence.ts';
import { instantiatePopcount, type PopcountModule } from './popcount-wasm.ts';

export const CLK_BYTES = 128;

/** One node's encodings: ids, CLKs packed back to back (CLK_BYTES each), blocking tokens per record. */
export interface ClkSet {
  ids: string[];
  clks: Uint8Array;
  blocks: string[][];
  /** Field-level filters (format version 2), when the files have them. */
  fields?: FieldFilters;
}

/** Each record's field-level filters, back to back: record i's field f is at (i · names.length + f) · bytes. */
export interface FieldFilters {
  /** The schema's feature of each filter, in order (given_name, family_name, birth_date, sex…). */
  names: readonly string[];
  /** Bytes per filter. */
  bytes: number;
  data: Uint8Array;
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
  /** Filled in with measurements of the phases. */
  stats?: EncodedMatchStats;
  /** Seconds on some clock, for the stats (default: wall time; the benchmark passes CPU time). */
  clock?: () => number;
  /**
   * Release pairs whose field-level filters disagree outright on a field (see field-evidence.ts);
   * for data whose errors replace whole fields, such as FEBRL. Without field filters (version 1
   * files) there is nothing to check and the option changes nothing.
   */
  allowContradictions?: boolean;
}

/**
 * Dice threshold for balanced CLKs: every CLK has l/2 ones, so unrelated records score about 0.5 and
 * the same child written differently about 0.8–1.0 (measured in bench/README.md).
 */
export const DEFAULT_ENCODED_THRESHOLD = 0.75;
const PAGE = 65536;

/** Measurements of one run, for the benchmark (filled in when passed in the options). */
export interface EncodedMatchStats {
  /** Blocks (blocking tokens found on both sides) compared. */
  blocks: number;
  /** Kernel comparisons: a pair sharing several tokens is compared once in each of those blocks. */
  comparisons: number;
  /** Pairs found at or above the threshold, repeats included. */
  found: number;
  /** Seconds spent turning the tokens into blocks. */
  blockingSeconds: number;
  /** Seconds spent gathering blocks, comparing and collecting the pairs at or above the threshold. */
  compareSeconds: number;
  /** Seconds spent ordering the pairs, dropping repeats and assigning one-to-one. */
  assignSeconds: number;
  /** Pairs reached by the assignment with both records still free but refused for a contradicting field. */
  contradicting: number;
}

/** Lists in compressed form: list x is items[start[x] .. start[x+1]). */
interface Lists {
  start: Uint32Array;
  items: Uint32Array;
}

/**
 * Candidate blocks: one per blocking token found on both sides with at most maxBucket right records.
 * Block b holds the right records right.items[right.start[b] .. right.start[b+1]) and the left records
 * left.items[left.start[b] ..], each in increasing order.
 */
interface Blocks {
  count: number;
  left: Lists;
  right: Lists;
  largestRight: number;
}

/** Members of each block from (record, block) memberships. */
function members(count: number, records: Uint32Array, blocks: Uint32Array, n: number): Lists {
  const start = new Uint32Array(count + 1);
  for (let x = 0; x < n; x++) start[blocks[x]! + 1]!++;
  for (let b = 0; b < count; b++) start[b + 1]! += start[b]!;
  const next = start.slice(0, count);
  const items = new Uint32Array(n);
  for (let x = 0; x < n; x++) items[next[blocks[x]!]!++] = records[x]!;
  return { start, items };
}

function buildBlocks(left: string[][], right: string[][], maxBucket: number): Blocks {
  const tokenIds = new Map<string, number>();
  const rightSize: number[] = [];
  let rightTokens = 0;
  for (const tokens of right) rightTokens += tokens.length;
  const rightRecord = new Uint32Array(rightTokens);
  const rightToken = new Uint32Array(rightTokens);
  let m = 0;
  right.forEach((tokens, j) => {
    for (let t = 0; t < tokens.length; t++) {
      if (tokens.indexOf(tokens[t]!) !== t) continue; // a token listed twice counts once
      let id = tokenIds.get(tokens[t]!);
      if (id === undefined) {
        id = rightSize.length;
        tokenIds.set(tokens[t]!, id);
        rightSize.push(0);
      }
      rightSize[id]!++;
      rightRecord[m] = j;
      rightToken[m++] = id;
    }
  });
  const rightMemberships = m;
  // blocks: tokens on both sides whose right bucket is not too large, numbered as first met on the left
  const blockOf = new Int32Array(rightSize.length).fill(-1);
  let count = 0;
  const leftRecord: number[] = [];
  const leftBlock: number[] = [];
  left.forEach((tokens, i) => {
    for (let t = 0; t < tokens.length; t++) {
      const id = tokenIds.get(tokens[t]!);
      if (id === undefined || rightSize[id]! > maxBucket || tokens.indexOf(tokens[t]!) !== t) continue;
      if (blockOf[id] === -1) blockOf[id] = count++;
      leftRecord.push(i);
      leftBlock.push(blockOf[id]!);
    }
  });
  m = 0;
  for (let x = 0; x < rightMemberships; x++) {
    const b = blockOf[rightToken[x]!]!;
    if (b < 0) continue;
    rightRecord[m] = rightRecord[x]!;
    rightToken[m++] = b;
  }
  const rightMembers = members(count, rightRecord, rightToken, m);
  let largestRight = 0;
  for (let b = 0; b < count; b++) {
    largestRight = Math.max(largestRight, rightMembers.start[b + 1]! - rightMembers.start[b]!);
  }
  const leftMembers = members(
    count,
    Uint32Array.from(leftRecord),
    Uint32Array.from(leftBlock),
    leftRecord.length,
  );
  return { count, left: leftMembers, right: rightMembers, largestRight };
}

/**
 * For each total |a| + |b|, the smallest |a∧b| whose Dice score (computed exactly as in scoring)
 * reaches the threshold; 2^32 − 1 (never) when none does. Scores fall as |b| grows, so the count for
 * the smallest |b| of a block is a safe lower bound for the whole block.
 */
function minimumCounts(threshold: number): Uint32Array {
  const table = new Uint32Array(2 * CLK_BYTES * 8 + 1).fill(0xffffffff);
  for (let total = 0; total < table.length; total++) {
    // start just below the real-valued answer and step up; the answer may exceed total / 2 (no pair
    // with this total reaches the threshold) and still be the right bound for the larger totals
    const from = Number.isFinite(threshold) ? Math.max(0, Math.floor((threshold * total) / 2) - 1) : 0;
    for (let c = Math.min(from, CLK_BYTES * 8 + 1); c <= CLK_BYTES * 8; c++) {
      if (dice(c, total) >= threshold) {
        table[total] = c;
        break;
      }
    }
  }
  return table;
}

/** The Dice coefficient from |a∧b| and |a| + |b|: the one place a score is computed. */
function dice(common: number, total: number): number {
  return total === 0 ? 0 : (2 * common) / total;
}

interface Layout {
  module: PopcountModule;
  leftAt: number;
  rightAt: number;
  itemsAt: number;
  blockAt: number;
  outAt: number;
}

/**
 * WebAssembly memory: left CLKs, right CLKs, the right members of every block (u32), one gathered
 * block of right CLKs, kernel output.
 */
function layout(left: ClkSet, right: ClkSet, blocks: Blocks): Layout {
  const module = instantiatePopcount();
  const largest = Math.max(blocks.largestRight, left.ids.length, right.ids.length);
  const leftAt = 0;
  const rightAt = left.clks.length;
  const itemsAt = rightAt + right.clks.length;
  const blockAt = itemsAt + 4 * blocks.right.items.length;
  const outAt = blockAt + CLK_BYTES * largest;
  const needed = outAt + 8 * largest;
  const pages = Math.ceil(needed / PAGE) - module.memory.buffer.byteLength / PAGE;
  if (pages > 0) module.memory.grow(pages);
  const memory = new Uint8Array(module.memory.buffer);
  memory.set(left.clks, leftAt);
  memory.set(right.clks, rightAt);
  new Uint32Array(module.memory.buffer, itemsAt, blocks.right.items.length).set(blocks.right.items);
  return { module, leftAt, rightAt, itemsAt, blockAt, outAt };
}

function popcounts(l: Layout, at: number, count: number): Uint32Array {
  l.module.kernels.popcount_contiguous(0, at, count, l.outAt);
  return new Uint32Array(l.module.memory.buffer, l.outAt, count).slice();
}

/** Pairs found at or above the threshold, as growing columns: records, |a∧b| and |a| + |b|. */
class Found {
  length = 0;
  left = new Uint32Array(4096);
  right = new Uint32Array(4096);
  common = new Uint16Array(4096);
  total = new Uint16Array(4096);

  push(left: number, right: number, common: number, total: number): void {
    if (this.length === this.left.length) this.grow();
    this.left[this.length] = left;
    this.right[this.length] = right;
    this.common[this.length] = common;
    this.total[this.length++] = total;
  }

  private grow(): void {
    const n = 2 * this.left.length;
    const left = new Uint32Array(n);
    const right = new Uint32Array(n);
    const common = new Uint16Array(n);
    const total = new Uint16Array(n);
    left.set(this.left);
    right.set(this.right);
    common.set(this.common);
    total.set(this.total);
    Object.assign(this, { left, right, common, total });
  }
}

/**
 * Every candidate pair (a left and a right record sharing a blocking token) whose Dice score reaches
 * the threshold; a pair sharing several tokens comes once per token.
 *
 * Blocks are compared one at a time: the block's right CLKs are gathered next to each other once, then
 * every left CLK of the block is compared with all of them by the contiguous kernel, so the right CLKs
 * come from cache in order instead of at random from the whole file. The kernel hands back only the
 * counts that can reach the threshold.
 */
function findPairs(
  left: ClkSet,
  right: ClkSet,
  threshold: number,
  options: EncodedMatchOptions,
  stats: EncodedMatchStats,
): Found {
  const clock = options.clock ?? (() => performance.now() / 1000);
  let started = clock();
  const blocks = buildBlocks(left.blocks, right.blocks, options.maxBucket ?? 10_000);
  stats.blocks = blocks.count;
  stats.blockingSeconds = clock() - started;
  const l = layout(left, right, blocks);
  const leftCounts = popcounts(l, l.leftAt, left.ids.length);
  const rightCounts = popcounts(l, l.rightAt, right.ids.length);
  const out = new Uint32Array(l.module.memory.buffer, l.outAt, 2 * Math.max(blocks.largestRight, 1));
  const kernel = l.module.kernels.and_popcount_contiguous_above;
  const minimumCount = minimumCounts(threshold);
  const { right: rightMembers, left: leftMembers } = blocks;
  const found = new Found();
  started = clock();
  let comparisons = 0;
  for (let b = 0; b < blocks.count; b++) {
    if (options.onProgress && b % 5000 === 0) options.onProgress('comparing', b, blocks.count);
    const r0 = rightMembers.start[b]!;
    const r1 = rightMembers.start[b + 1]!;
    const n = r1 - r0;
    l.module.gather(l.rightAt, l.itemsAt + 4 * r0, n, l.blockAt);
    let smallest = CLK_BYTES * 8;
    for (let k = r0; k < r1; k++) smallest = Math.min(smallest, rightCounts[rightMembers.items[k]!]!);
    const l1 = leftMembers.start[b + 1]!;
    for (let p = leftMembers.start[b]!; p < l1; p++) {
      const i = leftMembers.items[p]!;
      const pa = leftCounts[i]!;
      const m = kernel(l.leftAt + i * CLK_BYTES, l.blockAt, n, l.outAt, minimumCount[pa + smallest]!);
      comparisons += n;
      for (let f = 0; f < m; f++) {
        const j = rightMembers.items[r0 + out[2 * f]!]!;
        const total = pa + rightCounts[j]!;
        const common = out[2 * f + 1]!;
        if (dice(common, total) >= threshold) found.push(i, j, common, total);
      }
    }
  }
  stats.comparisons = comparisons;
  stats.found = found.length;
  stats.compareSeconds = clock() - started;
  options.onProgress?.('comparing', blocks.count, blocks.count);
  return found;
}

/** (|a| + |b|, |a∧b|) → rank of its score; all −1 between calls. */
let rankTable: Int32Array | undefined;

/** Distinct pairs, best first: score descending, then left, then right (greedyOneToOne's order). */
interface Ordered {
  left: Uint32Array;
  right: Uint32Array;
  score: Float64Array;
}

/**
 * Orders the found pairs and drops repeats: pairs are bucketed by the rank of their score (scores
 * come from few (|a∧b|, |a| + |b|) combinations), and each bucket is sorted by left · rightCount +
 * right, a whole number below 2^53, with the typed array's own numeric sort.
 */
function ordered(found: Found, rightCount: number): Ordered {
  const n = found.length;
  const width = CLK_BYTES * 8 + 1;
  const combo = (x: number) => found.total[x]! * width + found.common[x]!;
  rankTable ??= new Int32Array((2 * CLK_BYTES * 8 + 1) * width).fill(-1);
  const rankOf = rankTable;
  const combos: number[] = [];
  for (let x = 0; x < n; x++) {
    const c = combo(x);
    if (rankOf[c] === -1) {
      rankOf[c] = 0;
      combos.push(c);
    }
  }
  const scores = [...new Set(combos.map((c) => dice(c % width, Math.floor(c / width))))].sort(
    (a, b) => b - a,
  );
  const scoreRank = new Map(scores.map((s, r) => [s, r]));
  for (const c of combos) rankOf[c] = scoreRank.get(dice(c % width, Math.floor(c / width)))!;
  const start = new Uint32Array(scores.length + 1);
  const rank = new Uint32Array(n);
  for (let x = 0; x < n; x++) {
    rank[x] = rankOf[combo(x)]!;
    start[rank[x]! + 1]!++;
  }
  for (const c of combos) rankOf[c] = -1; // the table is reused by the next call
  for (let r = 0; r < scores.length; r++) start[r + 1]! += start[r]!;
  const next = start.slice(0, scores.length);
  const keys = new Float64Array(n);
  for (let x = 0; x < n; x++) keys[next[rank[x]!]!++] = found.left[x]! * rightCount + found.right[x]!;
  const result: Ordered = { left: new Uint32Array(n), right: new Uint32Array(n), score: new Float64Array(n) };
  let kept = 0;
  for (let r = 0; r < scores.length; r++) {
    const bucket = keys.subarray(start[r]!, start[r + 1]!).sort();
    for (let x = 0; x < bucket.length; x++) {
      if (x > 0 && bucket[x] === bucket[x - 1]) continue;
      const key = bucket[x]!;
      const right = key % rightCount;
      result.left[kept] = (key - right) / rightCount;
      result.right[kept] = right;
      result.score[kept++] = scores[r]!;
    }
  }
  return {
    left: result.left.subarray(0, kept),
    right: result.right.subarray(0, kept),
    score: result.score.subarray(0, kept),
  };
}

function pairsAt(pairs: Ordered, at: ArrayLike<number>): EncodedPair[] {
  return Array.from({ length: at.length }, (_, x) => {
    const p = at[x]!;
    return { left: pairs.left[p]!, right: pairs.right[p]!, score: pairs.score[p]! };
  });
}

/**
 * Dice scores at or above the threshold of every candidate pair (a left and a right record sharing a
 * blocking token), each pair once, best first. Only for tests and measurements: matchEncoded releases
 * the assigned pairs alone.
 */
export function scoreCandidates(
  left: ClkSet,
  right: ClkSet,
  options: EncodedMatchOptions & { threshold: number },
): EncodedPair[] {
  const found = findPairs(
    left,
    right,
    options.threshold,
    options,
    options.stats ?? ({} as EncodedMatchStats),
  );
  const pairs = ordered(found, right.ids.length);
  return pairsAt(
    pairs,
    Array.from(pairs.score, (_, x) => x),
  );
}

/**
 * Links two sets of CLKs: candidates share a blocking token, similarity is the Dice coefficient
 * 2|a∧b| / (|a| + |b|) computed with the WebAssembly popcount kernel block by block, and pairs at or
 * above the threshold are assigned one-to-one, greedily, best score first (as greedyOneToOne in
 * model/assignment.ts). When both sets carry field-level filters (format version 2), a pair that
 * disagrees outright on a field (a twin's given name, a namesake's birth date) is skipped before it
 * can take either record, so the record stays free for its true match. Only the assigned pairs come
 * back: no other score leaves here.
 */
export function matchEncoded(left: ClkSet, right: ClkSet, options: EncodedMatchOptions = {}): EncodedPair[] {
  const threshold = options.threshold ?? DEFAULT_ENCODED_THRESHOLD;
  const stats = options.stats ?? ({} as EncodedMatchStats);
  const found = findPairs(left, right, threshold, options, stats);
  const clock = options.clock ?? (() => performance.now() / 1000);
  const started = clock();
  const pairs = ordered(found, right.ids.length);
  const usedLeft = new Uint8Array(left.ids.length);
  const usedRight = new Uint8Array(right.ids.length);
  const chosen: number[] = [];
  const contradicts =
    left.fields && right.fields && !options.allowContradictions
      ? createContradictionTest(left.fields, right.fields)
      : undefined;
  let contradicting = 0;
  for (let p = 0; p < pairs.left.length; p++) {
    const i = pairs.left[p]!;
    const j = pairs.right[p]!;
    if (usedLeft[i] || usedRight[j]) continue;
    if (contradicts?.(i, j)) {
      contradicting++;
      continue;
    }
    usedLeft[i] = 1;
    usedRight[j] = 1;
    chosen.push(p);
  }
  stats.assignSeconds = clock() - started;
  stats.contradicting = contradicting;
  return pairsAt(pairs, chosen);
}

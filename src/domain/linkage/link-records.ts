import { compareRecords } from './compare/fields.ts';
import { greedyOneToOne } from './model/assignment.ts';
import { candidatePairs, rulesWithout } from './model/blocking.ts';
import {
  countPatterns,
  defaultModel,
  countRuledPatterns,
  estimateMByRule,
  estimateU,
  type FellegiSunterModel,
  type FieldWeight,
  type PairScore,
  patternKey,
  patternVector,
  scoreVector,
} from './model/fellegi-sunter.ts';
import { type PreparedRecord, prepareRecord } from './prepare.ts';
import { seededRandom } from './random.ts';
import type { PersonRecord } from './record.ts';

/**
 * Posterior-probability thresholds. "Probable" pairs are shown as likely the same child; "possible"
 * pairs are worth a look. 0.5 ("more likely than not") is the default cut for batch linkage.
 */
export const THRESHOLDS = { possible: 0.2, probable: 0.8, batchDefault: 0.5 } as const;

export type Classification = 'probable' | 'possible';

export interface ExplainedPair {
  idA: string;
  idB: string;
  indexA: number;
  indexB: number;
  score: number;
  classification: Classification;
  totalWeight: number;
  fields: FieldWeight[];
}

export type ProgressListener = (phase: string, done: number, total: number) => void;

export interface LinkOptions {
  threshold?: number;
  /** Random pairs compared to estimate u. */
  randomPairs?: number;
  seed?: number;
  /** Lift the contradiction ceiling (see scoreVector): for data like FEBRL, not for children's records. */
  allowContradictions?: boolean;
  onProgress?: ProgressListener;
}

const PROGRESS_EVERY = 20_000;

function prepareAll(records: readonly PersonRecord[], phase: string, onProgress?: ProgressListener) {
  return records.map((r, i) => {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(phase, i, records.length);
    return prepareRecord(r);
  });
}

/** Comparison patterns (see patternKey) of the candidate pairs, computed once and reused. */
function comparePairs(
  left: readonly PreparedRecord[],
  right: readonly PreparedRecord[],
  candidates: ReadonlyArray<readonly [number, number]>,
  onProgress?: ProgressListener,
): Int32Array {
  const keys = new Int32Array(candidates.length);
  candidates.forEach(([i, j], n) => {
    if (onProgress && n % PROGRESS_EVERY === 0) onProgress('comparing', n, candidates.length);
    keys[n] = patternKey(compareRecords(left[i]!, right[j]!));
  });
  return keys;
}

/**
 * Fits u on random pairs, each field's m by EM on the candidate pairs found by blocking rules that do
 * not use the field, and λ on all candidates.
 */
export function trainModel(
  left: readonly PreparedRecord[],
  right: readonly PreparedRecord[] | undefined,
  candidatePatterns: ArrayLike<number>,
  candidateRules: ArrayLike<number>,
  options: LinkOptions = {},
): FellegiSunterModel {
  const model = defaultModel();
  const other = right ?? left;
  const random = seededRandom(options.seed ?? 1);
  const sampleSize = options.randomPairs ?? 50_000;
  const randomVectors = [];
  if (left.length > 0 && other.length > (right ? 0 : 1)) {
    for (let s = 0; s < sampleSize; s++) {
      const i = Math.floor(random() * left.length);
      const j = Math.floor(random() * other.length);
      if (!right && i === j) continue;
      randomVectors.push(compareRecords(left[i]!, other[j]!));
    }
  }
  const distinctPairs = right ? left.length * right.length : (left.length * (left.length - 1)) / 2;
  estimateU(
    countPatterns(randomVectors),
    model,
    Math.min(1, distinctPairs / Math.max(1, randomVectors.length)),
  );
  // at most one partner per record when linking two files; a few duplicates per record in one file
  const maxMatches = right ? Math.min(left.length, right.length) : 2 * left.length;
  estimateMByRule(countRuledPatterns(candidatePatterns, candidateRules), model, rulesWithout, maxMatches);
  return model;
}

function classify(score: number): Classification {
  return score >= THRESHOLDS.probable ? 'probable' : 'possible';
}

function scorePairs(
  model: FellegiSunterModel,
  left: readonly PreparedRecord[],
  right: readonly PreparedRecord[],
  candidates: ReadonlyArray<readonly [number, number]>,
  patterns: Int32Array,
  threshold: number,
  allowContradictions = false,
): ExplainedPair[] {
  const scores = new Map<number, PairScore>();
  const kept: ExplainedPair[] = [];
  candidates.forEach(([i, j], n) => {
    const key = patterns[n]!;
    let s = scores.get(key);
    if (!s) {
      s = scoreVector(model, patternVector(key), allowContradictions);
      scores.set(key, s);
    }
    if (s.probability < threshold) return;
    kept.push({
      idA: left[i]!.id,
      idB: right[j]!.id,
      indexA: i,
      indexB: j,
      score: s.probability,
      classification: classify(s.probability),
      totalWeight: s.totalWeight,
      fields: s.fields,
    });
  });
  return kept;
}

function link(
  left: readonly PreparedRecord[],
  right: readonly PreparedRecord[] | undefined,
  options: LinkOptions,
): ExplainedPair[] {
  const { pairs: candidates, rules } = candidatePairs(left, right);
  const patterns = comparePairs(left, right ?? left, candidates, options.onProgress);
  const model = trainModel(left, right, patterns, rules, options);
  const threshold = options.threshold ?? THRESHOLDS.batchDefault;
  return scorePairs(model, left, right ?? left, candidates, patterns, threshold, options.allowContradictions);
}

/** Duplicate pairs inside one file, best first; a record may appear in several pairs. */
export function dedupeRecords(records: readonly PersonRecord[], options: LinkOptions = {}): ExplainedPair[] {
  const prepared = prepareAll(records, 'normalising', options.onProgress);
  return link(prepared, undefined, options).sort((a, b) => b.score - a.score);
}

/** Links two files one-to-one (each file assumed free of internal duplicates), best first. */
export function matchRecords(
  left: readonly PersonRecord[],
  right: readonly PersonRecord[],
  options: LinkOptions = {},
): ExplainedPair[] {
  const preparedLeft = prepareAll(left, 'normalising left', options.onProgress);
  const preparedRight = prepareAll(right, 'normalising right', options.onProgress);
  const scored = link(preparedLeft, preparedRight, options);
  // Assign by total weight, not probability: posteriors saturate at 1.0 for near-identical records
  // (twins share surname, patronymic, birth date and place) and would tie where weights still differ.
  const ranked = scored.map((pair) => ({
    left: pair.indexA,
    right: pair.indexB,
    score: pair.totalWeight,
    pair,
  }));
  return greedyOneToOne(ranked).map((r) => r.pair);
}

/**
 * Possible duplicates of a record about to be created, among existing records (the case-file service
 * calls this). Pass the model trained on the node's register; without one, the defaults are used.
 */
export function findPossibleDuplicates(
  candidate: PersonRecord,
  existing: readonly PersonRecord[],
  model: FellegiSunterModel = defaultModel(),
  threshold: number = THRESHOLDS.possible,
): ExplainedPair[] {
  const a = prepareRecord(candidate);
  const others = existing.map(prepareRecord);
  const { pairs: candidates } = candidatePairs([a], others);
  const patterns = comparePairs([a], others, candidates);
  return scorePairs(model, [a], others, candidates, patterns, threshold).sort((x, y) => y.score - x.score);
}

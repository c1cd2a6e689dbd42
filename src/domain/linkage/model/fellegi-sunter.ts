import { type ComparisonVector, FIELD_LEVELS, FIELDS, type FieldName, MISSING } from '../compare/fields.ts';

/** Per-level probabilities of a field's agreement among true matches (m) and non-matches (u). */
export interface FieldParameters {
  m: number[];
  u: number[];
}

export interface FellegiSunterModel {
  fields: Record<FieldName, FieldParameters>;
  /** Share of true matches among blocked candidate pairs (EM's λ); sets the posterior's base rate. */
  prior: number;
}

// Starting values and Bayesian anchors for m and u: what a field looks like among duplicates and among
// random pairs of children's records. EM moves m away from these as far as the data supports, so a
// small file (a few dozen records) still gets a sane model.
const DEFAULT_M: Record<FieldName, number[]> = {
  givenName: [0.6, 0.15, 0.1, 0.05, 0.05, 0.05],
  familyName: [0.65, 0.05, 0.15, 0.05, 0.05, 0.05],
  patronymic: [0.7, 0.15, 0.08, 0.07],
  sex: [0.97, 0.03],
  birthDate: [0.75, 0.04, 0.08, 0.05, 0.04, 0.04],
  birthPlace: [0.75, 0.15, 0.1],
  citizenship: [0.95, 0.05],
};
const DEFAULT_U: Record<FieldName, number[]> = {
  givenName: [0.02, 0.01, 0.02, 0.03, 0.1, 0.82],
  familyName: [0.003, 0.001, 0.01, 0.02, 0.08, 0.886],
  patronymic: [0.03, 0.02, 0.05, 0.9],
  sex: [0.5, 0.5],
  birthDate: [0.0003, 0.0001, 0.003, 0.05, 0.0006, 0.946],
  birthPlace: [0.1, 0.05, 0.85],
  citizenship: [0.8, 0.2],
};
const M_ANCHOR_WEIGHT = 500;
// u pseudo-counts: a level never seen among random pairs (an exact birth date, say) must not get a u
// of ~0, which would give it unbounded weight; 200 pseudo-pairs spread as DEFAULT_U, plus ½ per level.
const U_ANCHOR_WEIGHT = 200;

export function defaultModel(): FellegiSunterModel {
  const fields = {} as Record<FieldName, FieldParameters>;
  for (const f of FIELDS) fields[f] = { m: [...DEFAULT_M[f]], u: [...DEFAULT_U[f]] };
  return { fields, prior: 0.05 };
}

/** Identical comparison vectors are counted once: EM then runs over patterns, not pairs. */
export type PatternCounts = Map<number, number>;

export function patternKey(v: ComparisonVector): number {
  let key = 0;
  for (let i = 0; i < v.length; i++) key = key * 8 + (v[i]! + 1);
  return key;
}

export function patternVector(key: number): ComparisonVector {
  const v = new Int8Array(FIELDS.length);
  for (let i = FIELDS.length - 1; i >= 0; i--) {
    v[i] = (key % 8) - 1;
    key = Math.floor(key / 8);
  }
  return v;
}

export function countPatterns(vectors: Iterable<ComparisonVector>): PatternCounts {
  const counts: PatternCounts = new Map();
  for (const v of vectors) {
    const k = patternKey(v);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function normalised(counts: number[]): number[] {
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((c) => c / total);
}

/** u from comparisons of random pairs (nearly all non-matches), smoothed towards the defaults. */
export function estimateU(randomPairs: PatternCounts, model: FellegiSunterModel): void {
  FIELDS.forEach((field, fi) => {
    const counts = DEFAULT_U[field].map((p) => p * U_ANCHOR_WEIGHT + 0.5);
    for (const [key, n] of randomPairs) {
      const level = patternVector(key)[fi]!;
      if (level !== MISSING) counts[level]! += n;
    }
    model.fields[field].u = normalised(counts);
  });
}

function likelihoods(model: FellegiSunterModel, v: ComparisonVector): [number, number] {
  let pm = 1;
  let pu = 1;
  FIELDS.forEach((field, fi) => {
    const level = v[fi]!;
    if (level === MISSING) return;
    pm *= model.fields[field].m[level]!;
    pu *= model.fields[field].u[level]!;
  });
  return [pm, pu];
}

/**
 * Expectation–maximisation of m and λ over blocked candidate pairs, with u held fixed. `maxMatches`
 * bounds λ: two files cannot hold more true pairs than the smaller file has records. Without the bound
 * EM can drift to a "shares blocking fields" class (blocked pairs agree on dates far more often than
 * the random pairs that u comes from) and call nearly every candidate a match.
 */
export function estimateM(
  candidates: PatternCounts,
  model: FellegiSunterModel,
  maxMatches = Number.POSITIVE_INFINITY,
  iterations = 30,
): void {
  const patterns = [...candidates].map(([key, n]) => [patternVector(key), n] as const);
  const total = patterns.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return;
  for (let it = 0; it < iterations; it++) {
    const counts = FIELDS.map((f) => DEFAULT_M[f].map((p) => p * M_ANCHOR_WEIGHT));
    let matchMass = 0;
    for (const [v, n] of patterns) {
      const [pm, pu] = likelihoods(model, v);
      const g = (model.prior * pm) / (model.prior * pm + (1 - model.prior) * pu);
      matchMass += g * n;
      FIELDS.forEach((_, fi) => {
        const level = v[fi]!;
        if (level !== MISSING) counts[fi]![level]! += g * n;
      });
    }
    FIELDS.forEach((field, fi) => {
      model.fields[field].m = normalised(counts[fi]!);
    });
    model.prior = Math.min(0.999, maxMatches / total, Math.max(1e-6, matchMass / total));
  }
}

export interface FieldWeight {
  field: FieldName;
  level: string;
  /** log2(m/u): bits of evidence for (positive) or against (negative) a match; 0 when missing. */
  weight: number;
}

export interface PairScore {
  /** Posterior probability that the pair is one person, given the model's base rate. */
  probability: number;
  /** Sum of field weights in bits. */
  totalWeight: number;
  fields: FieldWeight[];
}

export function scoreVector(model: FellegiSunterModel, v: ComparisonVector): PairScore {
  const fields: FieldWeight[] = [];
  let totalWeight = 0;
  FIELDS.forEach((field, fi) => {
    const level = v[fi]!;
    if (level === MISSING) {
      fields.push({ field, level: 'missing', weight: 0 });
      return;
    }
    const { m, u } = model.fields[field];
    const weight = Math.log2(m[level]! / u[level]!);
    totalWeight += weight;
    fields.push({ field, level: FIELD_LEVELS[field][level]!, weight });
  });
  const logOdds = totalWeight + Math.log2(model.prior / (1 - model.prior));
  return { probability: 1 / (1 + 2 ** -logOdds), totalWeight, fields };
}

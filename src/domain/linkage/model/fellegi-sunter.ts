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

/**
 * u from comparisons of random pairs (nearly all non-matches), smoothed towards the defaults. `weight`
 * scales each sampled pair: a file of a few records has only a few distinct pairs, and 50,000 draws
 * of them must not count as 50,000 independent observations.
 */
export function estimateU(randomPairs: PatternCounts, model: FellegiSunterModel, weight = 1): void {
  FIELDS.forEach((field, fi) => {
    const counts = DEFAULT_U[field].map((p) => p * U_ANCHOR_WEIGHT + 0.5);
    for (const [key, n] of randomPairs) {
      const level = patternVector(key)[fi]!;
      if (level !== MISSING) counts[level]! += n * weight;
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

function posteriorOf(model: FellegiSunterModel, v: ComparisonVector): number {
  const [pm, pu] = likelihoods(model, v);
  return (model.prior * pm) / (model.prior * pm + (1 - model.prior) * pu);
}

// The most often a true duplicate may disagree outright on a field. EM over blocked pairs can settle on
// a class that is not "the same child" — e.g. "born on the same day", whose members disagree on their
// names as often as random pairs do — and then a disagreeing name costs nothing. Capping m of the
// disagreement level keeps a disagreement real evidence against a match whatever EM found.
const MAX_DISAGREE_M: Record<FieldName, number> = {
  givenName: 0.12,
  familyName: 0.12,
  patronymic: 0.2,
  sex: 0.08,
  birthDate: 0.08,
  birthPlace: 0.3,
  citizenship: 0.2,
};

/** m with its disagreement level capped (see MAX_DISAGREE_M), the excess spread over the others. */
export function boundM(field: FieldName, m: readonly number[]): number[] {
  const last = m.length - 1;
  const cap = MAX_DISAGREE_M[field];
  if (m[last]! <= cap) return [...m];
  const rest = 1 - m[last]!;
  const scale = rest > 0 ? (1 - cap) / rest : 0;
  return m.map((p, i) => (i === last ? cap : rest > 0 ? p * scale : (1 - cap) / last));
}

/**
 * Expectation–maximisation of m and λ over candidate pairs, with u held fixed. `maxMatches` bounds λ:
 * two files cannot hold more true pairs than the smaller file has records.
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
      const g = posteriorOf(model, v);
      matchMass += g * n;
      FIELDS.forEach((_, fi) => {
        const level = v[fi]!;
        if (level !== MISSING) counts[fi]![level]! += g * n;
      });
    }
    FIELDS.forEach((field, fi) => {
      model.fields[field].m = boundM(field, normalised(counts[fi]!));
    });
    model.prior = Math.min(0.999, maxMatches / total, Math.max(1e-6, matchMass / total));
  }
}

/** λ alone by EM over the candidates, m and u held fixed. */
function estimatePrior(
  patterns: ReadonlyArray<readonly [ComparisonVector, number]>,
  model: FellegiSunterModel,
  maxMatches: number,
  iterations = 30,
): void {
  const total = patterns.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return;
  for (let it = 0; it < iterations; it++) {
    let matchMass = 0;
    for (const [v, n] of patterns) matchMass += posteriorOf(model, v) * n;
    model.prior = Math.min(0.999, maxMatches / total, Math.max(1e-6, matchMass / total));
  }
}

/** Comparison patterns counted per (pattern, mask of the blocking rules that found the pair). */
export type RuledPatternCounts = Map<number, number>;
const RULE_BITS = 128;

export function countRuledPatterns(
  patternKeys: ArrayLike<number>,
  rules: ArrayLike<number>,
): RuledPatternCounts {
  const counts: RuledPatternCounts = new Map();
  for (let n = 0; n < patternKeys.length; n++) {
    const k = patternKeys[n]! * RULE_BITS + rules[n]!;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * Splink's way of training m on blocked pairs: a field's m is estimated only from the pairs found by
 * blocking rules that do not use that field (`rulesWithout(field)`), because pairs blocked on a field
 * agree on it by construction, true duplicates or not. For each field EM runs from the defaults over
 * its own subset and keeps only that field's m; λ is then fitted on all candidates with m fixed.
 */
export function estimateMByRule(
  candidates: RuledPatternCounts,
  model: FellegiSunterModel,
  rulesWithout: (field: FieldName) => number,
  maxMatches = Number.POSITIVE_INFINITY,
): void {
  const all: PatternCounts = new Map();
  for (const [key, n] of candidates) {
    const pattern = Math.floor(key / RULE_BITS);
    all.set(pattern, (all.get(pattern) ?? 0) + n);
  }
  const estimated = {} as Record<FieldName, number[]>;
  for (const field of FIELDS) {
    const usable = rulesWithout(field);
    const subset: PatternCounts = new Map();
    for (const [key, n] of candidates) {
      if (((key % RULE_BITS) & usable) === 0) continue;
      const pattern = Math.floor(key / RULE_BITS);
      subset.set(pattern, (subset.get(pattern) ?? 0) + n);
    }
    const run: FellegiSunterModel = { fields: structuredClone(model.fields), prior: model.prior };
    estimateM(subset, run, maxMatches);
    estimated[field] = run.fields[field].m;
  }
  for (const field of FIELDS) model.fields[field].m = estimated[field];
  estimatePrior(
    [...all].map(([key, n]) => [patternVector(key), n] as const),
    model,
    maxMatches,
  );
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

// No field alone may decide a pair: a weight is bounded to ±MAX_WEIGHT bits (an exact birth date among
// random pairs is ~12 bits, which with sex alone outweighed two disagreeing names).
export const MAX_WEIGHT: Record<FieldName, number> = {
  givenName: 8,
  familyName: 9,
  patronymic: 5,
  sex: 2,
  birthDate: 8,
  birthPlace: 4,
  citizenship: 2,
};

/**
 * Ceilings on the posterior that no sum of weights lifts: without any agreement on the names a pair is
 * never worth showing, and a pair that disagrees outright on a name, the father's name, sex or the birth
 * date (a sibling, a twin, a namesake born years apart) is at most "possible" and stays below the batch cut.
 */
export const EVIDENCE_CEILING = { noNameEvidence: 0.1, contradiction: 0.45 } as const;
const NAME_AGREES = 3; // exact, equivalent/one-of-several, similar, phonetic
// the index of each field's outright disagreement level (the last one)
const DISAGREE = { givenName: 5, familyName: 5, patronymic: 3, sex: 1, birthDate: 5 } as const;

function ceilingOf(v: ComparisonVector, allowContradictions: boolean): number {
  const given = v[FIELDS.indexOf('givenName')]!;
  const family = v[FIELDS.indexOf('familyName')]!;
  const agrees = (level: number) => level !== MISSING && level <= NAME_AGREES;
  if (!agrees(given) && !agrees(family)) return EVIDENCE_CEILING.noNameEvidence;
  if (allowContradictions) return 1;
  for (const [field, level] of Object.entries(DISAGREE))
    if (v[FIELDS.indexOf(field as FieldName)] === level) return EVIDENCE_CEILING.contradiction;
  return 1;
}

/**
 * `allowContradictions` lifts the contradiction ceiling (not the name-evidence one) for data whose
 * errors replace a whole field, such as FEBRL's, where one wholly different value is common among
 * true pairs; in a register of children that pattern is a twin's or a namesake's.
 */
export function scoreVector(
  model: FellegiSunterModel,
  v: ComparisonVector,
  allowContradictions = false,
): PairScore {
  const fields: FieldWeight[] = [];
  let totalWeight = 0;
  FIELDS.forEach((field, fi) => {
    const level = v[fi]!;
    if (level === MISSING) {
      fields.push({ field, level: 'missing', weight: 0 });
      return;
    }
    const { m, u } = model.fields[field];
    const bound = MAX_WEIGHT[field];
    const weight = Math.max(-bound, Math.min(bound, Math.log2(m[level]! / u[level]!)));
    totalWeight += weight;
    fields.push({ field, level: FIELD_LEVELS[field][level]!, weight });
  });
  const logOdds = totalWeight + Math.log2(model.prior / (1 - model.prior));
  const probability = Math.min(ceilingOf(v, allowContradictions), 1 / (1 + 2 ** -logOdds));
  return { probability, totalWeight, fields };
}

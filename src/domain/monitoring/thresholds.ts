// Exact monitoring thresholds (issue 11 item 7). A domain's normalised score is (mean − 1) / 3 with the
// mean over a handful of items on the 1–4 scale, so every score is a fraction k / (3·n). A threshold
// written as a rounded decimal (0.67) misses the fraction it stands for (2/3: "3 on every item") by a
// hair and a child scored 3 everywhere could never close. Thresholds are therefore fractions, and a
// domain is compared on the item scale in whole numbers, with no rounding anywhere.
import type { MonitoringDomain } from './domains.ts';
import { itemsOfDomain } from './items.ts';
import type { ItemScores } from './scoring.ts';

/** A threshold on the normalised [0, 1] scale, e.g. 2/3. */
export type Fraction = { readonly numerator: number; readonly denominator: number };

export function fraction(numerator: number, denominator: number): Fraction {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator <= 0 || numerator < 0)
    throw new RangeError('A threshold is a fraction of whole numbers with a positive denominator.');
  if (numerator > denominator) throw new RangeError('A threshold lies between 0 and 1.');
  return { numerator, denominator };
}

/** For display only (charts, "threshold 0.67"); never compare with it. */
export const fractionValue = (f: Fraction): number => f.numerator / f.denominator;

/** The item scores of one domain added up: what the normalised score is computed from. */
export type DomainTotals = { sum: number; count: number };

export function domainTotals(scores: ItemScores, domain: MonitoringDomain): DomainTotals {
  let sum = 0;
  let count = 0;
  for (const item of itemsOfDomain(domain)) {
    const score = scores[item.id];
    if (score === undefined) throw new RangeError(`Item ${item.id} is not scored`);
    sum += score;
    count += 1;
  }
  return { sum, count };
}

/**
 * Sign of (normalised score − threshold), exactly: (sum/count − 1)/3 against p/q is
 * q·(sum − count) against 3·p·count, all whole numbers.
 */
export function compareWithThreshold(totals: DomainTotals, threshold: Fraction): -1 | 0 | 1 {
  const left = threshold.denominator * (totals.sum - totals.count);
  const right = 3 * threshold.numerator * totals.count;
  return left === right ? 0 : left > right ? 1 : -1;
}

export const reachesThreshold = (totals: DomainTotals, threshold: Fraction) =>
  compareWithThreshold(totals, threshold) >= 0;

export const atOrBelowThreshold = (totals: DomainTotals, threshold: Fraction) =>
  compareWithThreshold(totals, threshold) <= 0;

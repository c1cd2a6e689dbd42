// Scoring of a well-being assessment (docs/domain.md §5): a domain's score is the mean of its items,
// normalised (mean − 1) / 3 into [0, 1]; the overall score is the mean of the domains. Always computed
// here from the item scores, never taken from a client.
import { MONITORING_DOMAINS, type MonitoringDomain } from './domains.ts';
import { ASSESSMENT_ITEMS, ITEMS_BY_ID, type Score } from './items.ts';

export type ItemScores = Readonly<Record<string, Score>>;
export type DomainScores = Record<MonitoringDomain, number>;
export type AssessmentScores = { domains: DomainScores; overall: number };

/** Rounded to 4 decimals so stored and recomputed scores compare equal. */
const round = (value: number) => Math.round(value * 10_000) / 10_000;

export const normalise = (mean: number) => round((mean - 1) / 3);

/** Which items are missing or unknown; an assessment must score every item exactly once. */
export function itemProblems(scores: Readonly<Record<string, number>>): string[] {
  const problems: string[] = [];
  for (const item of ASSESSMENT_ITEMS) {
    const score = scores[item.id];
    if (score === undefined) problems.push(`${item.id}: not scored`);
    else if (!Number.isInteger(score) || score < 1 || score > 4) problems.push(`${item.id}: must be 1–4`);
  }
  for (const id of Object.keys(scores)) if (!ITEMS_BY_ID.has(id)) problems.push(`${id}: unknown item`);
  return problems;
}

export function domainScore(scores: ItemScores, domain: MonitoringDomain): number {
  const values = ASSESSMENT_ITEMS.filter((item) => item.domain === domain).map((item) => {
    const score = scores[item.id];
    if (score === undefined) throw new RangeError(`Item ${item.id} is not scored`);
    return score;
  });
  return normalise(values.reduce((sum, v) => sum + v, 0) / values.length);
}

export function scoreAssessment(scores: ItemScores): AssessmentScores {
  const domains = Object.fromEntries(
    MONITORING_DOMAINS.map((domain) => [domain, domainScore(scores, domain)]),
  ) as DomainScores;
  const overall = round(
    MONITORING_DOMAINS.reduce((sum, domain) => sum + domains[domain], 0) / MONITORING_DOMAINS.length,
  );
  return { domains, overall };
}

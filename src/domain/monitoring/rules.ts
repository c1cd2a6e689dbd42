// The rules of the monitoring framework (docs/domain.md §5), with the thresholds from settings.ts:
// a safety item at the alert level raises an immediate alert and blocks closure; a domain under the
// plan-action threshold needs a plan action; closure needs every domain at or above the closure
// threshold at the required number of consecutive (latest) reviews. Thresholds are compared exactly on
// the item scale (thresholds.ts), never on the rounded scores shown to people.
import { MONITORING_DOMAINS, type MonitoringDomain } from './domains.ts';
import { itemsOfDomain } from './items.ts';
import type { ItemScores } from './scoring.ts';
import type { MonitoringSettings } from './settings.ts';
import { atOrBelowThreshold, domainTotals, reachesThreshold } from './thresholds.ts';

/** The safety items scored at or below the alert level (any one raises an immediate alert). */
export function safetyAlertItems(scores: ItemScores, settings: MonitoringSettings): string[] {
  return itemsOfDomain('safety')
    .filter((item) => {
      const score = scores[item.id];
      return score !== undefined && score <= settings.safetyAlertAtOrBelow;
    })
    .map((item) => item.id);
}

/** Domains at or below the plan-action threshold, from the item scores of one assessment. */
export function domainsNeedingPlanAction(
  scores: ItemScores,
  settings: MonitoringSettings,
): MonitoringDomain[] {
  return MONITORING_DOMAINS.filter((domain) =>
    atOrBelowThreshold(domainTotals(scores, domain), settings.planActionAtOrBelow),
  );
}

/** Domains of one assessment under the closure threshold. */
export function domainsBelowClosure(scores: ItemScores, settings: MonitoringSettings): MonitoringDomain[] {
  return MONITORING_DOMAINS.filter(
    (domain) => !reachesThreshold(domainTotals(scores, domain), settings.closureAtLeast),
  );
}

export type ClosureCheck =
  | { ready: true }
  | { ready: false; code: 'TOO_FEW_REVIEWS'; have: number; need: number }
  | {
      ready: false;
      code: 'DOMAINS_BELOW_THRESHOLD';
      /** Per review (latest first) the domains under the closure threshold. */
      below: Array<{ assessedOn: string; domains: MonitoringDomain[] }>;
    };

/**
 * Closure readiness from the item scores of the reviews. `reviews` are in time order (oldest first);
 * only the latest `closureConsecutiveReviews` count, so one bad review in between resets the count.
 */
export function closureReadiness(
  reviews: ReadonlyArray<{ assessedOn: string; items: ItemScores }>,
  settings: MonitoringSettings,
): ClosureCheck {
  const need = settings.closureConsecutiveReviews;
  if (reviews.length < need) return { ready: false, code: 'TOO_FEW_REVIEWS', have: reviews.length, need };
  const latest = reviews.slice(-need).reverse();
  const below = latest
    .map((review) => ({
      assessedOn: review.assessedOn,
      domains: domainsBelowClosure(review.items, settings),
    }))
    .filter((entry) => entry.domains.length > 0);
  return below.length === 0 ? { ready: true } : { ready: false, code: 'DOMAINS_BELOW_THRESHOLD', below };
}

/** Has the overall score fallen enough since the previous review to call the child's situation worse? */
export function isWorsening(
  latestOverall: number | null,
  previousOverall: number | null,
  settings: MonitoringSettings,
): boolean {
  if (latestOverall === null || previousOverall === null) return false;
  return previousOverall - latestOverall >= settings.worseningDrop - 1e-9;
}

// Controlled exits (issue 11 items 1, 5, 6): the rules a closure must pass besides its evidence, and
// the rule a monitoring placement must pass. Pure: the server gathers the facts, these functions say no.
//
// - Open safety and re-trafficking alerts hold back every closure except death: an alert is resolved
//   with a recorded outcome first, so no child leaves the system with a danger nobody answered.
// - While the recovery and reflection period runs (CETS 197 Art. 13) the child is not removed: the only
//   closures are death and a record opened in error (verified by the approver, four eyes).
// - A move abroad or a transfer carries out a best-interests determination: it needs the latest
//   determination, with its risk assessment, and they must agree with the move (Art. 16(7): a child is
//   not returned when the risk and security assessment shows it is not in the child's best interests).
// - A placement with the family, and a closure resting on one, must not be what the latest
//   determination refused.
import {
  type DurableSolution,
  RETURN_SOLUTIONS,
  type RiskLevel,
} from '../best-interests/durable-solution.ts';
import type { CaseClosureReason } from '../lifecycle/actions.ts';
import type { PlacementType } from '../monitoring/items.ts';
import type { ClosureEvidence } from './closure-evidence.ts';

/** The member countries of the regional platform; a move between them becomes a cross-border handover. */
export const MEMBER_COUNTRIES = ['UA', 'MD', 'BY'] as const;

/** The latest decided best-interests determination of the case, with the risk assessment it holds. */
export type DeterminationFacts = {
  solution: DurableSolution;
  riskLevel: RiskLevel | null;
  returnInBestInterests: boolean | null;
};

export type ExitFacts = {
  reason: CaseClosureReason;
  evidence: ClosureEvidence;
  ownCountry: string;
  openAlerts: { safety: number; retrafficking: number };
  reflectionRuns: boolean;
  determination: DeterminationFacts | null;
  /** Where monitoring says the child lives (null: monitoring not started). */
  placementType: PlacementType | null;
};

export const EXIT_BLOCKERS = [
  'SAFETY_ALERT_OPEN',
  'RETRAFFICKING_ALERT_OPEN',
  'REFLECTION_PERIOD_RUNNING',
  'NO_BEST_INTERESTS_DETERMINATION',
  'NO_RISK_ASSESSMENT',
  'DETERMINATION_DISAGREES',
  'RISK_ASSESSMENT_AGAINST_MOVE',
  'PLACEMENT_AGAINST_DETERMINATION',
] as const;
export type ExitBlocker = (typeof EXIT_BLOCKERS)[number];

/** Closures allowed while the reflection period runs: nothing is decided about the child's future. */
export const CLOSURES_DURING_REFLECTION: ReadonlySet<CaseClosureReason> = new Set<CaseClosureReason>([
  'deceased',
  'opened-in-error',
]);

/** Closures an open alert does not hold back: only the child's death ends the danger. */
export const CLOSURES_DESPITE_ALERTS: ReadonlySet<CaseClosureReason> = new Set<CaseClosureReason>([
  'deceased',
]);

/** Determinations a move abroad carries out, and those a transfer inside the country carries out. */
export const SOLUTIONS_FOR_MOVE_ABROAD: readonly DurableSolution[] = ['return', 'third-country'];
export const SOLUTIONS_FOR_TRANSFER: readonly DurableSolution[] = [
  'local-integration',
  'alternative-care',
  'family-reunification',
];

/** Solutions that remove the child from where they are protected now: never during reflection. */
export const REMOVAL_SOLUTIONS: readonly DurableSolution[] = [...RETURN_SOLUTIONS, 'third-country'];

function determinationBlockers(facts: ExitFacts): ExitBlocker[] {
  const moving = facts.reason === 'moved-abroad';
  if (!moving && facts.reason !== 'transferred') return [];
  const d = facts.determination;
  if (d === null) return ['NO_BEST_INTERESTS_DETERMINATION'];
  const blockers: ExitBlocker[] = [];
  if (d.riskLevel === null || d.returnInBestInterests === null) blockers.push('NO_RISK_ASSESSMENT');
  const fits = moving ? SOLUTIONS_FOR_MOVE_ABROAD : SOLUTIONS_FOR_TRANSFER;
  if (!fits.includes(d.solution)) blockers.push('DETERMINATION_DISAGREES');
  if (moving && (d.riskLevel === 'high' || (d.solution === 'return' && d.returnInBestInterests === false)))
    blockers.push('RISK_ASSESSMENT_AGAINST_MOVE');
  return blockers;
}

/** What holds back this closure now, beyond its evidence and the monitoring rule (empty: nothing). */
export function exitBlockers(facts: ExitFacts): ExitBlocker[] {
  const blockers: ExitBlocker[] = [];
  if (!CLOSURES_DESPITE_ALERTS.has(facts.reason)) {
    if (facts.openAlerts.safety > 0) blockers.push('SAFETY_ALERT_OPEN');
    if (facts.openAlerts.retrafficking > 0) blockers.push('RETRAFFICKING_ALERT_OPEN');
  }
  if (facts.reflectionRuns && !CLOSURES_DURING_REFLECTION.has(facts.reason))
    blockers.push('REFLECTION_PERIOD_RUNNING');
  blockers.push(...determinationBlockers(facts));
  if (
    facts.reason === 'reintegrated' &&
    facts.placementType !== null &&
    placementRefusal(facts.placementType, facts.determination) !== null
  )
    blockers.push('PLACEMENT_AGAINST_DETERMINATION');
  return blockers;
}

/** A move to another member country needs the national coordinator's approval as well (until handover). */
export function needsCoordinatorApproval(
  reason: CaseClosureReason,
  evidence: ClosureEvidence,
  ownCountry: string,
): boolean {
  const to = evidence.destinationCountry;
  return (
    reason === 'moved-abroad' &&
    to !== undefined &&
    to !== ownCountry &&
    (MEMBER_COUNTRIES as readonly string[]).includes(to)
  );
}

export type PlacementRefusal = 'determination-chose-otherwise' | 'not-in-best-interests';

/**
 * A placement back with the family must not contradict the latest determination: it must have chosen
 * reunification or return, and its risk assessment must not say that is against the child's best
 * interests. With no determination yet the placement is not checked here (the return rule of the
 * determination itself applies when one is taken).
 */
export function placementRefusal(
  placement: PlacementType,
  latest: DeterminationFacts | null,
): PlacementRefusal | null {
  if (placement !== 'family-reunification' || latest === null) return null;
  if (!RETURN_SOLUTIONS.includes(latest.solution)) return 'determination-chose-otherwise';
  if (latest.returnInBestInterests === false) return 'not-in-best-interests';
  return null;
}

/** A determination of return or removal cannot be taken while the reflection period runs (Art. 13). */
export function solutionRefusedDuringReflection(solution: DurableSolution, reflectionRuns: boolean): boolean {
  return reflectionRuns && REMOVAL_SOLUTIONS.includes(solution);
}

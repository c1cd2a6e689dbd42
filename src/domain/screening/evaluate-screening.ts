import type { TraffickingStatus } from '../vocabularies/index.ts';
import type { IndicatorAnswer } from './answers.ts';
import { type GradeCounts, matchingCombination } from './dimension-rule.ts';
import {
  DIMENSIONS,
  type Dimension,
  GRADES,
  type Grade,
  INDICATOR_LISTS,
  type IndicatorList,
} from './dimensions.ts';
import { explainDimension, explainSuggestion } from './explain.ts';
import { findHavenIndicator, findIndicator, type IndicatorSet } from './indicator-set.ts';
import { CURRENT_INDICATOR_SET } from './indicator-sets.ts';

export interface DimensionResult {
  list: IndicatorList;
  dimension: Dimension;
  positive: boolean;
  counts: GradeCounts;
  /** Ids of the indicators recorded present, by grade, in indicator-set order. */
  indicatorIds: Record<Grade, string[]>;
  /** The rule combination reached (positive), else null. */
  matchedCombination: Partial<GradeCounts> | null;
  /** The combinations that make a dimension positive, so a negative result can say what is missing. */
  combinations: readonly Partial<GradeCounts>[];
  /** English sentence; explainDimension renders the same result in any locale. */
  text: string;
}

export interface ListResult {
  list: IndicatorList;
  dimensions: DimensionResult[];
  /** Positive dimensions that show the act (the set's rule.act). */
  positiveRecruitmentDimensions: Dimension[];
  /** Positive dimensions that show exploitation (the set's rule.exploitation). */
  positiveExploitationDimensions: Dimension[];
  /** ILO/EC indicators recorded in this list (Haven's own items are not counted here). */
  indicatorCount: number;
}

/** identified-review: enough to put the case to the identifying authority; never a decision itself. */
export const SCREENING_SUGGESTIONS = ['identified-review', 'presumed', 'no-indication'] as const;
export type ScreeningSuggestion = (typeof SCREENING_SUGGESTIONS)[number];

export const SUGGESTED_TRAFFICKING_STATUS: Record<ScreeningSuggestion, TraffickingStatus | null> = {
  'identified-review': 'ActualVictimOfTrafficking',
  presumed: 'PossibleVictimOfTrafficking',
  'no-indication': null,
};

export interface ScreeningInput {
  answers: readonly IndicatorAnswer[];
  /** A recruitment or transit event is on file (HTCDS historic event), whatever the means. */
  movementOrRecruitmentRecorded?: boolean;
}

export interface ScreeningResult {
  indicatorSetVersion: string;
  lists: ListResult[];
  movementOrRecruitmentRecorded: boolean;
  /** Haven's own items recorded (never counted by the ILO/EC rule). Absent in results made with v1. */
  havenIndicatorIds?: string[];
  suggestion: ScreeningSuggestion;
  suggestedTraffickingStatus: TraffickingStatus | null;
  /** Lists that reached the suggestion (empty for no-indication, and for a presumption on Haven's items alone). */
  decisiveLists: IndicatorList[];
  /** Always false: screening suggests, a person decides the status (DOMAIN §4). */
  isDecision: false;
  text: string;
}

function evaluateDimension(
  set: IndicatorSet,
  list: IndicatorList,
  dimension: Dimension,
  presentIds: ReadonlySet<string>,
): DimensionResult {
  const indicatorIds: Record<Grade, string[]> = { strong: [], medium: [], weak: [] };
  for (const indicator of set.indicators) {
    if (indicator.list === list && indicator.dimension === dimension && presentIds.has(indicator.id))
      indicatorIds[indicator.grade].push(indicator.id);
  }
  const counts = Object.fromEntries(
    GRADES.map((grade) => [grade, indicatorIds[grade].length]),
  ) as GradeCounts;
  const matchedCombination = matchingCombination(counts, set.combinations);
  const result = { list, dimension, positive: matchedCombination !== null, counts, indicatorIds };
  const full = { ...result, matchedCombination, combinations: set.combinations, text: '' };
  return { ...full, text: explainDimension(full, 'en', set) };
}

function evaluateList(set: IndicatorSet, list: IndicatorList, presentIds: ReadonlySet<string>): ListResult {
  const dimensions = DIMENSIONS.map((dimension) => evaluateDimension(set, list, dimension, presentIds));
  const positive = (group: readonly Dimension[]) =>
    dimensions.filter((d) => d.positive && group.includes(d.dimension)).map((d) => d.dimension);
  return {
    list,
    dimensions,
    positiveRecruitmentDimensions: positive(set.rule.act),
    positiveExploitationDimensions: positive(set.rule.exploitation),
    indicatorCount: dimensions.reduce((sum, d) => sum + d.counts.strong + d.counts.medium + d.counts.weak, 0),
  };
}

/** Whether a list shows the act of the rule (with or without any means). */
export function actShown(
  set: IndicatorSet,
  list: ListResult,
  movementOrRecruitmentRecorded: boolean,
): boolean {
  return (
    list.positiveRecruitmentDimensions.length > 0 ||
    (set.rule.recordedEventShowsAct && movementOrRecruitmentRecorded)
  );
}

/**
 * For a child the "means" element is not needed (Palermo Protocol Art. 3(c); CoE Convention Art. 4(c)):
 * the act plus exploitation suffice for a review towards identification. Any indicator at all is enough
 * to presume and protect at once (CoE Convention Art. 10(2)).
 */
function listSuggestion(set: IndicatorSet, list: ListResult, movement: boolean): ScreeningSuggestion {
  if (actShown(set, list, movement) && list.positiveExploitationDimensions.length > 0)
    return 'identified-review';
  return list.indicatorCount > 0 ? 'presumed' : 'no-indication';
}

/**
 * Evaluates recorded indicators against both children's lists of one indicator set (the current one
 * unless told). Throws on an id the set does not know: answers are validated before they get here.
 */
export function evaluateScreening(
  input: ScreeningInput,
  set: IndicatorSet = CURRENT_INDICATOR_SET,
): ScreeningResult {
  const presentIds = new Set<string>();
  const havenIndicatorIds: string[] = [];
  for (const answer of input.answers) {
    if (findIndicator(set, answer.indicatorId)) presentIds.add(answer.indicatorId);
    else if (findHavenIndicator(set, answer.indicatorId)) havenIndicatorIds.push(answer.indicatorId);
    else throw new Error(`Unknown indicator '${answer.indicatorId}' in ${set.version}`);
  }
  const movement = input.movementOrRecruitmentRecorded ?? false;
  const lists = INDICATOR_LISTS.map((list) => evaluateList(set, list, presentIds));
  const perList = lists.map((list) => ({ list: list.list, suggestion: listSuggestion(set, list, movement) }));
  const fromLists = SCREENING_SUGGESTIONS.find((s) => perList.some((p) => p.suggestion === s))!;
  // Haven's own items never make a list positive, but any sign recorded is reason to protect at once.
  const suggestion = fromLists === 'no-indication' && havenIndicatorIds.length > 0 ? 'presumed' : fromLists;
  const result: ScreeningResult = {
    indicatorSetVersion: set.version,
    lists,
    movementOrRecruitmentRecorded: movement,
    havenIndicatorIds: [...new Set(havenIndicatorIds)],
    suggestion,
    suggestedTraffickingStatus: SUGGESTED_TRAFFICKING_STATUS[suggestion],
    decisiveLists:
      fromLists === 'no-indication'
        ? []
        : perList.filter((p) => p.suggestion === fromLists).map((p) => p.list),
    isDecision: false,
    text: '',
  };
  return { ...result, text: explainSuggestion(result, 'en') };
}

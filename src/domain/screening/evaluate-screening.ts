import type { TraffickingStatus } from '../vocabularies/index.ts';
import type { IndicatorAnswer } from './answers.ts';
import { DIMENSION_POSITIVE_COMBINATIONS, type GradeCounts, matchingCombination } from './dimension-rule.ts';
import {
  DIMENSIONS,
  type Dimension,
  EXPLOITATION_DIMENSIONS,
  GRADES,
  type Grade,
  INDICATOR_LISTS,
  type IndicatorList,
  RECRUITMENT_DIMENSIONS,
} from './dimensions.ts';
import { explainDimension, explainSuggestion } from './explain.ts';
import { INDICATOR_SET_VERSION, indicatorById } from './indicator-set.ts';

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
  positiveRecruitmentDimensions: Dimension[];
  positiveExploitationDimensions: Dimension[];
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
  combinations?: readonly Partial<GradeCounts>[];
}

export interface ScreeningResult {
  indicatorSetVersion: string;
  lists: ListResult[];
  movementOrRecruitmentRecorded: boolean;
  suggestion: ScreeningSuggestion;
  suggestedTraffickingStatus: TraffickingStatus | null;
  /** Lists that reached the suggestion (empty for no-indication). */
  decisiveLists: IndicatorList[];
  /** Always false: screening suggests, a person decides the status (DOMAIN §4). */
  isDecision: false;
  text: string;
}

function evaluateDimension(
  list: IndicatorList,
  dimension: Dimension,
  presentIds: ReadonlySet<string>,
  combinations: readonly Partial<GradeCounts>[],
): DimensionResult {
  const indicatorIds: Record<Grade, string[]> = { strong: [], medium: [], weak: [] };
  for (const id of presentIds) {
    const indicator = indicatorById(id)!;
    if (indicator.list === list && indicator.dimension === dimension) indicatorIds[indicator.grade].push(id);
  }
  const counts = Object.fromEntries(
    GRADES.map((grade) => [grade, indicatorIds[grade].length]),
  ) as GradeCounts;
  const matchedCombination = matchingCombination(counts, combinations);
  const result = { list, dimension, positive: matchedCombination !== null, counts, indicatorIds };
  const full = { ...result, matchedCombination, combinations, text: '' };
  return { ...full, text: explainDimension(full, 'en') };
}

function evaluateList(
  list: IndicatorList,
  presentIds: ReadonlySet<string>,
  combinations: readonly Partial<GradeCounts>[],
): ListResult {
  const dimensions = DIMENSIONS.map((dimension) =>
    evaluateDimension(list, dimension, presentIds, combinations),
  );
  const positive = (group: readonly Dimension[]) =>
    dimensions.filter((d) => d.positive && group.includes(d.dimension)).map((d) => d.dimension);
  return {
    list,
    dimensions,
    positiveRecruitmentDimensions: positive(RECRUITMENT_DIMENSIONS),
    positiveExploitationDimensions: positive(EXPLOITATION_DIMENSIONS),
    indicatorCount: dimensions.reduce((sum, d) => sum + d.counts.strong + d.counts.medium + d.counts.weak, 0),
  };
}

/**
 * For a child the "means" element is not needed (Palermo Protocol Art. 3(c); CoE Convention Art. 4(c)):
 * recruitment or movement plus exploitation suffice for a review towards identification. Any indicator
 * at all is enough to presume and protect at once (CoE Convention Art. 10(2)).
 */
function listSuggestion(list: ListResult, movementOrRecruitmentRecorded: boolean): ScreeningSuggestion {
  const recruitment = list.positiveRecruitmentDimensions.length > 0 || movementOrRecruitmentRecorded;
  if (recruitment && list.positiveExploitationDimensions.length > 0) return 'identified-review';
  return list.indicatorCount > 0 ? 'presumed' : 'no-indication';
}

/** Evaluates recorded indicators against both children's lists. Throws on an unknown indicator id. */
export function evaluateScreening(input: ScreeningInput): ScreeningResult {
  const presentIds = new Set<string>();
  for (const answer of input.answers) {
    if (!indicatorById(answer.indicatorId)) throw new Error(`Unknown indicator '${answer.indicatorId}'`);
    presentIds.add(answer.indicatorId);
  }
  const combinations = input.combinations ?? DIMENSION_POSITIVE_COMBINATIONS;
  const movement = input.movementOrRecruitmentRecorded ?? false;
  const lists = INDICATOR_LISTS.map((list) => evaluateList(list, presentIds, combinations));
  const perList = lists.map((list) => ({ list: list.list, suggestion: listSuggestion(list, movement) }));
  const suggestion = SCREENING_SUGGESTIONS.find((s) => perList.some((p) => p.suggestion === s))!;
  const result: ScreeningResult = {
    indicatorSetVersion: INDICATOR_SET_VERSION,
    lists,
    movementOrRecruitmentRecorded: movement,
    suggestion,
    suggestedTraffickingStatus: SUGGESTED_TRAFFICKING_STATUS[suggestion],
    decisiveLists:
      suggestion === 'no-indication'
        ? []
        : perList.filter((p) => p.suggestion === suggestion).map((p) => p.list),
    isDecision: false,
    text: '',
  };
  return { ...result, text: explainSuggestion(result, 'en') };
}

import {
  DIMENSION_LABELS,
  DIMENSIONS,
  EVIDENCE_SOURCE_LABELS,
  EVIDENCE_SOURCES,
  GRADE_LABELS,
  GRADES,
  INDICATOR_LIST_LABELS,
  INDICATOR_SETS,
  INDICATOR_SET_VERSION,
  type IndicatorSet,
  RECRUITMENT_DIMENSIONS,
} from '../../domain/screening/index.ts';
import { DOMAIN_LIST, SCREENING_LISTS, type ScreeningList } from './screening.schemas.ts';

// The indicator sets as reference data: every label in every language, the rule as data, where each
// item stands in the publication and what still awaits verification. No personal data: no audit.

const apiList = (domain: string): ScreeningList =>
  SCREENING_LISTS.find((list) => DOMAIN_LIST[list] === domain)!;

/** One set, whole: what the screening form and old results are drawn from. */
export function indicatorReference(set: IndicatorSet) {
  return {
    version: set.version,
    supersededBy: set.supersededBy,
    source: set.source,
    wording: set.wording,
    lists: SCREENING_LISTS.map((id) => ({
      id,
      label: INDICATOR_LIST_LABELS[DOMAIN_LIST[id]],
      basis: set.lists[DOMAIN_LIST[id]].basis,
      note: set.lists[DOMAIN_LIST[id]].note,
    })),
    dimensions: DIMENSIONS.map((id) => ({
      id,
      stage: (RECRUITMENT_DIMENSIONS as readonly string[]).includes(id)
        ? ('recruitment' as const)
        : ('exploitation' as const),
      label: DIMENSION_LABELS[id],
    })),
    grades: GRADES.map((id) => ({ id, label: GRADE_LABELS[id] })),
    rule: [...set.combinations],
    identification: {
      act: [...set.rule.act],
      recordedEventShowsAct: set.rule.recordedEventShowsAct,
      exploitation: [...set.rule.exploitation],
      notRequired: [...set.rule.notRequired],
    },
    evidenceSources: EVIDENCE_SOURCES.map((id) => ({ id, label: EVIDENCE_SOURCE_LABELS[id] })),
    indicators: set.indicators.map((indicator) => ({
      id: indicator.id,
      list: apiList(indicator.list),
      dimension: indicator.dimension,
      grade: indicator.grade,
      label: indicator.label,
      source: indicator.source,
    })),
    havenIndicators: set.havenIndicators.map(({ id, stage, label, basis }) => ({ id, stage, label, basis })),
  };
}

/** Every published version, oldest first, with how much of each list still awaits verification. */
export function indicatorSetVersions() {
  return {
    current: INDICATOR_SET_VERSION,
    items: INDICATOR_SETS.map((set) => ({
      version: set.version,
      supersededBy: set.supersededBy,
      source: set.source,
      wording: set.wording,
      lists: SCREENING_LISTS.map((id) => {
        const items = set.indicators.filter((indicator) => indicator.list === DOMAIN_LIST[id]);
        return {
          id,
          basis: set.lists[DOMAIN_LIST[id]].basis,
          indicators: items.length,
          toVerify: items.filter((indicator) => indicator.source.verify).length,
        };
      }),
      havenIndicators: set.havenIndicators.length,
    })),
  };
}

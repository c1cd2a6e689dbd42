import type { Locale } from '../locales.ts';
import type { GradeCounts } from './dimension-rule.ts';
import { DIMENSION_LABELS, GRADE_LABELS, GRADES, type Grade, INDICATOR_LIST_LABELS } from './dimensions.ts';
import type { DimensionResult, ScreeningResult } from './evaluate-screening.ts';
import { PHRASES } from './explain-phrases.ts';
import { explainSuggestionV2 } from './explain-suggestion-v2.ts';
import { capitalise, dimensionNames } from './explain-text.ts';
import { findIndicator, type IndicatorSet } from './indicator-set.ts';
import { indicatorSetByVersion } from './indicator-sets.ts';

type DimensionFacts = Omit<DimensionResult, 'text'>;
type SuggestionFacts = Omit<ScreeningResult, 'text'>;

export function combinationText(combination: Partial<GradeCounts>, locale: Locale): string {
  const parts = (Object.entries(combination) as [Grade, number][]).map(([grade, count]) =>
    locale === 'en' ? `${count} ${grade}` : `${GRADE_LABELS[grade][locale]}: ${count}`,
  );
  return parts.join(' + ');
}

function presentText(result: DimensionFacts, locale: Locale, set: IndicatorSet): string {
  const phrases = PHRASES[locale];
  const groups = GRADES.filter((grade) => result.counts[grade] > 0).map((grade, index) => {
    const labels = result.indicatorIds[grade].map((id) =>
      phrases.quote(findIndicator(set, id)!.label[locale]),
    );
    return locale === 'en'
      ? `${result.counts[grade]} ${grade} ${labels.join(', ')}`
      : `${index === 0 ? capitalise(GRADE_LABELS[grade][locale]) : GRADE_LABELS[grade][locale]} (${result.counts[grade]}): ${labels.join(', ')}`;
  });
  if (locale !== 'en') return groups.join('; ');
  const total = result.counts.strong + result.counts.medium + result.counts.weak;
  return `${groups.join(' and ')} indicator${total === 1 ? '' : 's'}`;
}

/**
 * A dimension result in words, e.g. "Positive: 1 strong (Violence against the child) and 1 medium
 * (Debt bondage of the child or the family) indicators." A practitioner must be able to check
 * the suggestion against the rule, so a negative result also says what would make it positive.
 */
export function explainDimension(result: DimensionFacts, locale: Locale, set: IndicatorSet): string {
  const phrases = PHRASES[locale];
  const dimension = DIMENSION_LABELS[result.dimension][locale];
  const total = result.counts.strong + result.counts.medium + result.counts.weak;
  if (total === 0) return `${dimension}: ${phrases.none}.`;
  const separator = locale === 'en' ? ': ' : '. ';
  const verdict = result.positive ? phrases.positive : phrases.notPositive;
  const sentence = `${dimension} — ${verdict}${separator}${presentText(result, locale, set)}.`;
  if (result.positive) return sentence;
  const needed = result.combinations.map((c) => combinationText(c, locale)).join(`, ${phrases.or} `);
  return `${sentence} ${phrases.needs}: ${needed}.`;
}

/**
 * The overall suggestion in words, always ending with the reminder that a person decides. A screening
 * reads in the wording of its own indicator set, so one made with v1 says today what it said then.
 */
export function explainSuggestion(result: SuggestionFacts, locale: Locale): string {
  const set = indicatorSetByVersion(result.indicatorSetVersion);
  if (!set) throw new Error(`Unknown indicator set '${result.indicatorSetVersion}'`);
  return set.suggestionWording === 'v1'
    ? explainSuggestionV1(result, locale)
    : explainSuggestionV2(result, locale, set);
}

function explainSuggestionV1(result: SuggestionFacts, locale: Locale): string {
  const phrases = PHRASES[locale];
  const lists = result.decisiveLists.map((list) => INDICATOR_LIST_LABELS[list][locale]).join('; ');
  const head = phrases.suggestion[result.suggestion] + (lists ? ` (${lists})` : '');
  if (result.suggestion === 'no-indication') return `${head}. ${phrases.notADecision}`;
  if (result.suggestion === 'presumed') {
    const count = Math.max(...result.lists.map((list) => list.indicatorCount));
    return `${head}. ${phrases.indicatorsRecorded}: ${count}; ${phrases.notEnough}. ${phrases.notADecision}`;
  }
  const decisive = result.lists.find((list) => list.list === result.decisiveLists[0])!;
  const recruitment = [
    ...(decisive.positiveRecruitmentDimensions.length > 0
      ? [dimensionNames(decisive.positiveRecruitmentDimensions, locale)]
      : []),
    ...(result.movementOrRecruitmentRecorded ? [phrases.movementRecorded] : []),
  ].join(`; `);
  const exploitation = dimensionNames(decisive.positiveExploitationDimensions, locale);
  return `${head}. ${capitalise(phrases.recruitment)}: ${recruitment}; ${phrases.exploitation}: ${exploitation}. ${phrases.noMeans} ${phrases.notADecision}`;
}

import type { Locale } from '../locales.ts';
import { INDICATOR_LIST_LABELS } from './dimensions.ts';
import type { ListResult, ScreeningResult } from './evaluate-screening.ts';
import { PHRASES } from './explain-phrases.ts';
import { PHRASES_V2 } from './explain-phrases-v2.ts';
import { dimensionNames } from './explain-text.ts';
import { findHavenIndicator, type IndicatorSet } from './indicator-set.ts';

type SuggestionFacts = Omit<ScreeningResult, 'text'>;

/** The list a presumption talks about: the decisive one, else the one with most indicators. */
function listInFocus(result: SuggestionFacts): ListResult {
  const decisive = result.lists.find((list) => list.list === result.decisiveLists[0]);
  return decisive ?? [...result.lists].sort((a, b) => b.indicatorCount - a.indicatorCount)[0]!;
}

function havenSentence(result: SuggestionFacts, locale: Locale, set: IndicatorSet): string {
  const ids = result.havenIndicatorIds ?? [];
  if (ids.length === 0) return '';
  const labels = ids.map((id) => PHRASES[locale].quote(findHavenIndicator(set, id)!.label[locale]));
  return ` ${PHRASES_V2[locale].haven}: ${labels.join(', ')}.`;
}

/**
 * The v2 wording: names the act and the exploitation the ILO/EC rule for children asks for, says which
 * of the two is still missing, and lists Haven's own items apart as not counted.
 */
export function explainSuggestionV2(result: SuggestionFacts, locale: Locale, set: IndicatorSet): string {
  const phrases = PHRASES[locale];
  const v2 = PHRASES_V2[locale];
  const lists = result.decisiveLists.map((list) => INDICATOR_LIST_LABELS[list][locale]).join('; ');
  const head = phrases.suggestion[result.suggestion] + (lists ? ` (${lists})` : '');
  const haven = havenSentence(result, locale, set);
  if (result.suggestion === 'no-indication') return `${head}. ${phrases.notADecision}`;
  const focus = listInFocus(result);
  const eventShown = set.rule.recordedEventShowsAct && result.movementOrRecruitmentRecorded;
  if (result.suggestion === 'presumed') {
    const missing = [
      ...(focus.positiveRecruitmentDimensions.length > 0 || eventShown ? [] : [v2.missingAct]),
      ...(focus.positiveExploitationDimensions.length > 0
        ? []
        : [v2.missingExploitation(dimensionNames(set.rule.exploitation, locale))]),
    ];
    const counted = v2.counted(focus.indicatorCount, result.havenIndicatorIds?.length ?? 0);
    return `${head}. ${counted}. ${v2.notYetShown}: ${missing.join('; ')}.${haven} ${phrases.notADecision}`;
  }
  const act = [
    ...(focus.positiveRecruitmentDimensions.length > 0
      ? [dimensionNames(focus.positiveRecruitmentDimensions, locale)]
      : []),
    ...(eventShown ? [phrases.movementRecorded] : []),
  ].join('; ');
  const exploitation = dimensionNames(focus.positiveExploitationDimensions, locale);
  return `${head}. ${v2.act}: ${act}. ${v2.exploitation}: ${exploitation}. ${v2.noMeansChild}${haven} ${phrases.notADecision}`;
}

// Justice vocabularies in the interface language: stages, outcomes, articles, measures and roles come
// with their labels from src/domain/justice; HTCDS perpetrator vocabularies from src/domain/vocabularies.
import { useTranslation } from 'react-i18next';
import {
  CHILD_ROLE_LABELS,
  type ChildRole,
  CRIMINAL_CODE_ARTICLES,
  type JusticeCountry,
  PROCEEDING_OUTCOME_LABELS,
  PROCEEDING_STAGE_LABELS,
  PROTECTIVE_MEASURE_LABELS,
  type ProceedingOutcome,
  type ProceedingStage,
  type ProtectiveMeasure,
} from '../../../domain/justice/index.ts';
import { vocabularyLabel } from '../../../domain/vocabularies/index.ts';
import { useMe } from '../../session/session.ts';
import { currentLocale } from '../cases/labels.ts';
import { formatNumber } from '../../i18n/intl.ts';

export function useJusticeLabels() {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const country = useMe().user.country as JusticeCountry;
  const articles = CRIMINAL_CODE_ARTICLES[country] ?? [];
  return {
    locale,
    country,
    articles,
    stage: (stage: ProceedingStage) => PROCEEDING_STAGE_LABELS[stage]?.[locale] ?? stage,
    outcome: (outcome: ProceedingOutcome) => PROCEEDING_OUTCOME_LABELS[outcome]?.[locale] ?? outcome,
    childRole: (role: ChildRole) => CHILD_ROLE_LABELS[role]?.[locale] ?? role,
    measure: (measure: ProtectiveMeasure) => PROTECTIVE_MEASURE_LABELS[measure]?.[locale] ?? measure,
    article: (code: string) => {
      const found = articles.find((a) => a.article === code);
      return found ? `${code} — ${found.label[locale]}` : code;
    },
    perpetratorRole: (role: string) => vocabularyLabel('perpetratorRole', role, locale),
    relation: (relation: string) => vocabularyLabel('relationshipToTrafficker', relation, locale),
    gender: (gender: string) => vocabularyLabel('gender', gender, locale),
  };
}

/** Amounts as the locale writes money, with the currency code (UAH, MDL, BYN, EUR). */
export function formatMoney(amount: number, currency: string, locale: string): string {
  try {
    return formatNumber(amount, locale, { style: 'currency', currency });
  } catch {
    return `${amount} ${currency}`;
  }
}

// Human labels for every vocabulary value, in every locale, behind one lookup.
import type { Locale, LocalisedText } from '../locales.ts';
import type { VocabularyName, VocabularyValue } from './htcds.ts';
import {
  CASE_STATUS_LABELS,
  CLOSURE_REASON_LABELS,
  HISTORIC_EVENT_TYPE_LABELS,
  ORGANISATION_TYPE_LABELS,
  PERPETRATOR_ROLE_LABELS,
  REFERRAL_REASON_LABELS,
  SUPPORT_PLAN_TYPE_LABELS,
} from './labels/case.ts';
import {
  FORCED_LABOUR_INDUSTRY_LABELS,
  TYPE_OF_EXPLOITATION_LABELS,
  TYPE_OF_SEX_EXPLOITATION_LABELS,
} from './labels/exploitation.ts';
import { EDUCATION_LEVEL_LABELS, GENDER_LABELS } from './labels/person.ts';
import {
  METHOD_OF_CONTROL_LABELS,
  METHOD_OF_RECRUITMENT_LABELS,
  RECRUITMENT_APP_LABELS,
  RELATIONSHIP_TO_TRAFFICKER_LABELS,
  STATUS_DECISION_MAKING_ORG_LABELS,
  TRAFFICKING_STATUS_LABELS,
} from './labels/victim.ts';

export * from './labels/case.ts';
export * from './labels/exploitation.ts';
export * from './labels/person.ts';
export * from './labels/victim.ts';

export type VocabularyLabels = { readonly [V in VocabularyName]: Record<VocabularyValue<V>, LocalisedText> };

export const VOCABULARY_LABELS: VocabularyLabels = {
  organisationType: ORGANISATION_TYPE_LABELS,
  gender: GENDER_LABELS,
  educationLevel: EDUCATION_LEVEL_LABELS,
  traffickingStatus: TRAFFICKING_STATUS_LABELS,
  statusDecisionMakingOrg: STATUS_DECISION_MAKING_ORG_LABELS,
  relationshipToTrafficker: RELATIONSHIP_TO_TRAFFICKER_LABELS,
  methodOfRecruitment: METHOD_OF_RECRUITMENT_LABELS,
  recruitmentApp: RECRUITMENT_APP_LABELS,
  methodOfControl: METHOD_OF_CONTROL_LABELS,
  typeOfExploitation: TYPE_OF_EXPLOITATION_LABELS,
  forcedLabourIndustry: FORCED_LABOUR_INDUSTRY_LABELS,
  typeOfSexExploitation: TYPE_OF_SEX_EXPLOITATION_LABELS,
  perpetratorRole: PERPETRATOR_ROLE_LABELS,
  caseStatus: CASE_STATUS_LABELS,
  closureReason: CLOSURE_REASON_LABELS,
  referralReason: REFERRAL_REASON_LABELS,
  historicEventType: HISTORIC_EVENT_TYPE_LABELS,
  supportPlanType: SUPPORT_PLAN_TYPE_LABELS,
};

/**
 * The label of a vocabulary value. A value no longer in the vocabulary (an old record, a value from
 * another node's newer release) is shown as its identifier rather than hidden, so nothing is lost.
 */
export function vocabularyLabel<V extends VocabularyName>(
  vocabulary: V,
  value: VocabularyValue<V> | (string & {}),
  locale: Locale,
): string {
  const labels: Partial<Record<string, LocalisedText>> = VOCABULARY_LABELS[vocabulary];
  return labels[value]?.[locale] ?? value;
}

// The HTCDS v2.0 vocabularies as one registry, so the API can publish them and exports can tell
// standard values from Haven's extensions.
import {
  CaseStatus,
  ClosureReason,
  HistoricEventType,
  OrganisationType,
  PerpetratorRole,
  ReferralReason,
  SupportPlanType,
} from './case.ts';
import { ForcedLabourIndustry, TypeOfExploitation, TypeOfSexExploitation } from './exploitation.ts';
import { EducationLevel, Gender } from './person.ts';
import {
  MethodOfControl,
  MethodOfRecruitment,
  RecruitmentApp,
  RelationshipToTrafficker,
  StatusDecisionMakingOrg,
  TraffickingStatus,
} from './victim.ts';

export * from './case.ts';
export * from './exploitation.ts';
export * from './person.ts';
export * from './victim.ts';

export const VOCABULARIES = {
  organisationType: OrganisationType,
  gender: Gender,
  educationLevel: EducationLevel,
  traffickingStatus: TraffickingStatus,
  statusDecisionMakingOrg: StatusDecisionMakingOrg,
  relationshipToTrafficker: RelationshipToTrafficker,
  methodOfRecruitment: MethodOfRecruitment,
  recruitmentApp: RecruitmentApp,
  methodOfControl: MethodOfControl,
  typeOfExploitation: TypeOfExploitation,
  forcedLabourIndustry: ForcedLabourIndustry,
  typeOfSexExploitation: TypeOfSexExploitation,
  perpetratorRole: PerpetratorRole,
  caseStatus: CaseStatus,
  closureReason: ClosureReason,
  referralReason: ReferralReason,
  historicEventType: HistoricEventType,
  supportPlanType: SupportPlanType,
} as const satisfies Record<string, readonly string[]>;

export type VocabularyName = keyof typeof VOCABULARIES;
export type VocabularyValue<V extends VocabularyName> = (typeof VOCABULARIES)[V][number];

export const VOCABULARY_NAMES = Object.keys(VOCABULARIES) as VocabularyName[];

/**
 * Values Haven uses that HTCDS v2.0 does not define. An export to HTCDS maps them to 'Other' (or
 * drops the field) and may carry the Haven value alongside; statistics keep them.
 */
export const HTCDS_EXTENSIONS: { readonly [V in VocabularyName]?: readonly VocabularyValue<V>[] } = {
  typeOfExploitation: ['ForcedCriminality'],
  closureReason: ClosureReason,
};

export function isVocabularyName(name: string): name is VocabularyName {
  return Object.hasOwn(VOCABULARIES, name);
}

export function isVocabularyValue<V extends VocabularyName>(
  vocabulary: V,
  value: string,
): value is VocabularyValue<V> {
  return (VOCABULARIES[vocabulary] as readonly string[]).includes(value);
}

export function isHtcdsExtension(vocabulary: VocabularyName, value: string): boolean {
  const extensions: readonly string[] | undefined = HTCDS_EXTENSIONS[vocabulary];
  return extensions?.includes(value) ?? false;
}

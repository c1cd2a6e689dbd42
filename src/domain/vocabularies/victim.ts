// HTCDS v2.0 victim-context vocabularies (how the person was identified, recruited and controlled).

export const TraffickingStatus = [
  'PossibleVictimOfTrafficking',
  'ActualVictimOfTrafficking',
  'NotAVictimOfTrafficking',
] as const;
export type TraffickingStatus = (typeof TraffickingStatus)[number];

export const StatusDecisionMakingOrg = [
  'Police',
  'NGO',
  'CourtOrProsecution',
  'NonPoliceGovernmentalOrganization',
  'Other',
] as const;
export type StatusDecisionMakingOrg = (typeof StatusDecisionMakingOrg)[number];

export const RelationshipToTrafficker = ['Familial', 'Acquainted', 'Unacquainted'] as const;
export type RelationshipToTrafficker = (typeof RelationshipToTrafficker)[number];

export const MethodOfRecruitment = [
  'AtAPlaceOfBusiness',
  'AtAnEducationalInstitution',
  'AtWork',
  'ThroughOnlineSocialNetworks',
  'ThroughAnOnlineAdvertisement',
  'ThroughATelevisionAdvert',
  'ThroughANewspaperAdvert',
  'ThroughFamilyOrFamilyEvents',
  'ThroughFriendsOrSocialEvents',
  'Other',
] as const;
export type MethodOfRecruitment = (typeof MethodOfRecruitment)[number];

/** Websites and apps used to recruit or exploit (HTCDS RecruitmentWebsitesAndApps / ExploitationWebsitesAndApps). */
export const RecruitmentApp = [
  'Facebook',
  'Instagram',
  'WhatsApp',
  'Telegram',
  'FacebookMessenger',
  'Viber',
  'SnapChat',
  'Line',
  '4Sale',
  'WeChat',
  'QQ',
  'QZone',
  'TikTok',
  'Twitter',
  'Other',
] as const;
export type RecruitmentApp = (typeof RecruitmentApp)[number];

export const MethodOfControl = [
  'PhysicalThreats',
  'ThreatsLawEnforcement',
  'ThreatensChildrenFamily',
  'DebtBondage',
  'FalsePromises',
  'PhysicalAbuse',
  'SexualAbuse',
  'TakesEarnings',
  'RestrictsFinancialAccess',
  'RestrictsMedicalCare',
  'WithholdsNecessities',
  'PsychologicalAbuse',
  'PsychoactiveSubstance',
  'ExcessiveWorkingHours',
  'WithholdsDocuments',
  'RestrictsMovement',
  'Other',
] as const;
export type MethodOfControl = (typeof MethodOfControl)[number];

// HTCDS v2.0 organisation, perpetrator, case, event and support-plan vocabularies.

export const OrganisationType = [
  'NGO',
  'LawEnforcement',
  'HealthServiceOrganisation',
  'CentralGovernmentOrganisation',
  'LocalGovernmentOrganisation',
  'ImmigrationService',
  'LegalService',
  'CorporateBusiness',
  'SchoolOrCollege',
] as const;
export type OrganisationType = (typeof OrganisationType)[number];

export const PerpetratorRole = [
  'TravellingPartner',
  'Transporter',
  'RecruiterOrIntermediary',
  'BrokerTravelAgent',
  'Smuggler',
  'Abuser',
  'Kidnapper',
  'Exploiter',
  'SoldIndividual',
  'BoughtIndividual',
  'Other',
] as const;
export type PerpetratorRole = (typeof PerpetratorRole)[number];

export const CaseStatus = ['Active', 'FollowUp', 'Closed', 'ClosedReferred'] as const;
export type CaseStatus = (typeof CaseStatus)[number];

/**
 * HTCDS has a closure-reason field but DOMAIN §3 does not list its values, so these are Haven's own
 * (all listed in HTCDS_EXTENSIONS). They follow NRM closure practice: a case closes only with a reason
 * a supervisor can check, and "reintegration achieved" needs the monitoring rule of DOMAIN §5.
 */
export const ClosureReason = [
  'ReintegrationAchieved',
  'ReferredToAnotherOrganisation',
  'TransferredToAnotherCountry',
  'MovedOutOfArea',
  'ServicesDeclined',
  'LostContact',
  'NotAVictimOfTrafficking',
  'DuplicateRecord',
  'Deceased',
  'Other',
] as const;
export type ClosureReason = (typeof ClosureReason)[number];

export const ReferralReason = ['AdditionalServicesRequired', 'MigrationOrChangeOfLocation', 'Other'] as const;
export type ReferralReason = (typeof ReferralReason)[number];

export const HistoricEventType = ['Recruitment', 'Transit', 'Exploitation'] as const;
export type HistoricEventType = (typeof HistoricEventType)[number];

export const SupportPlanType = [
  'Education',
  'Financial',
  'Health',
  'LabourExploitationRehabilitation',
  'Legal',
  'Livelihood',
  'RightsBasedTraining',
  'SexualExploitationRehabilitation',
  'SocialCare',
] as const;
export type SupportPlanType = (typeof SupportPlanType)[number];

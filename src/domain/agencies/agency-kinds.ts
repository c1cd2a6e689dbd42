// The kinds of agency that take part in the NRM in UA, MD and BY. Each maps to an HTCDS
// organisation type so exports need no per-agency mapping; an agency record may still override it
// (a shelter run by a municipality is local government, not an NGO).
import type { CountryCode } from '../geo/admin-unit.ts';
import type { Locale, LocalisedText } from '../locales.ts';
import type { OrganisationType } from '../vocabularies/case.ts';
import type { StatusDecisionMakingOrg } from '../vocabularies/victim.ts';
import { AGENCY_KIND_NAMES } from './agency-kind-names.ts';

export const AgencyKind = [
  'local-state-administration',
  'centre-social-services',
  'service-childrens-affairs',
  'juvenile-police',
  'counter-trafficking-police',
  'prosecutor',
  'court',
  'multidisciplinary-team',
  'shelter',
  'health',
  'school',
  'ngo',
  'iom',
  'national-coordinator',
] as const;
export type AgencyKind = (typeof AgencyKind)[number];

export type AgencyKindInfo = {
  kind: AgencyKind;
  htcdsOrganisationType: OrganisationType;
  /** How HTCDS records this kind when it decides a trafficking status; absent where it never does. */
  statusDecisionMakingOrg?: StatusDecisionMakingOrg;
  names: LocalisedText;
  /** The national name, where the country calls this kind of body something else. */
  countryNames?: Partial<Record<CountryCode, LocalisedText>>;
};

type Mapping = Pick<AgencyKindInfo, 'htcdsOrganisationType' | 'statusDecisionMakingOrg'>;

const STATE_BODY: Mapping = {
  htcdsOrganisationType: 'LocalGovernmentOrganisation',
  statusDecisionMakingOrg: 'NonPoliceGovernmentalOrganization',
};
const POLICE: Mapping = { htcdsOrganisationType: 'LawEnforcement', statusDecisionMakingOrg: 'Police' };

const MAPPINGS: Record<AgencyKind, Mapping> = {
  'local-state-administration': STATE_BODY,
  'centre-social-services': STATE_BODY,
  'service-childrens-affairs': STATE_BODY,
  'juvenile-police': POLICE,
  'counter-trafficking-police': POLICE,
  prosecutor: { htcdsOrganisationType: 'LawEnforcement', statusDecisionMakingOrg: 'CourtOrProsecution' },
  // HTCDS has no type for the judiciary; courts are state bodies of the central level.
  court: {
    htcdsOrganisationType: 'CentralGovernmentOrganisation',
    statusDecisionMakingOrg: 'CourtOrProsecution',
  },
  'multidisciplinary-team': STATE_BODY,
  // Most child shelters for trafficked children in the region are run or co-run by NGOs.
  shelter: { htcdsOrganisationType: 'NGO', statusDecisionMakingOrg: 'NGO' },
  health: { htcdsOrganisationType: 'HealthServiceOrganisation' },
  school: { htcdsOrganisationType: 'SchoolOrCollege' },
  ngo: { htcdsOrganisationType: 'NGO', statusDecisionMakingOrg: 'NGO' },
  // IOM is intergovernmental; HTCDS has no such type and CTDC counts IOM among service providers,
  // which HTCDS files under NGO.
  iom: { htcdsOrganisationType: 'NGO', statusDecisionMakingOrg: 'NGO' },
  'national-coordinator': {
    htcdsOrganisationType: 'CentralGovernmentOrganisation',
    statusDecisionMakingOrg: 'NonPoliceGovernmentalOrganization',
  },
};

export const AGENCY_KINDS: Record<AgencyKind, AgencyKindInfo> = Object.fromEntries(
  AgencyKind.map((kind) => [kind, { kind, ...MAPPINGS[kind], ...AGENCY_KIND_NAMES[kind] }]),
) as Record<AgencyKind, AgencyKindInfo>;

export function isAgencyKind(value: string): value is AgencyKind {
  return (AgencyKind as readonly string[]).includes(value);
}

/** The name a practitioner of `country` knows this kind by, or the generic name without a country. */
export function agencyKindName(kind: AgencyKind, locale: Locale, country?: CountryCode): string {
  const info = AGENCY_KINDS[kind];
  return (country && info.countryNames?.[country]?.[locale]) ?? info.names[locale];
}

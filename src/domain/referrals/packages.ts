// The minimum data package of a referral: which parts of the child's file travel to the receiving
// agency. Each referral type (by the service's kind) has a maximum; the case worker may narrow it,
// never widen it. Data, not code: review the lists with the data-protection officer.

/** A part of the case file that can travel, and the field group the policy files it under. */
export const PACKAGE_FIELDS = {
  /** Gender, age band, presumed minor, languages, citizenship, stateless, unaccompanied, district. */
  'identity.basics': 'identity',
  /** Names (all forms) — needed to receive the child in person. */
  'identity.names': 'identity',
  'identity.birth-date': 'identity',
  'identity.documents': 'identity',
  /** Contacts and address. */
  'identity.contacts': 'identity',
  /** The guardian or legal representative: kind, name, contact. */
  guardian: 'identity',
  /** Disability and health flags the service must know to receive the child safely. */
  'health.flags': 'health',
  /** Forms of exploitation (types only, no narrative). */
  'exploitation.summary': 'exploitation',
  /** Victim status, who decided it, reflection period, non-punishment. */
  'justice.summary': 'justice',
} as const;
export type PackageField = keyof typeof PACKAGE_FIELDS;
export const PACKAGE_FIELD_NAMES = Object.keys(PACKAGE_FIELDS) as PackageField[];

type PackageRule = { maximum: ReadonlyArray<PackageField>; suggested: ReadonlyArray<PackageField> };

const BASIC: PackageField[] = ['identity.basics', 'identity.names'];
const RECEIVE_IN_PERSON: PackageField[] = [...BASIC, 'identity.birth-date', 'guardian'];

/** Per service kind (see the directory's SERVICE_KINDS); kinds not listed get DEFAULT_PACKAGE. */
export const PACKAGE_RULES: Record<string, PackageRule> = {
  'emergency-shelter': {
    maximum: [...RECEIVE_IN_PERSON, 'health.flags'],
    suggested: [...BASIC, 'health.flags'],
  },
  'long-term-accommodation': {
    maximum: [...RECEIVE_IN_PERSON, 'health.flags', 'identity.documents'],
    suggested: [...RECEIVE_IN_PERSON, 'health.flags'],
  },
  'family-based-care': {
    maximum: [...RECEIVE_IN_PERSON, 'health.flags', 'identity.documents'],
    suggested: [...RECEIVE_IN_PERSON, 'health.flags'],
  },
  medical: {
    maximum: [...RECEIVE_IN_PERSON, 'health.flags', 'identity.documents'],
    suggested: [...BASIC, 'health.flags'],
  },
  psychological: {
    maximum: [...BASIC, 'guardian', 'health.flags', 'exploitation.summary'],
    suggested: [...BASIC, 'health.flags'],
  },
  'legal-aid': {
    maximum: [
      ...RECEIVE_IN_PERSON,
      'identity.documents',
      'identity.contacts',
      'justice.summary',
      'exploitation.summary',
    ],
    suggested: [...BASIC, 'justice.summary'],
  },
  interpretation: { maximum: ['identity.basics'], suggested: ['identity.basics'] },
  education: {
    maximum: [...RECEIVE_IN_PERSON, 'identity.documents'],
    suggested: [...BASIC, 'identity.birth-date'],
  },
  'vocational-training': { maximum: [...RECEIVE_IN_PERSON, 'identity.documents'], suggested: BASIC },
  'family-support': {
    maximum: [...RECEIVE_IN_PERSON, 'identity.contacts'],
    suggested: [...BASIC, 'guardian'],
  },
  'economic-support': {
    maximum: [...RECEIVE_IN_PERSON, 'identity.documents', 'identity.contacts', 'justice.summary'],
    suggested: [...BASIC, 'justice.summary'],
  },
  guardianship: {
    maximum: [...RECEIVE_IN_PERSON, 'identity.documents', 'identity.contacts', 'health.flags'],
    suggested: RECEIVE_IN_PERSON,
  },
  'safe-return': {
    maximum: [...RECEIVE_IN_PERSON, 'identity.documents', 'identity.contacts', 'justice.summary'],
    suggested: [...RECEIVE_IN_PERSON, 'identity.documents'],
  },
};

export const DEFAULT_PACKAGE: PackageRule = { maximum: BASIC, suggested: BASIC };

export const packageRuleFor = (serviceKind: string): PackageRule =>
  PACKAGE_RULES[serviceKind] ?? DEFAULT_PACKAGE;

/** The fields asked for but beyond the type's maximum (empty = the choice is allowed). */
export function fieldsBeyondMaximum(serviceKind: string, chosen: ReadonlyArray<string>): string[] {
  const maximum: ReadonlyArray<string> = packageRuleFor(serviceKind).maximum;
  return chosen.filter((field) => !maximum.includes(field));
}

/** The chosen fields, in canonical order, deduplicated; the suggestion when nothing was chosen. */
export function normalisePackage(serviceKind: string, chosen?: ReadonlyArray<PackageField>): PackageField[] {
  const wanted = new Set(chosen ?? packageRuleFor(serviceKind).suggested);
  return PACKAGE_FIELD_NAMES.filter((field) => wanted.has(field));
}

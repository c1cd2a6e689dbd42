// Who a service is for. An empty restriction admits everyone; what is not known about the child never
// excludes them (a practitioner checks it with the provider), only what is known and outside the rule.
import type { TypeOfExploitation } from '../vocabularies/exploitation.ts';
import type { Gender } from '../vocabularies/person.ts';

export type Eligibility = {
  ageMin: number | null;
  ageMax: number | null;
  /** HTCDS genders admitted; empty = all. */
  genders: readonly Gender[];
  /** Exploitation types the service specialises in; empty = all. */
  exploitationTypes: readonly TypeOfExploitation[];
};

export type Need = {
  age?: number | null;
  gender?: Gender | null;
  /** The child's exploitation types: one in common with the service's is enough. */
  exploitationTypes?: readonly TypeOfExploitation[];
};

export type IneligibleReason = 'age' | 'gender' | 'exploitation';

export const OPEN_ELIGIBILITY: Eligibility = {
  ageMin: null,
  ageMax: null,
  genders: [],
  exploitationTypes: [],
};

export function ineligibilityReasons(eligibility: Eligibility, need: Need): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  const age = need.age ?? null;
  if (
    age !== null &&
    ((eligibility.ageMin !== null && age < eligibility.ageMin) ||
      (eligibility.ageMax !== null && age > eligibility.ageMax))
  )
    reasons.push('age');
  const gender = need.gender ?? null;
  if (
    gender !== null &&
    gender !== 'NonSpecifiedUnknown' &&
    eligibility.genders.length > 0 &&
    !eligibility.genders.includes(gender)
  )
    reasons.push('gender');
  const types = need.exploitationTypes ?? [];
  if (
    types.length > 0 &&
    eligibility.exploitationTypes.length > 0 &&
    !types.some((type) => eligibility.exploitationTypes.includes(type))
  )
    reasons.push('exploitation');
  return reasons;
}

export function isEligible(eligibility: Eligibility, need: Need): boolean {
  return ineligibilityReasons(eligibility, need).length === 0;
}

/** Does the service speak the language (ISO 639-2/T)? A service listing no language is not excluded. */
export function speaks(languages: readonly string[], language: string | null | undefined): boolean {
  return !language || languages.length === 0 || languages.includes(language);
}

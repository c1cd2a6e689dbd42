// HTCDS v2.0 person vocabularies (prs_ fields). Values are the standard's identifiers, kept verbatim
// so records export to HTCDS without translation tables.

export const Gender = [
  'Feminine',
  'Masculine',
  'TransgenderFeminine',
  'TransgenderMasculine',
  'NonConforming',
  'NonSpecifiedUnknown',
] as const;
export type Gender = (typeof Gender)[number];

/** ISCED 2011 levels 0–8, the scale HTCDS uses for HighestLevelOfEducation. */
export const EducationLevel = [
  'EarlyChildhoodEducation',
  'PrimaryEducation',
  'LowerSecondaryEducation',
  'UpperSecondaryEducation',
  'PostSecondaryNonTertiaryEducation',
  'ShortCycleTertiaryEducation',
  'BachelorOrEquivalent',
  'MasterOrEquivalent',
  'DoctoralOrEquivalent',
] as const;
export type EducationLevel = (typeof EducationLevel)[number];

/** The ISCED 2011 level number, for statistics that band by level rather than by name. */
export const ISCED_LEVEL: Record<EducationLevel, number> = {
  EarlyChildhoodEducation: 0,
  PrimaryEducation: 1,
  LowerSecondaryEducation: 2,
  UpperSecondaryEducation: 3,
  PostSecondaryNonTertiaryEducation: 4,
  ShortCycleTertiaryEducation: 5,
  BachelorOrEquivalent: 6,
  MasterOrEquivalent: 7,
  DoctoralOrEquivalent: 8,
};

import type { LocalisedText } from '../locales.ts';
import { DIMENSIONS, type Dimension, type Grade, type IndicatorList } from './dimensions.ts';
import {
  COERCION_AT_DESTINATION_LABELS,
  EXPLOITATIVE_CONDITIONS_LABELS,
  VULNERABILITY_AT_DESTINATION_LABELS,
} from './indicator-labels-destination.ts';
import {
  COERCIVE_RECRUITMENT_LABELS,
  DECEPTIVE_RECRUITMENT_LABELS,
  VULNERABILITY_RECRUITMENT_LABELS,
} from './indicator-labels-recruitment.ts';

/**
 * The indicator set every stored answer and result refers to. A change of any id, grade or list
 * membership is a new version: old screenings keep the version they were made with.
 */
export const INDICATOR_SET_VERSION = 'ilo-ec-2009-children-v1';

export interface IndicatorDefinition {
  /** Stable id: <list>.<dimension>.<item>, e.g. child-labour.deceptive.education. */
  id: string;
  list: IndicatorList;
  dimension: Dimension;
  grade: Grade;
  label: LocalisedText;
}

const LABELS = {
  deceptive: DECEPTIVE_RECRUITMENT_LABELS,
  coercive: COERCIVE_RECRUITMENT_LABELS,
  vulnerability: VULNERABILITY_RECRUITMENT_LABELS,
  conditions: EXPLOITATIVE_CONDITIONS_LABELS,
  'coercion-destination': COERCION_AT_DESTINATION_LABELS,
  'vulnerability-destination': VULNERABILITY_AT_DESTINATION_LABELS,
};
type GradeTable = { [D in Dimension]: Partial<Record<keyof (typeof LABELS)[D], Grade>> };

// Grades follow the ILO/EC "Operational indicators of trafficking in human beings" (2009), children's
// lists, transcribed for Haven; DOMAIN §4 asks to verify such transcriptions against the primary text
// before they become binding (a correction is a new INDICATOR_SET_VERSION). Child-specific items
// (education, marriage or adoption, sale of the child, lack of parental care, peers, illicit activities)
// are those the ILO adds to the adult lists.
const COERCIVE_RECRUITMENT: GradeTable['coercive'] = {
  violence: 'strong',
  abduction: 'strong',
  sold: 'strong',
  'forced-marriage-adoption': 'strong',
  documents: 'medium',
  debt: 'medium',
  isolation: 'medium',
  'threat-violence': 'medium',
  'family-violence': 'medium',
  'threat-authorities': 'medium',
  'threat-shame': 'medium',
  'money-withheld': 'medium',
};
const VULNERABILITY_RECRUITMENT: GradeTable['vulnerability'] = {
  'family-situation': 'medium',
  'parental-care': 'medium',
  'institutional-care': 'medium',
  disability: 'medium',
  'out-of-school': 'medium',
  dependency: 'medium',
  'legal-status': 'medium',
  'lack-information': 'weak',
  'economic-hardship': 'weak',
  'general-context': 'weak',
};
const COERCION_AT_DESTINATION: GradeTable['coercion-destination'] = {
  violence: 'strong',
  'threat-violence': 'strong',
  isolation: 'strong',
  debt: 'strong',
  documents: 'strong',
  'illicit-activities': 'strong',
  'under-influence': 'strong',
  'against-peers': 'medium',
  'forced-to-lie': 'medium',
  'forced-tasks': 'medium',
  'family-violence': 'medium',
  'threat-authorities': 'medium',
  'threat-shame': 'medium',
  'money-withheld': 'medium',
};
const VULNERABILITY_AT_DESTINATION: GradeTable['vulnerability-destination'] = {
  dependency: 'medium',
  'no-parental-care': 'medium',
  'cannot-communicate': 'medium',
  'legal-status': 'medium',
  'disability-or-addiction': 'medium',
  'lack-information': 'weak',
  'past-trauma': 'weak',
};

const CHILD_LABOUR: GradeTable = {
  deceptive: {
    job: 'strong',
    education: 'medium',
    'marriage-adoption': 'medium',
    'family-reunification': 'medium',
    'work-conditions': 'medium',
    'living-conditions': 'medium',
    'legal-status': 'medium',
    travel: 'medium',
    wages: 'medium',
  },
  coercive: COERCIVE_RECRUITMENT,
  vulnerability: VULNERABILITY_RECRUITMENT,
  conditions: {
    'excessive-hours': 'strong',
    hazardous: 'strong',
    'no-education': 'strong',
    'too-hard-for-age': 'medium',
    'low-or-no-pay': 'medium',
    'living-conditions': 'medium',
    'no-health-care': 'medium',
    'no-rest-or-play': 'weak',
  },
  'coercion-destination': COERCION_AT_DESTINATION,
  'vulnerability-destination': VULNERABILITY_AT_DESTINATION,
};

// A child cannot consent to being sexually exploited (Lanzarote Convention Arts. 19–21), so any
// involvement is graded strong whatever the child says about it.
const CHILD_SEXUAL: GradeTable = {
  deceptive: {
    job: 'strong',
    'marriage-adoption': 'strong',
    education: 'medium',
    'family-reunification': 'medium',
    'living-conditions': 'medium',
    'legal-status': 'medium',
    travel: 'medium',
    wages: 'medium',
  },
  coercive: COERCIVE_RECRUITMENT,
  vulnerability: VULNERABILITY_RECRUITMENT,
  conditions: {
    'sexual-exploitation': 'strong',
    'online-sexual-exploitation': 'strong',
    'no-education': 'strong',
    'excessive-clients': 'medium',
    'unsafe-sex': 'medium',
    'low-or-no-pay': 'medium',
    'living-conditions': 'medium',
    'no-health-care': 'medium',
  },
  'coercion-destination': COERCION_AT_DESTINATION,
  'vulnerability-destination': VULNERABILITY_AT_DESTINATION,
};

function definitions(list: IndicatorList, table: GradeTable): IndicatorDefinition[] {
  return DIMENSIONS.flatMap((dimension) =>
    Object.entries(table[dimension] as Record<string, Grade>).map(([item, grade]) => ({
      id: `${list}.${dimension}.${item}`,
      list,
      dimension,
      grade,
      label: (LABELS[dimension] as Record<string, LocalisedText>)[item]!,
    })),
  );
}

export const INDICATORS: readonly IndicatorDefinition[] = [
  ...definitions('child-labour', CHILD_LABOUR),
  ...definitions('child-sexual', CHILD_SEXUAL),
];

const BY_ID = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

export function indicatorById(id: string): IndicatorDefinition | undefined {
  return BY_ID.get(id);
}

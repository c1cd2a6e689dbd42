import type { GradeCounts } from '../dimension-rule.ts';
import type { Dimension, Grade } from '../dimensions.ts';
import { DIMENSION_POSITIVE_COMBINATIONS } from '../dimension-rule.ts';
import { EXPLOITATION_DIMENSIONS, RECRUITMENT_DIMENSIONS } from '../dimensions.ts';
import {
  defineList,
  type GradedItem,
  type IndicatorSet,
  type LabelTable,
  type ListTable,
} from '../indicator-set.ts';
import {
  COERCION_AT_DESTINATION_LABELS,
  EXPLOITATIVE_CONDITIONS_LABELS,
  VULNERABILITY_AT_DESTINATION_LABELS,
} from './labels-destination.ts';
import {
  COERCIVE_RECRUITMENT_LABELS,
  DECEPTIVE_RECRUITMENT_LABELS,
  VULNERABILITY_RECRUITMENT_LABELS,
} from './labels-recruitment.ts';

// The first indicator set, kept exactly as screenings were scored with it from the start: it mixed
// Haven's own child-protection items into the ILO/EC lists, split one ILO item into three and graded
// several items differently from the publication. Superseded by ilo-ec-2009-children-v2; kept so that
// every screening made with it evaluates and reads as it did. Do not edit: a change is a new version.

export const V1_VERSION = 'ilo-ec-2009-children-v1';

const LABELS: LabelTable = {
  deceptive: DECEPTIVE_RECRUITMENT_LABELS,
  coercive: COERCIVE_RECRUITMENT_LABELS,
  vulnerability: VULNERABILITY_RECRUITMENT_LABELS,
  conditions: EXPLOITATIVE_CONDITIONS_LABELS,
  'coercion-destination': COERCION_AT_DESTINATION_LABELS,
  'vulnerability-destination': VULNERABILITY_AT_DESTINATION_LABELS,
};
type GradeTable = Record<Dimension, Record<string, Grade>>;

const COERCIVE_RECRUITMENT: Record<string, Grade> = {
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
const VULNERABILITY_RECRUITMENT: Record<string, Grade> = {
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
const COERCION_AT_DESTINATION: Record<string, Grade> = {
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
const VULNERABILITY_AT_DESTINATION: Record<string, Grade> = {
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

/** v1 carried no page citations: every item is marked for verification. */
const graded = (table: GradeTable): ListTable =>
  Object.fromEntries(
    Object.entries(table).map(([dimension, items]) => [
      dimension,
      Object.fromEntries(
        Object.entries(items).map(([item, grade]): [string, GradedItem] => [
          item,
          { grade, source: { page: null, verify: true } },
        ]),
      ),
    ]),
  ) as ListTable;

const COMBINATIONS: readonly Partial<GradeCounts>[] = DIMENSION_POSITIVE_COMBINATIONS;

export const INDICATOR_SET_V1: IndicatorSet = {
  version: V1_VERSION,
  supersededBy: 'ilo-ec-2009-children-v2',
  suggestionWording: 'v1',
  source: {
    title: 'Operational indicators of trafficking in human beings',
    publisher: 'International Labour Office and European Commission',
    edition: 'First published March 2009, revised September 2009',
    reference: 'ILO WCMS_105023',
    rulePage: null,
    verify: true,
  },
  lists: {
    'child-labour': { basis: 'haven-v1', note: 'Transcribed for Haven without page citations; superseded.' },
    'child-sexual': { basis: 'haven-v1', note: 'Transcribed for Haven without page citations; superseded.' },
  },
  wording: {
    en: 'haven-wording',
    uk: 'translated-not-reviewed',
    ru: 'translated-not-reviewed',
    ro: 'translated-not-reviewed',
    be: 'translated-not-reviewed',
  },
  indicators: [
    ...defineList('child-labour', graded(CHILD_LABOUR), LABELS),
    ...defineList('child-sexual', graded(CHILD_SEXUAL), LABELS),
  ],
  havenIndicators: [],
  combinations: COMBINATIONS,
  // v1 took any positive destination dimension as exploitation.
  rule: {
    act: RECRUITMENT_DIMENSIONS,
    recordedEventShowsAct: true,
    exploitation: EXPLOITATION_DIMENSIONS,
    notRequired: [],
  },
};

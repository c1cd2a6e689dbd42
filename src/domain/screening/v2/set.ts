import { DIMENSION_POSITIVE_COMBINATIONS } from '../dimension-rule.ts';
import { RECRUITMENT_DIMENSIONS } from '../dimensions.ts';
import { defineList, type IndicatorSet, type LabelTable } from '../indicator-set.ts';
import { HAVEN_INDICATORS } from './haven-indicators.ts';
import {
  COERCION_AT_DESTINATION,
  EXPLOITATIVE_CONDITIONS,
  VULNERABILITY_AT_DESTINATION,
} from './labels-destination.ts';
import {
  COERCIVE_RECRUITMENT,
  DECEPTIVE_RECRUITMENT,
  VULNERABILITY_RECRUITMENT,
} from './labels-recruitment.ts';
import { CHILD_LABOUR, CHILD_SEXUAL } from './transcription.ts';

export const V2_VERSION = 'ilo-ec-2009-children-v2';

const LABELS: LabelTable = {
  deceptive: DECEPTIVE_RECRUITMENT,
  coercive: COERCIVE_RECRUITMENT,
  vulnerability: VULNERABILITY_RECRUITMENT,
  conditions: EXPLOITATIVE_CONDITIONS,
  'coercion-destination': COERCION_AT_DESTINATION,
  'vulnerability-destination': VULNERABILITY_AT_DESTINATION,
};

/**
 * The ILO/EC children's lists as published, with Haven's own items apart. The rule for a child: the
 * act (a positive recruitment dimension, or a recorded recruitment or movement event, since a child's
 * recruitment need involve no means) and exploitation (the exploitative conditions dimension). Coercion
 * and abuse of vulnerability at destination are means: shown, never required, and never a stand-in for
 * exploitation. The page of the rule is unchecked, like every item (see transcription.ts).
 */
export const INDICATOR_SET_V2: IndicatorSet = {
  version: V2_VERSION,
  supersededBy: null,
  suggestionWording: 'v2',
  source: {
    title:
      'Operational indicators of trafficking in human beings: results from a Delphi survey implemented by the ILO and the European Commission',
    publisher: 'International Labour Office and European Commission',
    edition: 'First published March 2009, revised September 2009',
    reference: 'ILO WCMS_105023',
    rulePage: null,
    verify: true,
  },
  lists: {
    'child-labour': {
      basis: 'secondary',
      note: 'Transcribed item by item from a secondary copy of the printed list; pages not yet checked.',
    },
    'child-sexual': {
      basis: 'provisional',
      note: 'The printed list could not be reached: the child labour items and grades stand in until it is transcribed.',
    },
  },
  wording: {
    en: 'original',
    uk: 'translated-not-reviewed',
    ru: 'translated-not-reviewed',
    ro: 'translated-not-reviewed',
    be: 'translated-not-reviewed',
  },
  indicators: [
    ...defineList('child-labour', CHILD_LABOUR, LABELS),
    ...defineList('child-sexual', CHILD_SEXUAL, LABELS),
  ],
  havenIndicators: HAVEN_INDICATORS,
  combinations: DIMENSION_POSITIVE_COMBINATIONS,
  rule: {
    act: RECRUITMENT_DIMENSIONS,
    recordedEventShowsAct: true,
    exploitation: ['conditions'],
    notRequired: ['coercion-destination', 'vulnerability-destination'],
  },
};

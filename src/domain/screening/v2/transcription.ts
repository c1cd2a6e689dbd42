import type { Grade } from '../dimensions.ts';
import type { GradedItem, IndicatorSource, ListTable } from '../indicator-set.ts';

// The ILO/EC children's lists, item by item, in the order the lists print them within each grade.
//
// What this is transcribed from, plainly: the printed pages of the lists could not be reached when
// this version was made (only the publication's opening pages were). The child labour list below is the
// transcription that issue 11 compared Haven with (65 items, no "weak" grade), taken item by item from
// a secondary copy of the publication's tables. Every item therefore carries `verify: true` and no
// page: Haven does not print a page number it has not seen. Checking an item against the printed
// page means filling `page` and clearing `verify`; that alone is not a new version. Changing an
// item's wording, grade or list membership is a new version (old screenings keep theirs).

const UNCHECKED: IndicatorSource = { page: null, verify: true };
const item = (grade: Grade): GradedItem => ({ grade, source: UNCHECKED });
const strong = item('strong');
const medium = item('medium');

/** Indicators of trafficking of children for labour exploitation. */
export const CHILD_LABOUR: ListTable = {
  deceptive: {
    job: strong,
    education: strong,
    'work-conditions': medium,
    contract: medium,
    'family-reunification': medium,
    'living-conditions': medium,
    'legal-status': medium,
    travel: medium,
    wages: medium,
    'marriage-adoption': medium,
  },
  coercive: {
    // One item in the lists: the act of taking or handing over the child, whichever form it took.
    'abduction-sale': strong,
    debt: strong,
    'threat-violence': strong,
    violence: strong,
    documents: medium,
    isolation: medium,
    'threat-authorities': medium,
    'threat-inform': medium,
    'family-violence': medium,
    'money-withheld': medium,
  },
  vulnerability: {
    'difficult-family': medium,
    'illegal-status': medium,
    'lack-education': medium,
    'lack-information': medium,
    'control-exploiters': medium,
    economic: medium,
    'false-migration-info': medium,
    'family-situation': medium,
    'personal-situation': medium,
    dependency: medium,
    'authorities-legal-status': medium,
    'past-difficulties': medium,
    'travel-difficulty': medium,
    beliefs: medium,
    'general-context': medium,
  },
  conditions: {
    'excessive-hours': strong,
    'living-conditions': medium,
    hazardous: medium,
    'low-or-no-pay': medium,
    'labour-law': medium,
    'working-conditions': medium,
    'wage-manipulation': medium,
    'no-education': medium,
  },
  'coercion-destination': {
    documents: strong,
    debt: strong,
    isolation: strong,
    violence: strong,
    'threat-violence': strong,
    'illicit-activities': strong,
    'forced-tasks': strong,
    'under-influence': strong,
    'against-peers': medium,
    'forced-to-lie': medium,
    'threat-authorities': medium,
    'threat-worse-conditions': medium,
    'family-violence': medium,
    'wages-withheld': medium,
    'threat-inform': medium,
  },
  'vulnerability-destination': {
    dependency: medium,
    'unknown-area': medium,
    economic: medium,
    'family-situation': medium,
    'authorities-legal-status': medium,
    'past-difficulties': medium,
    'personal-characteristics': medium,
  },
};

/**
 * Indicators of trafficking of children for sexual exploitation: PROVISIONAL. No transcription of this
 * list could be reached at all. The Delphi survey rated one pool of items for all four lists, so this
 * list carries the child labour list's items and grades until someone transcribes the printed list;
 * the set's `lists['child-sexual'].basis` is 'provisional' and every item is marked for verification.
 */
export const CHILD_SEXUAL: ListTable = CHILD_LABOUR;

// What a closure must show (issue 11 item 1). Every reason except the child's death names the facts it
// rests on, so the supervisor who approves it — and later a GRETA monitor or a court — can check it.
// Only structured facts live here (dates, codes, ids): the free-text explanation is the action's
// reason, which is sealed. The domain checks shape and dates; the server checks that ids exist.
import type { CaseClosureReason } from '../lifecycle/actions.ts';
import { OrganisationType } from '../vocabularies/case.ts';

export const ERROR_KINDS = ['duplicate-record', 'opened-by-mistake'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export type ClosureEvidence = {
  /** The day of the fact itself: the move, the handover, the 18th birthday, the death. */
  effectiveOn?: string;
  /** moved-abroad: ISO 3166 alpha-2 country the child went to. */
  destinationCountry?: string;
  /** transferred: the HTCDS type of the organisation that took the child over (named in the reason). */
  receivingOrganisationType?: OrganisationType;
  /** lost-contact: the last day anyone saw or spoke with the child. */
  lastContactOn?: string;
  /** lost-contact: the day the child was reported missing to the police (a missing child is searched for). */
  reportedMissingOn?: string;
  /** opened-in-error: what the error was. */
  errorKind?: ErrorKind;
  /** opened-in-error as a duplicate: the case this record duplicates. */
  duplicateOfCaseId?: string;
};

export type EvidenceField = keyof ClosureEvidence;

/** Which facts each reason must name. Death needs none; 'reintegrated' rests on the monitoring reviews. */
export const REQUIRED_EVIDENCE: Record<CaseClosureReason, readonly EvidenceField[]> = {
  deceased: [],
  reintegrated: [],
  transferred: ['effectiveOn', 'receivingOrganisationType'],
  'moved-abroad': ['effectiveOn', 'destinationCountry'],
  'reached-adulthood': ['effectiveOn'],
  'lost-contact': ['lastContactOn', 'reportedMissingOn'],
  'opened-in-error': ['errorKind'],
  other: ['effectiveOn'],
};

/** Facts a reason may name beyond those it must: death may give its date; an error the duplicated case. */
const OPTIONAL_EVIDENCE: Partial<Record<CaseClosureReason, readonly EvidenceField[]>> = {
  deceased: ['effectiveOn'],
  'opened-in-error': ['duplicateOfCaseId'],
};

export const allowedEvidence = (reason: CaseClosureReason): readonly EvidenceField[] => [
  ...REQUIRED_EVIDENCE[reason],
  ...(OPTIONAL_EVIDENCE[reason] ?? []),
];

/** Contact lost for less than this is a missed visit, not a reason to close (the search goes on). */
export const LOST_CONTACT_MIN_DAYS = 30;
export const ADULTHOOD_AGE = 18;

export type EvidenceProblemCode =
  | 'evidence_required'
  | 'evidence_not_allowed'
  | 'invalid_date'
  | 'date_in_future'
  | 'invalid_country'
  | 'own_country'
  | 'invalid_value'
  | 'contact_too_recent'
  | 'reported_before_last_contact'
  | 'not_yet_adult'
  | 'birth_date_unknown'
  | 'duplicate_of_itself';

export type EvidenceProblem = { field: EvidenceField; code: EvidenceProblemCode; message: string };

export type EvidenceFacts = {
  /** Today in the country's calendar, YYYY-MM-DD. */
  today: string;
  /** The node's country: a move abroad goes elsewhere. */
  ownCountry: string;
  /** The case's own id (a record cannot duplicate itself). */
  caseId: string;
  /** Latest possible birth year of the child as recorded, null when the birth date is unknown. */
  latestBirthYear: number | null;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  DATE.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
/** A real ISO 3166 alpha-2 country (Intl knows the assigned codes; unknown ones come back as the code). */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value) && regionNames.of(value) !== value;
}

function dateProblem(field: EvidenceField, value: unknown, today: string): EvidenceProblem | null {
  if (!isDate(value)) return { field, code: 'invalid_date', message: 'Not a real date (YYYY-MM-DD).' };
  if (value > today) return { field, code: 'date_in_future', message: 'Must not be in the future.' };
  return null;
}

/** Everything wrong with the evidence for this reason (empty: it is complete and consistent). */
export function closureEvidenceProblems(
  reason: CaseClosureReason,
  evidence: ClosureEvidence,
  facts: EvidenceFacts,
): EvidenceProblem[] {
  const required = REQUIRED_EVIDENCE[reason];
  const problems: EvidenceProblem[] = [];
  // A fact that belongs to another reason is a careless mix-up (e.g. a country on a transfer): say so.
  const allowed = allowedEvidence(reason);
  for (const field of Object.keys(evidence) as EvidenceField[])
    if (!allowed.includes(field) && evidence[field] !== undefined)
      problems.push({
        field,
        code: 'evidence_not_allowed',
        message: `A closure as '${reason}' does not take ${field}.`,
      });
  for (const field of required)
    if (evidence[field] === undefined)
      problems.push({
        field,
        code: 'evidence_required',
        message: `A closure as '${reason}' names ${field}.`,
      });
  if (problems.length > 0) return problems;
  const date = (field: EvidenceField) => {
    if (evidence[field] === undefined) return;
    const problem = dateProblem(field, evidence[field], facts.today);
    if (problem) problems.push(problem);
  };
  for (const field of ['effectiveOn', 'lastContactOn', 'reportedMissingOn'] as const) date(field);
  if (evidence.destinationCountry !== undefined) {
    if (!isCountryCode(evidence.destinationCountry))
      problems.push({
        field: 'destinationCountry',
        code: 'invalid_country',
        message: 'Not an ISO 3166 country code.',
      });
    else if (evidence.destinationCountry === facts.ownCountry)
      problems.push({
        field: 'destinationCountry',
        code: 'own_country',
        message: 'A move within the country is a transfer, not a move abroad.',
      });
  }
  if (
    evidence.receivingOrganisationType !== undefined &&
    !(OrganisationType as readonly string[]).includes(evidence.receivingOrganisationType)
  )
    problems.push({
      field: 'receivingOrganisationType',
      code: 'invalid_value',
      message: 'Unknown organisation type.',
    });
  if (evidence.errorKind !== undefined && !(ERROR_KINDS as readonly string[]).includes(evidence.errorKind))
    problems.push({ field: 'errorKind', code: 'invalid_value', message: 'Unknown kind of error.' });
  if (problems.length > 0) return problems;

  if (reason === 'lost-contact') {
    const last = evidence.lastContactOn!;
    if (daysBetween(last, facts.today) < LOST_CONTACT_MIN_DAYS)
      problems.push({
        field: 'lastContactOn',
        code: 'contact_too_recent',
        message: `Contact must have been lost for at least ${LOST_CONTACT_MIN_DAYS} days; keep searching.`,
      });
    if (evidence.reportedMissingOn! < last)
      problems.push({
        field: 'reportedMissingOn',
        code: 'reported_before_last_contact',
        message: 'The child cannot have been reported missing before the last contact.',
      });
  }
  if (reason === 'reached-adulthood') {
    if (facts.latestBirthYear === null)
      problems.push({
        field: 'effectiveOn',
        code: 'birth_date_unknown',
        message: 'With no birth date recorded the person is presumed a child (CETS 197 Art. 10(3)).',
      });
    // The youngest the child can be by the record: born on 31 December of the latest birth year.
    else if (`${facts.latestBirthYear + ADULTHOOD_AGE}-12-31` > facts.today)
      problems.push({
        field: 'effectiveOn',
        code: 'not_yet_adult',
        message: 'By the recorded birth date the child may still be under 18.',
      });
  }
  if (reason === 'opened-in-error') {
    if (evidence.errorKind === 'duplicate-record' && evidence.duplicateOfCaseId === undefined)
      problems.push({
        field: 'duplicateOfCaseId',
        code: 'evidence_required',
        message: 'Name the case this record duplicates.',
      });
    if (evidence.duplicateOfCaseId === facts.caseId)
      problems.push({
        field: 'duplicateOfCaseId',
        code: 'duplicate_of_itself',
        message: 'A case cannot duplicate itself.',
      });
  }
  return problems;
}

import { z } from 'zod';
import { text } from '../http/text.ts';
import { LANGUAGE_CODES } from '../../domain/languages.ts';
import { Gender } from '../../domain/vocabularies/index.ts';
import { reflectionPeriodView } from '../status/status.schemas.ts';
import { MATCH_REASONS } from './name-ranking.ts';

// The child's case file as the API speaks it. Identity lives encrypted in the database; names, exact
// birth date, documents and contacts leave the server only through the audited reveal action.

const isoDate = text().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const countryCode = text().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code');
const shortText = (max: number) => text().trim().min(1).max(max);

export const personName = z.strictObject({
  given: text().trim().max(100).default(''),
  family: text().trim().max(100).default(''),
  patronymic: text().trim().max(100).optional(),
  /** original: as written in the child's own script; latin: a passport or other Latin form; alias; maiden. */
  kind: z.enum(['original', 'latin', 'alias', 'maiden']).default('original'),
});

export const birthDate = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exact'), date: isoDate }),
  z.strictObject({ kind: z.literal('estimated'), from: isoDate, to: isoDate }),
  z.strictObject({ kind: z.literal('unknown') }),
]);

export const ageAssessment = z.strictObject({
  date: isoDate,
  method: z.enum(['documents', 'interview', 'psychosocial', 'medical', 'other']),
  conclusion: shortText(500),
  assessedBy: shortText(200),
});

export const identityDocument = z.strictObject({
  type: z.enum(['passport', 'birth-certificate', 'id-card', 'residence-permit', 'travel-document', 'other']),
  number: shortText(50),
  issuingCountry: countryCode.optional(),
  expiresOn: isoDate.optional(),
});

export const contact = z.strictObject({
  kind: z.enum(['phone', 'email', 'messenger', 'address', 'other']),
  value: shortText(300),
});

/** The identifying part: encrypted at rest, revealed by an audited action. */
export const sensitiveIdentity = z.strictObject({
  names: z.array(personName).max(10),
  birthDate,
  documents: z.array(identityDocument).max(10).default([]),
  contacts: z.array(contact).max(10).default([]),
  address: text().trim().max(300).optional(),
});

/** The rest of the identity: not identifying on its own, stored in clear for filters and statistics. */
export const openIdentity = z.strictObject({
  gender: z.enum(Gender),
  /**
   * Presumed a child (CETS 197 Art. 10(3)). The server decides it from the birth date and the recorded
   * age assessments; sent false while the age is not established, it is refused.
   */
  presumedMinor: z.boolean().optional(),
  /** The documented birth date is contested: the age counts as unknown for the presumption. */
  ageDisputed: z.boolean().optional(),
  /** An early note of how the age was estimated; it does not lift the presumption (age assessments do). */
  ageAssessment: ageAssessment.optional(),
  citizenships: z.array(countryCode).max(5).default([]),
  stateless: z.boolean().default(false),
  languages: z
    .array(z.enum(LANGUAGE_CODES as unknown as [string, ...string[]]))
    .max(10)
    .default([]),
  disability: text().trim().max(300).optional(),
  /** Where the child is now, down to district or community: decides which local team sees the case. */
  unitCode: shortText(64),
  unaccompanied: z.boolean().default(false),
});

export const newCaseBody = z.strictObject({
  sensitive: sensitiveIdentity,
  identity: openIdentity,
  /** Set after the possible duplicates were shown and the worker decided this is a different child. */
  duplicatesReviewed: z.boolean().optional(),
});
export type NewCase = z.infer<typeof newCaseBody>;

export const updateCaseBody = z.strictObject({
  sensitive: sensitiveIdentity.partial().optional(),
  identity: openIdentity.partial().optional(),
});

export const duplicateCheckBody = z.strictObject({
  sensitive: sensitiveIdentity.pick({ names: true, birthDate: true }),
  identity: openIdentity.pick({ gender: true }).partial().optional(),
});

export const duplicateCandidate = z.object({
  caseId: text(),
  code: text(),
  score: z.number(),
  classification: z.enum(['probable', 'possible']),
  agreements: z.array(z.object({ field: text(), outcome: text(), weight: z.number() })),
  ageBand: text(),
  unitCode: text(),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidate>;
/**
 * Candidates in the caller's reach; a match outside it is only said to exist (its owners are told to
 * follow up). Also the `details` of the 409 possible_duplicates answer of POST /api/cases.
 */
export const duplicateCheckResponse = z.object({
  candidates: z.array(duplicateCandidate),
  possibleMatchOutsideReach: z.boolean(),
});

export const caseIdParams = z.strictObject({ id: z.uuid() });

export const AGE_BANDS = ['0-8', '9-13', '14-17', '18+', 'unknown'] as const;

export const caseSummary = z.object({
  id: text(),
  code: text(),
  stage: text(),
  status: text(),
  gender: text(),
  presumedMinor: z.boolean(),
  ageBand: z.enum(AGE_BANDS),
  unitCode: text(),
  regionCode: text().nullable(),
  ownerAgencyId: text(),
  ownerAgencyName: text().nullable(),
  ownerUserId: text().nullable(),
  ownerName: text().nullable(),
  /** The multidisciplinary team that works on the case (PUT /api/cases/:id/team), if any. */
  ownerTeamId: text().nullable(),
  /** Exploitation data: null for a caller without that field group on this case. */
  exploitationTypes: z.array(text()).nullable(),
  nextDeadline: text().nullable(),
  overdue: z.boolean(),
  updatedAt: text(),
  version: z.number(),
  /** Set when a supervisor merged this record into another case of the same child. */
  mergedInto: text().nullable(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseFile = caseSummary.extend({
  /** Disability is health data: null for a caller without the health group on this case. */
  identity: openIdentity.extend({ presumedMinor: z.boolean(), disability: text().nullable().optional() }),
  birthYears: z.object({ from: z.number(), to: z.number() }).nullable(),
  nameCount: z.number(),
  createdAt: text(),
  allowedActions: z.array(text()),
  fieldGroups: z.array(text()),
  /**
   * Break-glass on this case: until when the caller reads it through their own emergency access (null:
   * through a grant), and, for those who review such accesses here, how many await review (else null).
   */
  breakGlass: z.object({ activeUntil: text().nullable(), unreviewedAccesses: z.number().nullable() }),
  /** The same reflection period the Status tab shows (one function decides both). */
  reflectionPeriod: reflectionPeriodView,
});
export type CaseFile = z.infer<typeof caseFile>;

export const revealedIdentity = sensitiveIdentity;

export const listCasesQuery = z.strictObject({
  /** A name in any script or transliteration (two letters at least), or a case code or its number. */
  q: text().trim().min(1).max(100).optional(),
  stage: text().max(40).optional(),
  status: text().max(40).optional(),
  exploitationType: text().max(60).optional(),
  regionCode: text().max(64).optional(),
  unitCode: text().max(64).optional(),
  agencyId: z.uuid().optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  gender: z.enum(Gender).optional(),
  owner: z.union([z.literal('me'), z.uuid()]).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, 'must be a page number from 1')
    .optional(),
  pageSize: z
    .string()
    .regex(/^([1-9]|[1-9]\d|100)$/, 'must be from 1 to 100')
    .optional(),
});

/** Who a search result is: only for callers whose grants on that case see identities (else null). */
export const searchIdentity = z.object({
  name: text(),
  otherNames: z.array(text()),
  birthYears: z.object({ from: z.number(), to: z.number() }).nullable(),
});

export const caseListItem = caseSummary.extend({
  /** Why a search result matched, best first per word typed (empty in a plain list). */
  matchedOn: z.array(z.enum(MATCH_REASONS)),
  who: searchIdentity.nullable(),
});
export type CaseListItem = z.infer<typeof caseListItem>;

/** A plain list is ordered by last change; a search (q) by how well each case matches. */
export const caseList = z.object({ items: z.array(caseListItem), total: z.number() });

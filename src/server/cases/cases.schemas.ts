import { z } from 'zod';
import { LANGUAGE_CODES } from '../../domain/languages.ts';
import { Gender } from '../../domain/vocabularies/index.ts';

// The child's case file as the API speaks it. Identity lives encrypted in the database; names, exact
// birth date, documents and contacts leave the server only through the audited reveal action.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code');
const shortText = (max: number) => z.string().trim().min(1).max(max);

export const personName = z.strictObject({
  given: z.string().trim().max(100).default(''),
  family: z.string().trim().max(100).default(''),
  patronymic: z.string().trim().max(100).optional(),
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
  address: z.string().trim().max(300).optional(),
});

/** The rest of the identity: not identifying on its own, stored in clear for filters and statistics. */
export const openIdentity = z.strictObject({
  gender: z.enum(Gender),
  presumedMinor: z.boolean(),
  ageAssessment: ageAssessment.optional(),
  citizenships: z.array(countryCode).max(5).default([]),
  stateless: z.boolean().default(false),
  languages: z
    .array(z.enum(LANGUAGE_CODES as unknown as [string, ...string[]]))
    .max(10)
    .default([]),
  disability: z.string().trim().max(300).optional(),
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
  caseId: z.string(),
  code: z.string(),
  score: z.number(),
  classification: z.enum(['probable', 'possible']),
  agreements: z.array(z.object({ field: z.string(), outcome: z.string(), weight: z.number() })),
  ageBand: z.string(),
  unitCode: z.string(),
});
export const duplicateCheckResponse = z.object({ candidates: z.array(duplicateCandidate) });

export const caseIdParams = z.strictObject({ id: z.uuid() });

export const AGE_BANDS = ['0-8', '9-13', '14-17', '18+', 'unknown'] as const;

export const caseSummary = z.object({
  id: z.string(),
  code: z.string(),
  stage: z.string(),
  status: z.string(),
  gender: z.string(),
  presumedMinor: z.boolean(),
  ageBand: z.enum(AGE_BANDS),
  unitCode: z.string(),
  regionCode: z.string().nullable(),
  ownerAgencyId: z.string(),
  ownerAgencyName: z.string().nullable(),
  ownerUserId: z.string().nullable(),
  ownerName: z.string().nullable(),
  exploitationTypes: z.array(z.string()),
  nextDeadline: z.string().nullable(),
  overdue: z.boolean(),
  updatedAt: z.string(),
  version: z.number(),
  /** Set when a supervisor merged this record into another case of the same child. */
  mergedInto: z.string().nullable(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseFile = caseSummary.extend({
  identity: openIdentity,
  birthYears: z.object({ from: z.number(), to: z.number() }).nullable(),
  nameCount: z.number(),
  createdAt: z.string(),
  allowedActions: z.array(z.string()),
  fieldGroups: z.array(z.string()),
});
export type CaseFile = z.infer<typeof caseFile>;

export const revealedIdentity = sensitiveIdentity;

export const listCasesQuery = z.strictObject({
  q: z.string().trim().min(2).max(100).optional(),
  stage: z.string().max(40).optional(),
  status: z.string().max(40).optional(),
  exploitationType: z.string().max(60).optional(),
  regionCode: z.string().max(64).optional(),
  unitCode: z.string().max(64).optional(),
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

export const caseList = z.object({ items: z.array(caseSummary), total: z.number() });

import { z } from 'zod';
import {
  CHILD_ROLES,
  COMPENSATION_KINDS,
  COMPENSATION_SOURCES,
  CURRENCIES,
  NON_PUNISHMENT_DECISIONS,
  PROCEEDING_OUTCOMES,
  PROCEEDING_STAGES,
  PROTECTIVE_MEASURES,
} from '../../domain/justice/index.ts';
import { Gender, PerpetratorRole, RelationshipToTrafficker } from '../../domain/vocabularies/index.ts';

// The child in the justice process. Everything here is the 'justice' field group; numbers, names,
// authorities and free text are encrypted at rest.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);
const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');

export const caseIdParams = z.strictObject({ id: z.uuid() });
export const proceedingParams = z.strictObject({ id: z.uuid(), proceedingId: z.uuid() });
export const perpetratorParams = z.strictObject({ id: z.uuid(), perpetratorId: z.uuid() });
export const decisionParams = z.strictObject({ id: z.uuid(), decisionId: z.uuid() });

export const measureInput = z.strictObject({ measure: z.enum(PROTECTIVE_MEASURES), on: isoDate });
export const compensationInput = z.strictObject({
  kind: z.enum(COMPENSATION_KINDS),
  source: z.enum(COMPENSATION_SOURCES),
  amount: z.number().nonnegative().max(1e11),
  currency: z.enum(CURRENCIES),
  on: isoDate.nullable().default(null),
});

const proceedingFields = {
  number: text(100).nullable(),
  articles: z.array(text(20)).max(10),
  authorityAgencyId: z.uuid().nullable(),
  authorityName: text(300).nullable(),
  childRole: z.enum(CHILD_ROLES),
  legalAid: z.strictObject({ provider: text(300), from: isoDate }).nullable(),
  measures: z.array(measureInput).max(50),
  compensation: z.array(compensationInput).max(20),
};

export const newProceedingBody = z.strictObject({
  ...proceedingFields,
  number: proceedingFields.number.default(null),
  authorityAgencyId: proceedingFields.authorityAgencyId.default(null),
  authorityName: proceedingFields.authorityName.default(null),
  legalAid: proceedingFields.legalAid.default(null),
  measures: proceedingFields.measures.default([]),
  compensation: proceedingFields.compensation.default([]),
  stage: z.enum(['report', 'investigation']).default('report'),
  openedOn: isoDate,
});
export type NewProceeding = z.infer<typeof newProceedingBody>;

export const updateProceedingBody = z.strictObject({
  number: proceedingFields.number.optional(),
  articles: proceedingFields.articles.optional(),
  authorityAgencyId: proceedingFields.authorityAgencyId.optional(),
  authorityName: proceedingFields.authorityName.optional(),
  childRole: proceedingFields.childRole.optional(),
  legalAid: proceedingFields.legalAid.optional(),
  measures: proceedingFields.measures.optional(),
  compensation: proceedingFields.compensation.optional(),
});
export type ProceedingChange = z.infer<typeof updateProceedingBody>;

export const stageChangeBody = z.strictObject({
  to: z.enum(PROCEEDING_STAGES),
  on: isoDate,
  outcome: z.enum(PROCEEDING_OUTCOMES).nullable().default(null),
  note: text(2000).nullable().default(null),
});
export type StageChangeInput = z.infer<typeof stageChangeBody>;

export const stageEntry = z.object({
  stage: z.enum(PROCEEDING_STAGES),
  on: z.string(),
  outcome: z.enum(PROCEEDING_OUTCOMES).nullable(),
  note: z.string().nullable(),
  recordedBy: z.string().nullable(),
});

export const proceeding = z.object({
  id: z.string(),
  country: z.string(),
  number: z.string().nullable(),
  articles: z.array(z.string()),
  authorityAgencyId: z.string().nullable(),
  authorityAgencyName: z.string().nullable(),
  authorityName: z.string().nullable(),
  stage: z.enum(PROCEEDING_STAGES),
  outcome: z.enum(PROCEEDING_OUTCOMES).nullable(),
  nextStages: z.array(z.enum(PROCEEDING_STAGES)),
  childRole: z.enum(CHILD_ROLES),
  openedOn: z.string(),
  legalAid: z.object({ provider: z.string(), from: z.string() }).nullable(),
  measures: z.array(z.object({ measure: z.enum(PROTECTIVE_MEASURES), on: z.string() })),
  compensation: z.array(
    z.object({
      kind: z.enum(COMPENSATION_KINDS),
      source: z.enum(COMPENSATION_SOURCES),
      amount: z.number(),
      currency: z.enum(CURRENCIES),
      on: z.string().nullable(),
    }),
  ),
  stageHistory: z.array(stageEntry),
  version: z.number(),
});
export type Proceeding = z.infer<typeof proceeding>;

const perpetratorFields = {
  proceedingId: z.uuid().nullable(),
  roles: z.array(z.enum(PerpetratorRole)).min(1).max(PerpetratorRole.length),
  relation: z.enum(RelationshipToTrafficker).nullable(),
  familyMember: z.boolean(),
  familyMemberId: z.uuid().nullable(),
  sex: z.enum(Gender).nullable(),
  nationalities: z.array(country).max(5),
  name: text(200).nullable(),
  alias: text(200).nullable(),
};

export const newPerpetratorBody = z.strictObject({
  ...perpetratorFields,
  proceedingId: perpetratorFields.proceedingId.default(null),
  relation: perpetratorFields.relation.default(null),
  familyMember: perpetratorFields.familyMember.default(false),
  familyMemberId: perpetratorFields.familyMemberId.default(null),
  sex: perpetratorFields.sex.default(null),
  nationalities: perpetratorFields.nationalities.default([]),
  name: perpetratorFields.name.default(null),
  alias: perpetratorFields.alias.default(null),
});
export type NewPerpetrator = z.infer<typeof newPerpetratorBody>;

export const updatePerpetratorBody = z.strictObject(
  Object.fromEntries(Object.entries(perpetratorFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof perpetratorFields]: z.ZodOptional<(typeof perpetratorFields)[K]>;
  },
);
export type PerpetratorChange = z.infer<typeof updatePerpetratorBody>;

export const perpetrator = z.object({
  id: z.string(),
  proceedingId: z.string().nullable(),
  roles: z.array(z.enum(PerpetratorRole)),
  relation: z.enum(RelationshipToTrafficker).nullable(),
  familyMember: z.boolean(),
  familyMemberId: z.string().nullable(),
  sex: z.enum(Gender).nullable(),
  nationalities: z.array(z.string()),
  name: z.string().nullable(),
  alias: z.string().nullable(),
  version: z.number(),
});
export type Perpetrator = z.infer<typeof perpetrator>;

const decisionFields = {
  decision: z.enum(NON_PUNISHMENT_DECISIONS),
  decidedOn: isoDate.nullable(),
  authorityAgencyId: z.uuid().nullable(),
  authorityName: text(300).nullable(),
  offence: text(1000),
  note: text(2000).nullable(),
};

export const newDecisionBody = z.strictObject({
  ...decisionFields,
  decidedOn: decisionFields.decidedOn.default(null),
  authorityAgencyId: decisionFields.authorityAgencyId.default(null),
  authorityName: decisionFields.authorityName.default(null),
  note: decisionFields.note.default(null),
});
export type NewDecision = z.infer<typeof newDecisionBody>;

export const updateDecisionBody = z.strictObject(
  Object.fromEntries(Object.entries(decisionFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof decisionFields]: z.ZodOptional<(typeof decisionFields)[K]>;
  },
);
export type DecisionChange = z.infer<typeof updateDecisionBody>;

export const nonPunishmentDecision = z.object({
  id: z.string(),
  decision: z.enum(NON_PUNISHMENT_DECISIONS),
  decidedOn: z.string().nullable(),
  authorityAgencyId: z.string().nullable(),
  authorityAgencyName: z.string().nullable(),
  authorityName: z.string().nullable(),
  offence: z.string(),
  note: z.string().nullable(),
  version: z.number(),
});
export type NonPunishmentDecisionView = z.infer<typeof nonPunishmentDecision>;

export const justiceView = z.object({
  proceedings: z.array(proceeding),
  perpetrators: z.array(perpetrator),
  nonPunishment: z.object({
    /** The case's flag, kept by the status area (PUT /api/cases/:id/non-punishment). */
    flagged: z.boolean(),
    note: z.string().nullable(),
    decisions: z.array(nonPunishmentDecision),
  }),
  mayWrite: z.boolean(),
});
export type JusticeView = z.infer<typeof justiceView>;

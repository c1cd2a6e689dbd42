import { z } from 'zod';
import { text } from '../http/text.ts';
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

const isoDate = text().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const requiredText = (max: number) => text().trim().min(1).max(max);
const country = text().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code');

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
  number: requiredText(100).nullable(),
  articles: z.array(requiredText(20)).max(10),
  authorityAgencyId: z.uuid().nullable(),
  authorityName: requiredText(300).nullable(),
  childRole: z.enum(CHILD_ROLES),
  legalAid: z.strictObject({ provider: requiredText(300), from: isoDate }).nullable(),
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
  note: requiredText(2000).nullable().default(null),
});
export type StageChangeInput = z.infer<typeof stageChangeBody>;

export const stageEntry = z.object({
  stage: z.enum(PROCEEDING_STAGES),
  on: text(),
  outcome: z.enum(PROCEEDING_OUTCOMES).nullable(),
  note: text().nullable(),
  recordedBy: text().nullable(),
});

export const proceeding = z.object({
  id: text(),
  country: text(),
  number: text().nullable(),
  articles: z.array(text()),
  authorityAgencyId: text().nullable(),
  authorityAgencyName: text().nullable(),
  authorityName: text().nullable(),
  stage: z.enum(PROCEEDING_STAGES),
  outcome: z.enum(PROCEEDING_OUTCOMES).nullable(),
  nextStages: z.array(z.enum(PROCEEDING_STAGES)),
  childRole: z.enum(CHILD_ROLES),
  openedOn: text(),
  legalAid: z.object({ provider: text(), from: text() }).nullable(),
  measures: z.array(z.object({ measure: z.enum(PROTECTIVE_MEASURES), on: text() })),
  compensation: z.array(
    z.object({
      kind: z.enum(COMPENSATION_KINDS),
      source: z.enum(COMPENSATION_SOURCES),
      amount: z.number(),
      currency: z.enum(CURRENCIES),
      on: text().nullable(),
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
  name: requiredText(200).nullable(),
  alias: requiredText(200).nullable(),
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
  id: text(),
  proceedingId: text().nullable(),
  roles: z.array(z.enum(PerpetratorRole)),
  relation: z.enum(RelationshipToTrafficker).nullable(),
  familyMember: z.boolean(),
  familyMemberId: text().nullable(),
  sex: z.enum(Gender).nullable(),
  nationalities: z.array(text()),
  name: text().nullable(),
  alias: text().nullable(),
  version: z.number(),
});
export type Perpetrator = z.infer<typeof perpetrator>;

const decisionFields = {
  decision: z.enum(NON_PUNISHMENT_DECISIONS),
  decidedOn: isoDate.nullable(),
  authorityAgencyId: z.uuid().nullable(),
  authorityName: requiredText(300).nullable(),
  offence: requiredText(1000),
  note: requiredText(2000).nullable(),
  /** The proceedings in which the child is the suspect or the accused (CoE Art. 26). */
  proceedingId: z.uuid().nullable(),
};

export const newDecisionBody = z.strictObject({
  ...decisionFields,
  decidedOn: decisionFields.decidedOn.default(null),
  authorityAgencyId: decisionFields.authorityAgencyId.default(null),
  authorityName: decisionFields.authorityName.default(null),
  note: decisionFields.note.default(null),
  proceedingId: decisionFields.proceedingId.default(null),
});
export type NewDecision = z.infer<typeof newDecisionBody>;

export const updateDecisionBody = z.strictObject(
  Object.fromEntries(Object.entries(decisionFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof decisionFields]: z.ZodOptional<(typeof decisionFields)[K]>;
  },
);
export type DecisionChange = z.infer<typeof updateDecisionBody>;

export const nonPunishmentDecision = z.object({
  id: text(),
  decision: z.enum(NON_PUNISHMENT_DECISIONS),
  decidedOn: text().nullable(),
  authorityAgencyId: text().nullable(),
  authorityAgencyName: text().nullable(),
  authorityName: text().nullable(),
  offence: text(),
  note: text().nullable(),
  proceedingId: text().nullable(),
  version: z.number(),
});
export type NonPunishmentDecisionView = z.infer<typeof nonPunishmentDecision>;

export const justiceView = z.object({
  proceedings: z.array(proceeding),
  perpetrators: z.array(perpetrator),
  nonPunishment: z.object({
    /** The case's flag, kept by the status area (PUT /api/cases/:id/non-punishment). */
    flagged: z.boolean(),
    note: text().nullable(),
    decisions: z.array(nonPunishmentDecision),
  }),
  mayWrite: z.boolean(),
});
export type JusticeView = z.infer<typeof justiceView>;

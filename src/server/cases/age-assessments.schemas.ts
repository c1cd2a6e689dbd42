import { z } from 'zod';
import { text } from '../http/text.ts';
import { HOW_INFORMED } from '../consents/consents.schemas.ts';

// The age assessments of a case (CETS 197 Art. 10(3)): the only way the presumption of minority is lifted.

const isoDate = text().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const AGE_ASSESSMENT_METHODS = [
  'documents',
  'interview',
  'psychosocial',
  'medical',
  'multidisciplinary',
  'other',
] as const;
/** inconclusive keeps the presumption: the benefit of the doubt goes to the child. */
export const AGE_ASSESSMENT_RESULTS = ['child', 'adult', 'inconclusive'] as const;

export const newAgeAssessmentBody = z.strictObject({
  assessedOn: isoDate,
  method: z.enum(AGE_ASSESSMENT_METHODS),
  /** The professional or panel who assessed, with their function: encrypted at rest. */
  assessedBy: text().trim().min(1).max(200),
  result: z.enum(AGE_ASSESSMENT_RESULTS),
  childInformedOn: isoDate,
  childInformedHow: z.enum(HOW_INFORMED),
  note: text().trim().min(1).max(2000).optional(),
});
export type NewAgeAssessment = z.infer<typeof newAgeAssessmentBody>;

export const ageAssessmentRecord = z.object({
  id: text(),
  assessedOn: text(),
  method: z.enum(AGE_ASSESSMENT_METHODS),
  assessedBy: text().nullable(),
  result: z.enum(AGE_ASSESSMENT_RESULTS),
  childInformedOn: text(),
  childInformedHow: z.enum(HOW_INFORMED),
  note: text().nullable(),
  recordedBy: text(),
  recordedAt: text(),
});
export type AgeAssessmentRecord = z.infer<typeof ageAssessmentRecord>;

export const ageAssessmentAnswer = z.object({
  assessment: ageAssessmentRecord,
  /** The case's presumption of minority after this assessment. */
  presumedMinor: z.boolean(),
  version: z.number(),
});

export const ageAssessmentList = z.object({ items: z.array(ageAssessmentRecord) });

import { z } from 'zod';
import { text } from '../http/text.ts';

export const caseIdParams = z.strictObject({ id: z.uuid() });
export const holdParams = z.strictObject({ id: z.uuid(), holdId: z.uuid() });

/** Why the data must outlive its retention period: a court order, a complaint, an investigation. */
export const holdReasonBody = z.strictObject({ reason: text().trim().min(3).max(1000) });

export const legalHold = z.object({
  id: text(),
  caseId: text(),
  reason: text(),
  setById: text(),
  setByName: text().nullable(),
  setAt: text(),
  liftedById: text().nullable(),
  liftedByName: text().nullable(),
  liftedAt: text().nullable(),
  liftReason: text().nullable(),
  active: z.boolean(),
  version: z.number(),
});
export type LegalHold = z.infer<typeof legalHold>;

export const legalHoldList = z.object({ items: z.array(legalHold) });

import { z } from 'zod';
import { text } from '../http/text.ts';

/** Long enough that "emergency" alone is not a reason: the reviewer must be able to judge it. */
export const BREAK_GLASS_REASON_MIN = 20;

export const breakGlassBody = z.strictObject({
  reason: text().trim().min(BREAK_GLASS_REASON_MIN).max(2000),
});

export const reviewBody = z.strictObject({ note: text().trim().min(1).max(2000) });

export const accessParams = z.strictObject({ id: z.uuid() });

export const listQuery = z.strictObject({
  reviewed: z.enum(['true', 'false']).optional(),
  caseId: z.uuid().optional(),
});

export const breakGlassAccess = z.object({
  id: text(),
  caseId: text(),
  caseCode: text(),
  userId: text(),
  userName: text(),
  userAgencyName: text().nullable(),
  /** The reason given; shown to the user who gave it and to reviewers. */
  reason: text(),
  startedAt: text(),
  expiresAt: text(),
  active: z.boolean(),
  reviewedAt: text().nullable(),
  reviewerName: text().nullable(),
  reviewNote: text().nullable(),
  version: z.number(),
});
export type BreakGlassAccess = z.infer<typeof breakGlassAccess>;

export const accessList = z.object({ items: z.array(breakGlassAccess) });

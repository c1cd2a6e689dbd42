import { z } from 'zod';
import { text } from '../http/text.ts';
import { caseSummary, revealedIdentity } from '../cases/cases.schemas.ts';

export const pairSummary = z.object({
  id: text(),
  caseA: caseSummary,
  caseB: caseSummary,
  score: z.number(),
  classification: z.enum(['probable', 'possible']),
  agreements: z.array(z.object({ field: text(), outcome: text(), weight: z.number() })),
  status: z.enum(['open', 'merged', 'distinct']),
  keptCase: text().nullable(),
  decidedAt: text().nullable(),
  version: z.number(),
});

export const pairDetail = pairSummary.extend({ identityA: revealedIdentity, identityB: revealedIdentity });

export const pairIdParams = z.strictObject({ id: z.uuid() });
export const listPairsQuery = z.strictObject({ status: z.enum(['open', 'merged', 'distinct']).optional() });
export const mergeBody = z.strictObject({ keepCaseId: z.uuid() });
export const scanResponse = z.object({ scanned: z.number(), found: z.number(), added: z.number() });

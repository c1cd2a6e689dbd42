import { z } from 'zod';
import { text } from '../http/text.ts';

export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;

export const approvalIdParams = z.strictObject({ id: z.uuid() });
export const caseIdParams = z.strictObject({ id: z.uuid() });

export const pendingQuery = z.strictObject({
  kind: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be an approval kind such as assistance-plan')
    .optional(),
});

export const decisionBody = z.strictObject({
  decision: z.enum(['approved', 'rejected']),
  /** Required when rejecting; encrypted at rest. */
  reason: text().trim().max(2000).nullable().optional(),
});

export const approval = z.object({
  id: text(),
  /** Null when the request concerns an account, not a case (kind 'grant-change'). */
  caseId: text().nullable(),
  caseCode: text().nullable(),
  /** The account whose grants a 'grant-change' request would change; null for case approvals. */
  accountId: text().nullable(),
  accountName: text().nullable(),
  kind: text(),
  subjectId: text(),
  status: z.enum(APPROVAL_STATUSES),
  requestedBy: text(),
  requestedByName: text().nullable(),
  requesterAgencyId: text().nullable(),
  requestedAt: text(),
  decidedBy: text().nullable(),
  decidedByName: text().nullable(),
  decidedAt: text().nullable(),
  reason: text().nullable(),
  /** Whether the caller may decide it now (pending, in scope, not their own request nor their own work). */
  mayDecide: z.boolean(),
  version: z.number().int(),
});
export type Approval = z.infer<typeof approval>;

export const approvalList = z.object({ items: z.array(approval) });

import { z } from 'zod';

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
  reason: z.string().trim().max(2000).nullable().optional(),
});

export const approval = z.object({
  id: z.string(),
  caseId: z.string(),
  caseCode: z.string(),
  kind: z.string(),
  subjectId: z.string(),
  status: z.enum(APPROVAL_STATUSES),
  requestedBy: z.string(),
  requestedByName: z.string().nullable(),
  requesterAgencyId: z.string().nullable(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
  /** Whether the caller may decide it now (pending, in scope, not their own request). */
  mayDecide: z.boolean(),
  version: z.number().int(),
});
export type Approval = z.infer<typeof approval>;

export const approvalList = z.object({ items: z.array(approval) });

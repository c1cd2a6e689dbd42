import { z } from 'zod';
import { StatusDecisionMakingOrg } from '../../domain/vocabularies/index.ts';

// The child's trafficking status: formal decisions (which also move the case's lifecycle), the
// recovery and reflection period they start, and the non-punishment flag.

export const DECIDED_STATUSES = ['presumed', 'identified', 'not-a-victim'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const statusDecisionBody = z.strictObject({
  status: z.enum(DECIDED_STATUSES),
  /** HTCDS TraffickingStatusDecisionMakingOrg. */
  decidingOrgType: z.enum(StatusDecisionMakingOrg),
  decidedOn: isoDate,
  /**
   * The node country's formal procedure record (UA Resolution 417, MD Law 241/2005, BY criminal
   * proceedings): field keys from src/domain/status FORMAL_PROCEDURES, values text or YYYY-MM-DD.
   */
  formalProcedure: z.record(z.string().max(60), z.string().max(500)).optional(),
  reason: z.string().trim().min(1).max(2000),
});
export type StatusDecisionInput = z.infer<typeof statusDecisionBody>;

export const nonPunishmentBody = z.strictObject({
  flagged: z.boolean(),
  /** Which offences, and how they stem from the trafficking (CoE Art. 26); required when flagged. */
  note: z.string().trim().max(2000).nullable(),
});

export const caseStatus = z.object({
  status: z.enum(['possible', 'presumed', 'identified', 'not-a-victim']),
  /** HTCDS TraffickingStatus. */
  htcdsStatus: z.string(),
  decidingOrgType: z.string().nullable(),
  decidedOn: z.string().nullable(),
  formalProcedure: z
    .object({ country: z.string(), legalBasis: z.string(), values: z.record(z.string(), z.string()) })
    .nullable(),
  reflectionPeriod: z
    .object({
      startsOn: z.string(),
      endsOn: z.string(),
      daysLeft: z.number(),
      state: z.enum(['running', 'ending-soon', 'ended']),
    })
    .nullable(),
  nonPunishment: z.object({ flagged: z.boolean(), note: z.string().nullable() }),
  /** The case's version: send it as If-Match with a decision or a non-punishment change. */
  version: z.number(),
});
export type CaseStatusView = z.infer<typeof caseStatus>;

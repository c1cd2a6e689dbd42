import { z } from 'zod';
import { text } from '../http/text.ts';
import { StatusDecisionMakingOrg } from '../../domain/vocabularies/index.ts';

// The child's trafficking status: formal decisions (which also move the case's lifecycle), the
// recovery and reflection period they start, and the non-punishment flag.

/** The case's reflection period as src/server/status/reflection.ts computes it (null: none shown). */
export const reflectionPeriodView = z
  .object({
    startsOn: text(),
    endsOn: text(),
    daysLeft: z.number(),
    state: z.enum(['running', 'ending-soon', 'ended']),
  })
  .nullable();

export const DECIDED_STATUSES = ['presumed', 'identified', 'not-a-victim'] as const;

const isoDate = text().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const statusDecisionBody = z.strictObject({
  status: z.enum(DECIDED_STATUSES),
  /** HTCDS TraffickingStatusDecisionMakingOrg. */
  decidingOrgType: z.enum(StatusDecisionMakingOrg),
  decidedOn: isoDate,
  /**
   * The node country's formal procedure record (UA Resolution 417, MD Law 241/2005, BY criminal
   * proceedings): field keys from src/domain/status FORMAL_PROCEDURES, values text or YYYY-MM-DD.
   */
  formalProcedure: z.record(text().max(60), text().max(500)).optional(),
  reason: text().trim().min(1).max(2000),
});
export type StatusDecisionInput = z.infer<typeof statusDecisionBody>;

export const nonPunishmentBody = z.strictObject({
  flagged: z.boolean(),
  /** Which offences, and how they stem from the trafficking (CoE Art. 26); required when flagged. */
  note: text().trim().max(2000).nullable(),
});

export const caseStatus = z.object({
  status: z.enum(['possible', 'presumed', 'identified', 'not-a-victim']),
  /** HTCDS TraffickingStatus. */
  htcdsStatus: text(),
  decidingOrgType: text().nullable(),
  decidedOn: text().nullable(),
  formalProcedure: z
    .object({ country: text(), legalBasis: text(), values: z.record(text(), text()) })
    .nullable(),
  reflectionPeriod: reflectionPeriodView,
  nonPunishment: z.object({ flagged: z.boolean(), note: text().nullable() }),
  /** The case's version: send it as If-Match with a decision or a non-punishment change. */
  version: z.number(),
});
export type CaseStatusView = z.infer<typeof caseStatus>;

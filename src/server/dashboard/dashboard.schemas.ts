import { z } from 'zod';
import { text } from '../http/text.ts';
import { PROCEEDING_STAGES } from '../../domain/justice/index.ts';
import { OPEN_STAGES } from '../../domain/lifecycle/index.ts';

// The supervisor dashboard: figures over the open cases the caller reaches. Cases appear by code only.

const caseRef = {
  caseId: text(),
  caseCode: text(),
  ownerName: text().nullable(),
};

export const dashboard = z.object({
  generatedAt: text(),
  totals: z.object({
    openCases: z.number(),
    visitsOverdue: z.number(),
    casesWithOverdueVisits: z.number(),
    openSafetyAlerts: z.number(),
    worsening: z.number(),
    referralsOverdue: z.number(),
  }),
  stages: z.array(z.enum(OPEN_STAGES)),
  caseload: z.array(
    z.object({
      ownerUserId: text().nullable(),
      ownerName: text().nullable(),
      total: z.number(),
      byStage: z.record(z.enum(OPEN_STAGES), z.number()),
    }),
  ),
  overdueVisits: z.array(z.object({ ...caseRef, visitsOverdue: z.number() })),
  /** Referrals sent and not answered by their deadline (referrals area). */
  overdueReferrals: z.array(z.object({ ...caseRef, referralsOverdue: z.number() })),
  openAlerts: z.array(z.object({ ...caseRef, openSafetyAlerts: z.number() })),
  worsening: z.array(
    z.object({ ...caseRef, latestOverall: z.number().nullable(), previousOverall: z.number().nullable() }),
  ),
  /** Criminal proceedings of these cases by stage; null for a caller without the justice field group. */
  proceedingsByStage: z.array(z.object({ stage: z.enum(PROCEEDING_STAGES), count: z.number() })).nullable(),
});
export type Dashboard = z.infer<typeof dashboard>;

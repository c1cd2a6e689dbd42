// The supervisor dashboard (docs/justice.md#dashboard); mirrors src/server/dashboard/dashboard.schemas.ts.
import type { ProceedingStage } from '../../domain/justice/index.ts';
import type { OpenStage } from '../../domain/lifecycle/index.ts';
import { api } from './client.ts';

interface CaseRef {
  caseId: string;
  caseCode: string;
  ownerName: string | null;
}

export interface Dashboard {
  generatedAt: string;
  totals: {
    openCases: number;
    visitsOverdue: number;
    casesWithOverdueVisits: number;
    openSafetyAlerts: number;
    worsening: number;
    referralsOverdue: number;
  };
  stages: OpenStage[];
  caseload: Array<{
    ownerUserId: string | null;
    ownerName: string | null;
    total: number;
    byStage: Record<OpenStage, number>;
  }>;
  overdueVisits: Array<CaseRef & { visitsOverdue: number }>;
  overdueReferrals: Array<CaseRef & { referralsOverdue: number }>;
  openAlerts: Array<CaseRef & { openSafetyAlerts: number }>;
  worsening: Array<CaseRef & { latestOverall: number | null; previousOverall: number | null }>;
  proceedingsByStage: Array<{ stage: ProceedingStage; count: number }> | null;
}

export const dashboardApi = { get: () => api.get<Dashboard>('/api/dashboard') };

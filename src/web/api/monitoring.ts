// Types and endpoints of reintegration monitoring (docs/monitoring.md); they mirror the server's zod
// schemas in src/server/monitoring/monitoring.schemas.ts. Items, anchors and domains come from the
// shared domain data so the form shows exactly what the server scores.
import type { MonitoringDomain } from '../../domain/monitoring/domains.ts';
import type { EvidenceSource, PlacementType, RiskLevel, Score } from '../../domain/monitoring/items.ts';
import { api } from './client.ts';

export {
  ASSESSMENT_ITEMS,
  EVIDENCE_SOURCES,
  itemsOfDomain,
  PLACEMENT_TYPES,
  RISK_LEVELS,
  SCORES,
} from '../../domain/monitoring/items.ts';
export { MONITORING_DOMAIN_LABELS, MONITORING_DOMAINS } from '../../domain/monitoring/domains.ts';
export type { EvidenceSource, MonitoringDomain, PlacementType, RiskLevel, Score };

export interface RiskReview {
  contactWithExploiters: boolean;
  newOffers: boolean;
  wentMissing: boolean;
  riskLevel: RiskLevel;
  note: string | null;
}

export interface Visit {
  id: string;
  monthsAfter: number | null;
  plannedOn: string;
  status: 'planned' | 'done' | 'missed';
  timing: 'later' | 'due-soon' | 'overdue' | null;
  doneOn: string | null;
  missedReason: string | null;
  riskReview: RiskReview | null;
  assessmentId: string | null;
  version: number;
}

export interface MonitoringOverview {
  started: boolean;
  startedOn: string | null;
  placementType: PlacementType | null;
  visits: Visit[];
  retraffickingCount: number;
  settings: {
    scheduleMonths: number[];
    reminderDays: number;
    planActionBelow: number;
    closureAtLeast: number;
    closureConsecutiveReviews: number;
  };
  access: { record: boolean; resolveAlerts: boolean; assessments: boolean };
  version: number;
}

export type ChildView = Record<MonitoringDomain, Score | null>;

export interface ItemScore {
  itemId: string;
  score: Score;
  evidence: EvidenceSource;
}

export interface Assessment {
  id: string;
  visitId: string;
  assessedOn: string;
  assessorId: string | null;
  assessorName: string | null;
  items: ItemScore[];
  caregiverView: string | null;
  childView: Partial<ChildView> | null;
  domainScores: Record<MonitoringDomain, number>;
  overall: number;
}

export interface ClosureBlocker {
  code: string;
  details?: unknown;
}

export interface AssessmentList {
  items: Assessment[];
  planActions: Array<{ domain: MonitoringDomain; score: number; openGoals: number; required: boolean }>;
  closureBlockers: ClosureBlocker[];
}

export interface MonitoringAlert {
  id: string;
  kind: 'safety' | 'retrafficking-risk';
  visitId: string | null;
  itemIds: string[];
  raisedAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolutionOutcome: string | null;
  resolutionNote: string | null;
  version: number;
}

export interface RecordVisitInput {
  doneOn: string;
  riskReview: RiskReview;
  assessment: { items: ItemScore[]; caregiverView: string | null; childView: ChildView | null };
}

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/monitoring`;

export const monitoringKeys = {
  overview: (caseId: string) => ['cases', 'file', caseId, 'monitoring'] as const,
  assessments: (caseId: string) => ['cases', 'file', caseId, 'monitoring', 'assessments'] as const,
  alerts: (caseId: string) => ['cases', 'file', caseId, 'monitoring', 'alerts'] as const,
};

export const monitoringApi = {
  overview: (caseId: string) => api.get<MonitoringOverview>(base(caseId)),
  start: (
    caseId: string,
    body: { startedOn: string; placementType: PlacementType },
    idempotencyKey: string,
  ) => api.post<MonitoringOverview>(base(caseId), body, { idempotencyKey }),
  addVisit: (caseId: string, plannedOn: string, idempotencyKey: string) =>
    api.post<Visit>(`${base(caseId)}/visits`, { plannedOn }, { idempotencyKey }),
  reschedule: (caseId: string, visit: Visit, plannedOn: string) =>
    api.patch<Visit>(
      `${base(caseId)}/visits/${encodeURIComponent(visit.id)}`,
      { plannedOn },
      { version: visit.version },
    ),
  missed: (caseId: string, visit: Visit, reason: string) =>
    api.post<Visit>(
      `${base(caseId)}/visits/${encodeURIComponent(visit.id)}/missed`,
      { reason },
      { version: visit.version },
    ),
  record: (caseId: string, visit: Visit, body: RecordVisitInput) =>
    api.post<{ visit: Visit; assessment: Assessment; alerts: MonitoringAlert[] }>(
      `${base(caseId)}/visits/${encodeURIComponent(visit.id)}/record`,
      body,
      { version: visit.version },
    ),
  assessments: (caseId: string) => api.get<AssessmentList>(`${base(caseId)}/assessments`),
  alerts: (caseId: string) => api.get<{ items: MonitoringAlert[] }>(`${base(caseId)}/alerts`),
  resolveAlert: (caseId: string, alert: MonitoringAlert, outcome: string, note: string) =>
    api.post<MonitoringAlert>(
      `${base(caseId)}/alerts/${encodeURIComponent(alert.id)}/resolve`,
      { outcome, note },
      { version: alert.version },
    ),
};

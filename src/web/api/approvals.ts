// Approvals: one four-eyes mechanism (docs/approvals-inbox.md). Types mirror
// src/server/approvals/approvals.schemas.ts.
import { caseKeys } from './cases.ts';
import { api } from './client.ts';

export type ApprovalStatusValue = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export interface Approval {
  id: string;
  /** Null when the request concerns an account (kind 'grant-change'). */
  caseId: string | null;
  caseCode: string | null;
  accountId: string | null;
  accountName: string | null;
  kind: string;
  subjectId: string;
  status: ApprovalStatusValue;
  requestedBy: string;
  requestedByName: string | null;
  requesterAgencyId: string | null;
  requestedAt: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  reason: string | null;
  mayDecide: boolean;
  version: number;
}

/** The kinds the server knows (areas register them); the list filter offers these. */
export const APPROVAL_KINDS = [
  'assistance-plan',
  'best-interests',
  'case-closure',
  'case-closure-coordinator',
  'consent-override',
  'grant-change',
] as const;

/** Actions that decide some kind of approval: who sees the Approvals page in the navigation. */
export const DECIDING_ACTIONS = [
  'cases.approve-closure',
  'plans.approve',
  'best-interests.decide',
  'referrals.override-consent',
  'users.manage',
] as const;

export const approvalKeys = {
  pending: (kind: string | null) => ['approvals', 'pending', kind ?? 'all'] as const,
  ofCase: (caseId: string) => caseKeys.sub(caseId, 'approvals'),
};

export const approvalsApi = {
  pending: (kind: string | null) =>
    api.get<{ items: Approval[] }>(`/api/approvals${kind ? `?kind=${encodeURIComponent(kind)}` : ''}`),
  ofCase: (caseId: string) => api.get<{ items: Approval[] }>(`/api/cases/${caseId}/approvals`),
  decide: (
    approval: Pick<Approval, 'id' | 'version'>,
    decision: 'approved' | 'rejected',
    reason: string | null,
  ) =>
    api.post<Approval>(
      `/api/approvals/${approval.id}/decision`,
      { decision, reason },
      { version: approval.version },
    ),
};

import { api } from './client.ts';

// Break-glass: emergency read access to one case outside the user's scope (POST), and its review by the
// owning supervisors (list, review). Shapes follow src/server/break-glass/break-glass.schemas.ts.

export interface BreakGlassAccess {
  id: string;
  caseId: string;
  caseCode: string;
  userId: string;
  userName: string;
  userAgencyName: string | null;
  reason: string;
  startedAt: string;
  expiresAt: string;
  active: boolean;
  reviewedAt: string | null;
  reviewerName: string | null;
  reviewNote: string | null;
  version: number;
}

/** The server's minimum length of a reason (break-glass.schemas.ts BREAK_GLASS_REASON_MIN). */
export const BREAK_GLASS_REASON_MIN = 20;

export const breakGlassKeys = {
  all: ['break-glass'] as const,
  toReview: (caseId: string) => ['break-glass', 'to-review', caseId] as const,
};

export const breakGlassApi = {
  open: (caseId: string, reason: string, idempotencyKey: string) =>
    api.post<BreakGlassAccess>(
      `/api/cases/${encodeURIComponent(caseId)}/break-glass`,
      { reason },
      { idempotencyKey },
    ),
  toReview: (caseId: string) =>
    api.get<{ items: BreakGlassAccess[] }>(
      `/api/break-glass?reviewed=false&caseId=${encodeURIComponent(caseId)}`,
    ),
  review: (access: BreakGlassAccess, note: string) =>
    api.post<BreakGlassAccess>(
      `/api/break-glass/${encodeURIComponent(access.id)}/review`,
      { note },
      { version: access.version },
    ),
};

// Best-interests assessments and determinations of a case (docs/assistance-plans.md). Types mirror the
// server's zod schemas in src/server/best-interests/best-interests.schemas.ts.
import {
  DURABLE_SOLUTIONS,
  type DurableSolution,
  RISK_LEVELS,
  type RiskLevel,
} from '../../domain/best-interests/index.ts';
import { caseKeys } from './cases.ts';
import { api } from './client.ts';

export { DURABLE_SOLUTIONS, RISK_LEVELS };
export type { DurableSolution, RiskLevel };

export const HOW_HEARD = [
  'individual-interview',
  'with-interpreter',
  'child-friendly-room',
  'play-or-drawing',
  'written',
  'other',
] as const;
export type HowHeard = (typeof HOW_HEARD)[number];

export interface ChildViews {
  heardOn: string;
  howHeard: HowHeard;
  whoPresent: string;
  guardianPresent: boolean;
  views: string;
}
export interface FamilyMemberAssessment {
  familyMemberId: string;
  implicated: boolean;
  assessment: string;
}
export interface RiskAssessment {
  assessedOn: string;
  riskLevel: RiskLevel;
  returnInBestInterests: boolean;
  factors: string;
}
export interface OptionConsidered {
  option: DurableSolution;
  pros: string;
  cons: string;
}
export type Section = 'childViews' | 'familyAssessment' | 'riskAssessment' | 'options' | 'reasons';

export interface Assessment {
  id: string;
  caseId: string;
  status: 'open' | 'proposed' | 'decided';
  childViews: ChildViews | null;
  familyAssessment: FamilyMemberAssessment[] | null;
  riskAssessment: RiskAssessment | null;
  options: OptionConsidered[] | null;
  decision: {
    solution: DurableSolution;
    reunificationTargetId: string | null;
    reasons: string | null;
    proposedBy: string;
    proposedAt: string;
    decidedAt: string | null;
    panel: Array<{ userId: string; name: string | null; confirmedAt: string | null }>;
  } | null;
  hiddenSections: Section[];
  operations: Array<'edit' | 'propose' | 'confirm' | 'decline'>;
  createdBy: string;
  createdAt: string;
  version: number;
}

export interface Sections {
  childViews?: ChildViews | null;
  familyAssessment?: FamilyMemberAssessment[];
  riskAssessment?: RiskAssessment | null;
  options?: OptionConsidered[];
}

export interface Proposal {
  solution: DurableSolution;
  reunificationTargetId: string | null;
  reasons: string;
  panel: string[];
}

const biPath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/best-interests`;

export const bestInterestsKeys = {
  list: (caseId: string) => caseKeys.sub(caseId, 'best-interests'),
  candidates: (caseId: string) => caseKeys.sub(caseId, 'best-interests-panel'),
};

export const bestInterestsApi = {
  list: (caseId: string) =>
    api.get<{ items: Assessment[]; durableSolution: DurableSolution | null }>(biPath(caseId)),
  candidates: (caseId: string) =>
    api.get<{ items: Array<{ userId: string; name: string }> }>(`${biPath(caseId)}/panel-candidates`),
  start: (caseId: string, sections: Sections, idempotencyKey: string) =>
    api.post<Assessment>(biPath(caseId), sections, { idempotencyKey }),
  update: (caseId: string, assessment: Assessment, sections: Sections) =>
    api.patch<Assessment>(`${biPath(caseId)}/${assessment.id}`, sections, { version: assessment.version }),
  propose: (caseId: string, assessment: Assessment, proposal: Proposal) =>
    api.post<Assessment>(`${biPath(caseId)}/${assessment.id}/propose`, proposal, {
      version: assessment.version,
    }),
  confirm: (caseId: string, assessment: Assessment) =>
    api.post<Assessment>(`${biPath(caseId)}/${assessment.id}/confirm`, {}, { version: assessment.version }),
  decline: (caseId: string, assessment: Assessment) =>
    api.post<Assessment>(`${biPath(caseId)}/${assessment.id}/decline`, {}, { version: assessment.version }),
};

// Types and endpoints of the justice section (docs/justice.md); they mirror the server's zod schemas in
// src/server/justice/justice.schemas.ts. Stages, articles and measures come from the shared domain data.
import type {
  ChildRole,
  CompensationKind,
  CompensationSource,
  Currency,
  NonPunishmentDecision,
  ProceedingOutcome,
  ProceedingStage,
  ProtectiveMeasure,
} from '../../domain/justice/index.ts';
import type { Gender, PerpetratorRole, RelationshipToTrafficker } from '../../domain/vocabularies/index.ts';
import { api, request } from './client.ts';

export type {
  ChildRole,
  CompensationKind,
  CompensationSource,
  Currency,
  NonPunishmentDecision,
  ProceedingOutcome,
  ProceedingStage,
  ProtectiveMeasure,
};

export interface Measure {
  measure: ProtectiveMeasure;
  on: string;
}

export interface Compensation {
  kind: CompensationKind;
  source: CompensationSource;
  amount: number;
  currency: Currency;
  on: string | null;
}

export interface StageEntry {
  stage: ProceedingStage;
  on: string;
  outcome: ProceedingOutcome | null;
  note: string | null;
  recordedBy: string | null;
}

export interface Proceeding {
  id: string;
  country: string;
  number: string | null;
  articles: string[];
  authorityAgencyId: string | null;
  authorityAgencyName: string | null;
  authorityName: string | null;
  stage: ProceedingStage;
  outcome: ProceedingOutcome | null;
  nextStages: ProceedingStage[];
  childRole: ChildRole;
  openedOn: string;
  legalAid: { provider: string; from: string } | null;
  measures: Measure[];
  compensation: Compensation[];
  stageHistory: StageEntry[];
  version: number;
}

export interface ProceedingFields {
  number: string | null;
  articles: string[];
  authorityAgencyId: string | null;
  authorityName: string | null;
  childRole: ChildRole;
  legalAid: { provider: string; from: string } | null;
  measures: Measure[];
  compensation: Compensation[];
}

export interface NewProceeding extends ProceedingFields {
  stage: 'report' | 'investigation';
  openedOn: string;
}

export interface Perpetrator {
  id: string;
  proceedingId: string | null;
  roles: PerpetratorRole[];
  relation: RelationshipToTrafficker | null;
  familyMember: boolean;
  familyMemberId: string | null;
  sex: Gender | null;
  nationalities: string[];
  name: string | null;
  alias: string | null;
  version: number;
}
export type PerpetratorFields = Omit<Perpetrator, 'id' | 'version'>;

export interface NonPunishmentDecisionView {
  id: string;
  decision: NonPunishmentDecision;
  decidedOn: string | null;
  authorityAgencyId: string | null;
  authorityAgencyName: string | null;
  authorityName: string | null;
  offence: string;
  note: string | null;
  version: number;
}
export type DecisionFields = Omit<NonPunishmentDecisionView, 'id' | 'version' | 'authorityAgencyName'>;

export interface JusticeView {
  proceedings: Proceeding[];
  perpetrators: Perpetrator[];
  nonPunishment: { flagged: boolean; note: string | null; decisions: NonPunishmentDecisionView[] };
  mayWrite: boolean;
}

const base = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/justice`;

export const justiceKey = (caseId: string) => ['cases', 'file', caseId, 'justice'] as const;

export const justiceApi = {
  get: (caseId: string) => api.get<JusticeView>(base(caseId)),
  createProceeding: (caseId: string, body: NewProceeding, idempotencyKey: string) =>
    api.post<Proceeding>(`${base(caseId)}/proceedings`, body, { idempotencyKey }),
  updateProceeding: (caseId: string, proceeding: Proceeding, body: Partial<ProceedingFields>) =>
    api.patch<Proceeding>(`${base(caseId)}/proceedings/${proceeding.id}`, body, {
      version: proceeding.version,
    }),
  changeStage: (
    caseId: string,
    proceeding: Proceeding,
    body: { to: ProceedingStage; on: string; outcome: ProceedingOutcome | null; note: string | null },
  ) =>
    api.post<Proceeding>(`${base(caseId)}/proceedings/${proceeding.id}/stage`, body, {
      version: proceeding.version,
    }),
  addPerpetrator: (caseId: string, body: PerpetratorFields, idempotencyKey: string) =>
    api.post<Perpetrator>(`${base(caseId)}/perpetrators`, body, { idempotencyKey }),
  updatePerpetrator: (caseId: string, perpetrator: Perpetrator, body: Partial<PerpetratorFields>) =>
    api.patch<Perpetrator>(`${base(caseId)}/perpetrators/${perpetrator.id}`, body, {
      version: perpetrator.version,
    }),
  removePerpetrator: (caseId: string, perpetrator: Perpetrator) =>
    request<void>('DELETE', `${base(caseId)}/perpetrators/${perpetrator.id}`, {
      version: perpetrator.version,
    }),
  addDecision: (caseId: string, body: DecisionFields, idempotencyKey: string) =>
    api.post<NonPunishmentDecisionView>(`${base(caseId)}/non-punishment`, body, { idempotencyKey }),
  updateDecision: (caseId: string, decision: NonPunishmentDecisionView, body: Partial<DecisionFields>) =>
    api.patch<NonPunishmentDecisionView>(`${base(caseId)}/non-punishment/${decision.id}`, body, {
      version: decision.version,
    }),
};

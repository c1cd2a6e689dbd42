import type { ClosureReason } from '../vocabularies/index.ts';

/**
 * Why a case is closed. A fixed list so supervisors and statistics can compare like with like
 * (DOMAIN §2 step 9: closure with reason and supervisor approval). 'other' must be explained.
 */
export const CASE_CLOSURE_REASONS = [
  'reintegrated',
  'transferred',
  'moved-abroad',
  'reached-adulthood',
  'lost-contact',
  'deceased',
  /** The record should never have been opened (a duplicate, a mistake); verified by the approver. */
  'opened-in-error',
  'other',
] as const;
export type CaseClosureReason = (typeof CASE_CLOSURE_REASONS)[number];

/** The HTCDS closure reason each Haven reason is exported as (HTCDS has no "reached adulthood"). */
export const HTCDS_CLOSURE_REASON: Record<CaseClosureReason, ClosureReason> = {
  reintegrated: 'ReintegrationAchieved',
  transferred: 'ReferredToAnotherOrganisation',
  'moved-abroad': 'MovedOutOfArea',
  'reached-adulthood': 'Other',
  'lost-contact': 'LostContact',
  deceased: 'Deceased',
  'opened-in-error': 'Other',
  other: 'Other',
};

/** Roles allowed to approve or reject a closure: someone with oversight, never the caseworker alone. */
export const CLOSURE_APPROVER_ROLES = ['supervisor', 'localcoord', 'coordinator'] as const;

/** Every action records who, when, from which agency and why (DESIGN rule 3). */
interface ActionBase {
  /** ISO 8601 timestamp with time zone, e.g. 2024-03-01T09:30:00Z. */
  at: string;
  actorId: string;
  actorAgencyId: string;
  reason?: string;
}

export interface OpenCaseAction extends ActionBase {
  type: 'open';
  ownerUserId: string;
  ownerAgencyId: string;
  /** District or community code (src/domain/geo) of the team that owns the case. */
  unitCode: string;
}
export interface PresumeAction extends ActionBase {
  type: 'presume';
}
export interface IdentifyAction extends ActionBase {
  type: 'identify';
}
export interface DecideNotVictimAction extends ActionBase {
  type: 'decide-not-victim';
}
export interface StartAssistanceAction extends ActionBase {
  type: 'start-assistance';
}
export interface StartMonitoringAction extends ActionBase {
  type: 'start-monitoring';
}
export interface RequestClosureAction extends ActionBase {
  type: 'request-closure';
  closureReason: CaseClosureReason;
}
export interface ApproveClosureAction extends ActionBase {
  type: 'approve-closure';
  actorRoles: string[];
}
export interface RejectClosureAction extends ActionBase {
  type: 'reject-closure';
  actorRoles: string[];
}
export interface ReopenAction extends ActionBase {
  type: 'reopen';
  retrafficking?: boolean;
}
export interface TransferAction extends ActionBase {
  type: 'transfer';
  toAgencyId: string;
  toUnitCode: string;
  toUserId?: string;
}
export interface AssignAction extends ActionBase {
  type: 'assign';
  toUserId: string;
}

export type CaseAction =
  | OpenCaseAction
  | PresumeAction
  | IdentifyAction
  | DecideNotVictimAction
  | StartAssistanceAction
  | StartMonitoringAction
  | RequestClosureAction
  | ApproveClosureAction
  | RejectClosureAction
  | ReopenAction
  | TransferAction
  | AssignAction;

export type ActionType = CaseAction['type'];

export const ACTION_TYPES = [
  'open',
  'presume',
  'identify',
  'decide-not-victim',
  'start-assistance',
  'start-monitoring',
  'request-closure',
  'approve-closure',
  'reject-closure',
  'reopen',
  'transfer',
  'assign',
] as const satisfies readonly ActionType[];

/**
 * Outcomes of the formal identification procedure: they are taken only through a status decision (the
 * Status tab, POST /api/cases/:id/status/decisions), which requires the date, the deciding body and the
 * fields the country's procedure names (UA Resolution 417: certificate number and date). The generic
 * lifecycle endpoint refuses them, so no one identifies a child, or decides it is not a victim, by
 * pressing a button that records none of that.
 */
export const FORMAL_DECISION_ACTIONS: ReadonlySet<ActionType> = new Set<ActionType>([
  'identify',
  'decide-not-victim',
]);

/**
 * Actions that must say why. Closure, reopening, transfer and a not-a-victim outcome change what
 * protection the child gets, so the next reader (supervisor, GRETA monitor, court) must see the reason;
 * a rejected closure tells the caseworker what is still missing.
 */
export const REASON_REQUIRED: ReadonlySet<ActionType> = new Set<ActionType>([
  'decide-not-victim',
  'request-closure',
  'reject-closure',
  'reopen',
  'transfer',
]);

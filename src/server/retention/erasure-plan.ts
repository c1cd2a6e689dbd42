import { ENCRYPTED_COLUMNS } from '../crypto/encrypted-columns.ts';

// What anonymising a case overwrites. Every free text and every answer about a child is field-encrypted
// (docs/data-protection.md), so the list of encrypted columns is the list of what to erase: each one is
// tied here to the case it belongs to. A new encrypted column must be placed in one of the two tables
// below, or the unit test beside this file fails; nothing personal can be forgotten by the erasure.

/** How the rows of a table belong to a case. */
export type CaseLink =
  | { kind: 'case-id'; column: 'id' | 'case_id' }
  | { kind: 'via-parent'; column: string; parentTable: string; parentKey: string };

const byCaseId = { kind: 'case-id', column: 'case_id' } as const;

export const CASE_LINKS: Record<string, CaseLink> = {
  cases: { kind: 'case-id', column: 'id' },
  case_actions: byCaseId,
  case_family_members: byCaseId,
  case_guardians: byCaseId,
  case_consents: byCaseId,
  case_notes: byCaseId,
  case_attachments: byCaseId,
  case_attachment_contents: {
    kind: 'via-parent',
    column: 'attachment_id',
    parentTable: 'case_attachments',
    parentKey: 'id',
  },
  trafficking_events: byCaseId,
  screenings: byCaseId,
  case_status: byCaseId,
  status_decisions: byCaseId,
  approvals: byCaseId,
  justice_proceedings: byCaseId,
  justice_stage_history: {
    kind: 'via-parent',
    column: 'proceeding_id',
    parentTable: 'justice_proceedings',
    parentKey: 'id',
  },
  justice_perpetrators: byCaseId,
  justice_non_punishment: byCaseId,
  monitoring_visits: byCaseId,
  monitoring_assessments: byCaseId,
  monitoring_alerts: byCaseId,
  referrals: byCaseId,
  services_delivered: byCaseId,
  plan_goals: byCaseId,
  plan_actions: { kind: 'via-parent', column: 'plan_id', parentTable: 'plans', parentKey: 'id' },
  best_interests: byCaseId,
  case_legal_holds: byCaseId,
  case_age_assessments: byCaseId,
  // The reason and review note of an emergency access may describe the child.
  break_glass_accesses: byCaseId,
};

/** Encrypted tables that hold no child's data, and why they are left alone. */
export const NOT_CASE_DATA: Record<string, string> = {
  users: "staff accounts' second-factor secrets",
  sessions: 'pending second-factor secrets of a sign-in',
  user_emails: "staff members' e-mail addresses",
  idempotency_keys: 'answers kept for retries for a few hours, then pruned',
};

export type ErasureTarget = { table: string; column: string; context: string; link: CaseLink };

/** Every encrypted column of a case, the identity itself excepted (it is re-sealed as an empty one). */
export function erasureTargets(): ErasureTarget[] {
  return ENCRYPTED_COLUMNS.flatMap((entry) => {
    const link = CASE_LINKS[entry.table];
    if (!link || (entry.table === 'cases' && entry.column === 'sensitive_identity')) return [];
    return [{ table: entry.table, column: entry.column, context: entry.context, link }];
  });
}

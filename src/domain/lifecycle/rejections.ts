/** Machine-readable reasons an action is refused; the server passes them on as error codes. */
export const REJECTION_CODES = [
  'invalid_transition',
  'case_not_open',
  'case_already_open',
  'reason_required',
  'field_required',
  'invalid_timestamp',
  'timestamp_before_previous',
  'invalid_closure_reason',
  'closure_pending',
  'no_pending_closure',
  'same_person_cannot_approve',
  'approver_role_required',
  'already_identified',
  'nothing_changed',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export interface Rejection {
  ok: false;
  code: RejectionCode;
  message: string;
}

export function reject(code: RejectionCode, message: string): Rejection {
  return { ok: false, code, message };
}

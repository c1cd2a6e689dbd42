// Every failure a client may see is an AppError with a stable machine-readable code; the envelope is
// { error: { code, message, details }, requestId }. Anything else becomes a 500 that reveals nothing.

export type ErrorCode =
  | 'validation_failed'
  | 'invalid_credentials'
  | 'too_many_attempts'
  | 'account_disabled'
  | 'unauthenticated'
  | 'session_expired'
  | 'mfa_required'
  | 'mfa_invalid_code'
  | 'mfa_not_enrolling'
  | 'weak_password'
  | 'password_reused'
  | 'forbidden'
  | 'csrf_failed'
  | 'not_found'
  | 'conflict'
  | 'possible_duplicates'
  | 'lifecycle_refused'
  | 'status_change_refused'
  /** Justice: a stage change the proceedings' transition table or dates do not allow. */
  | 'stage_change_refused'
  /** Closure: monitoring evidence (or an open safety alert) does not allow this closure yet. */
  | 'closure_blocked'
  /** Approvals: the person who asked for a decision may not take it (four-eyes rule). */
  | 'four_eyes'
  /** Directory: a referral tried to take a place of a service that has none free. */
  | 'no_free_places'
  /** Referrals: no active consent to share the child's data with the receiving agency. */
  | 'consent_required'
  /** Referrals: a step the referral state machine does not allow now (or not to this side). */
  | 'referral_refused'
  /** Best interests: return or reunification chosen against the risk assessment (CoE Art. 16(7)). */
  | 'return_against_risk_assessment'
  | 'idempotency_conflict'
  | 'precondition_required'
  | 'precondition_failed'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'content_type_mismatch'
  | 'bad_request'
  | 'internal_error';

export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = 'The record') => new AppError(404, 'not_found', `${what} was not found.`);
export const forbidden = () => new AppError(403, 'forbidden', 'You do not have permission to do this.');
export const conflict = (message: string, details?: unknown) =>
  new AppError(409, 'conflict', message, details);
export const validationFailed = (details: Array<{ path: string; message: string }>) =>
  new AppError(400, 'validation_failed', 'Some fields are not valid.', details);

export type ErrorEnvelope = {
  error: { code: ErrorCode; message: string; details?: unknown };
  requestId: string;
};

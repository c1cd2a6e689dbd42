import { type FieldCode, type FieldCodeParams, fieldOfPath } from '../domain/validation/field-codes.ts';
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
  /** Sign-in: the account's roles need a passkey as the second step; TOTP is not accepted. */
  | 'passkey_required'
  /** Removing the last second factor of an account whose roles need two steps. */
  | 'second_factor_required'
  /** A passkey answer that does not verify (wrong challenge, origin, signature or counter). */
  | 'passkey_invalid'
  /** The password was chosen by someone else (new account, administrator reset): change it first. */
  | 'password_change_required'
  | 'weak_password'
  | 'password_reused'
  | 'forbidden'
  | 'csrf_failed'
  | 'not_found'
  | 'conflict'
  | 'possible_duplicates'
  | 'lifecycle_refused'
  | 'status_change_refused'
  | 'status_decision_required'
  /** Justice: a stage change the proceedings' transition table or dates do not allow. */
  | 'stage_change_refused'
  /** Closure: monitoring evidence (or an open safety alert) does not allow this closure yet. */
  | 'closure_blocked'
  /** Approvals: the person who asked for a decision may not take it (four-eyes rule). */
  | 'four_eyes'
  /** Users: nobody changes their own grants or moves their own account to another agency. */
  | 'own_grants'
  /** Users: a grant wider than the granter's own scope may give (or an approval asking for one). */
  | 'grant_beyond_scope'
  /** Directory: a referral tried to take a place of a service that has none free. */
  | 'no_free_places'
  /** Referrals: no active consent to share the child's data with the receiving agency. */
  | 'consent_required'
  /** Referrals: a step the referral state machine does not allow now (or not to this side). */
  | 'referral_refused'
  /** Best interests: return or reunification chosen against the risk assessment (CoE Art. 16(7)). */
  | 'return_against_risk_assessment'
  /** Reflection period (CETS 197 Art. 13): no return or removal is decided while it runs. */
  | 'reflection_period_running'
  /** Monitoring: a placement with the family the latest best-interests determination refused (Art. 16(7)). */
  | 'placement_against_determination'
  /** Guardian (CETS 197 Art. 10(4)): a family member recorded as implicated cannot be the guardian. */
  | 'guardian_implicated'
  /** Consent: the guardian's consent needs a recorded guardian to give it. */
  | 'guardian_not_recorded'
  /** Screening: the form was filled in with an indicator set that new screenings no longer use. */
  | 'indicator_set_superseded'
  /** Federation: a delivery or message that is not a JWS signed with EdDSA. */
  | 'message_unsigned'
  /** Federation: a signature that does not verify (the message was altered, or signed by another key). */
  | 'message_tampered'
  /** Federation: a delivery this node has already accepted, sent again. */
  | 'message_replayed'
  /** Federation: a delivery or message for another node. */
  | 'message_misaddressed'
  /** Federation: a delivery stamped outside the clock-skew window. */
  | 'message_clock_skew'
  /** Federation: a signed message whose envelope or body is not one this node understands. */
  | 'message_invalid'
  /** Federation: the sender is not a registered peer, or its fingerprint was not confirmed yet. */
  | 'peer_unknown'
  /** Federation: the sender's registration was revoked. */
  | 'peer_revoked'
  | 'idempotency_conflict'
  | 'precondition_required'
  | 'precondition_failed'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'content_type_mismatch'
  | 'bad_request'
  /** Readiness: the database cannot be reached (the node is up but cannot serve). */
  | 'unavailable'
  | 'internal_error';

/**
 * The one place where an error code decides its HTTP status, so that the same refusal never answers with
 * two statuses. 401: who you are is not established; 403: you may not; 404: not there or not yours (the
 * two look the same); 409: the record's state does not allow it now; 422: the request is understood but a
 * rule of the field refuses it; 412/428: versions.
 */
export const HTTP_STATUS = {
  validation_failed: 400,
  invalid_credentials: 401,
  too_many_attempts: 429,
  account_disabled: 403,
  unauthenticated: 401,
  session_expired: 401,
  mfa_required: 401,
  mfa_invalid_code: 400,
  mfa_not_enrolling: 409,
  passkey_required: 409,
  second_factor_required: 409,
  passkey_invalid: 400,
  password_change_required: 403,
  weak_password: 400,
  password_reused: 400,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  possible_duplicates: 409,
  lifecycle_refused: 422,
  status_change_refused: 422,
  status_decision_required: 422,
  stage_change_refused: 422,
  closure_blocked: 422,
  four_eyes: 409,
  own_grants: 403,
  grant_beyond_scope: 403,
  no_free_places: 409,
  consent_required: 409,
  referral_refused: 409,
  return_against_risk_assessment: 422,
  reflection_period_running: 422,
  placement_against_determination: 422,
  guardian_implicated: 409,
  guardian_not_recorded: 409,
  indicator_set_superseded: 409,
  message_unsigned: 400,
  message_invalid: 400,
  message_tampered: 401,
  message_clock_skew: 401,
  peer_unknown: 403,
  peer_revoked: 403,
  message_misaddressed: 421,
  message_replayed: 409,
  idempotency_conflict: 422,
  precondition_required: 428,
  precondition_failed: 412,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  content_type_mismatch: 415,
  bad_request: 400,
  unavailable: 503,
  internal_error: 500,
} as const satisfies Record<ErrorCode, number>;

export class AppError extends Error {
  /** Decided by the code (HTTP_STATUS), never by the thrower. */
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.statusCode = HTTP_STATUS[code];
  }
}

export const notFound = (what = 'The record') => new AppError('not_found', `${what} was not found.`);
export const forbidden = () => new AppError('forbidden', 'You do not have permission to do this.');
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, details);
/**
 * One problem per field: `path` names it in the request (body.identity.birthDate), `field` is the same
 * without the request part (identity.birthDate) for a form to match, `code` is one of the closed set the
 * web app translates next to the field (FIELD_CODES), `params` the numbers the translation names, and
 * `message` the English text for API users reading the answer by hand.
 */
export type FieldProblemInput = { path: string; message: string; code: FieldCode; params?: FieldCodeParams };
export type FieldProblem = {
  path: string;
  field: string;
  code: FieldCode;
  params: FieldCodeParams;
  message: string;
};

export const fieldProblem = ({ path, message, code, params }: FieldProblemInput): FieldProblem => ({
  path,
  field: fieldOfPath(path),
  code,
  params: params ?? {},
  message,
});

export const validationFailed = (details: ReadonlyArray<FieldProblemInput>) =>
  new AppError('validation_failed', 'Some fields are not valid.', details.map(fieldProblem));

export type ErrorEnvelope = {
  error: { code: ErrorCode; message: string; details?: unknown };
  requestId: string;
};

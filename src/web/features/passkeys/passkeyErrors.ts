// What to tell the user when a passkey step fails: the server's codes and the browser's refusals, each in
// the interface language. The server's English text is never shown (brief: errors next to the field).
import { WebAuthnError } from '@simplewebauthn/browser';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.ts';

const SERVER_CODES: Record<string, string> = {
  invalid_credentials: 'passkeys.errors.wrongPassword',
  passkey_invalid: 'passkeys.errors.invalid',
  conflict: 'passkeys.errors.conflict',
  second_factor_required: 'passkeys.errors.lastSecondFactor',
  too_many_attempts: 'errors.too_many_attempts',
  not_found: 'passkeys.errors.notFound',
  network_error: 'errors.network_error',
};

/** The browser said no: the user cancelled, the dialog timed out, or this device already holds the passkey. */
function browserMessageKey(error: unknown): string | null {
  if (error instanceof WebAuthnError) {
    if (error.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return 'passkeys.errors.alreadyOnDevice';
    return 'passkeys.errors.cancelled';
  }
  if (error instanceof Error && error.name === 'NotAllowedError') return 'passkeys.errors.cancelled';
  if (error instanceof Error && /WebAuthn is not supported/i.test(error.message))
    return 'passkeys.errors.unsupported';
  return null;
}

export function passkeyErrorMessage(t: TFunction, error: unknown): string | null {
  if (!error) return null;
  if (error instanceof ApiError)
    return t(SERVER_CODES[error.code] ?? `errors.${error.code}`, { defaultValue: t('errors.unknown_error') });
  return t(browserMessageKey(error) ?? 'errors.unknown_error');
}

/** Errors about the password belong next to the password field; the rest next to the button. */
export function isPasswordError(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'invalid_credentials';
}

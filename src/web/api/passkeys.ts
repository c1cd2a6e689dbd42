// Passkeys (WebAuthn) of the signed-in user and the passkey answer to the second sign-in step. Paths and
// bodies follow src/server/auth/passkeys.routes.ts; the ceremony JSON goes through @simplewebauthn/browser.
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/browser';
import { api } from './client.ts';

export interface Passkey {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export const passkeyKeys = { mine: ['passkeys', 'mine'] as const };

export const passkeysApi = {
  list: () => api.get<Passkey[]>('/api/auth/passkeys'),
  registrationOptions: (password: string) =>
    api.post<PublicKeyCredentialCreationOptionsJSON>('/api/auth/passkeys/registration/options', { password }),
  /** `next` is 'done' when this passkey finished a pending enrolment (the session is now signed in). */
  register: (name: string, response: RegistrationResponseJSON) =>
    api.post<{ passkey: { id: string; name: string }; next: 'done' | null }>(
      '/api/auth/passkeys/registration',
      {
        name,
        response,
      },
    ),
  authenticationOptions: () =>
    api.post<PublicKeyCredentialRequestOptionsJSON>('/api/auth/passkeys/authentication/options', {}),
  authenticate: (response: AuthenticationResponseJSON) =>
    api.post<{ next: 'done' | 'mfa-challenge' | 'mfa-enrol' }>('/api/auth/passkeys/authentication', {
      response,
    }),
  remove: (id: string, password: string) =>
    api.post<void>(`/api/auth/passkeys/${encodeURIComponent(id)}/remove`, { password }),
};

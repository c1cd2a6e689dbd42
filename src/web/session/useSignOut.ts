import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { authApi } from '../api/endpoints.ts';
import { clearSession, type SignInReason } from './session.ts';

/** Ends the session on the server (best effort) and forgets everything cached for this user. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    async (reason: SignInReason = 'signed-out') => {
      try {
        await authApi.logout();
      } catch {
        // An already-expired session cannot be logged out; the local clean-up below still matters.
      }
      // Leave the signed-in area first: its components read the cached user until they unmount.
      await navigate({ to: '/sign-in', search: { reason } });
      clearSession(queryClient);
    },
    [navigate, queryClient],
  );
}

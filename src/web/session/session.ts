// Session state on the client: the current user (GET /api/me through TanStack Query) and the
// half-signed-in step between password and MFA, which the server keeps but does not describe in a 401.
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';
import { meApi } from '../api/endpoints.ts';
import type { LoginNext, Me } from '../api/types.ts';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: meApi.get,
  // GET /api/me refreshes the server's idle timer, so it must not be refetched behind the user's back:
  // that would keep an unattended session alive for ever.
  staleTime: Number.POSITIVE_INFINITY,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
  retry: false,
});

/** Only valid inside the signed-in part of the app, where the route guard has loaded Me. */
export function useMe(): Me {
  const { data } = useQuery(meQuery);
  if (!data) throw new Error('useMe used outside the signed-in area');
  return data;
}

export function can(me: Me, action: string): boolean {
  return me.allowedActions.includes(action);
}

const PENDING_KEY = 'haven.pendingMfa';
type PendingStep = Exclude<LoginNext, 'done'>;

export function setPendingMfa(step: PendingStep | null): void {
  try {
    if (step) sessionStorage.setItem(PENDING_KEY, step);
    else sessionStorage.removeItem(PENDING_KEY);
  } catch {
    // Without storage a reload mid-MFA simply returns to sign-in.
  }
}

export function pendingMfa(): PendingStep | null {
  try {
    const value = sessionStorage.getItem(PENDING_KEY);
    return value === 'mfa-enrol' || value === 'mfa-challenge' ? value : null;
  } catch {
    return null;
  }
}

export type SignInReason = 'expired' | 'signed-out' | 'signed-in-elsewhere';

/** Where a failed GET /api/me should send the user. */
export function redirectForAuthError(error: unknown): '/sign-in' | '/mfa/enrol' | '/mfa/challenge' | null {
  if (!(error instanceof ApiError) || error.status !== 401) return null;
  if (error.code === 'mfa_required') {
    const step = pendingMfa();
    if (step === 'mfa-enrol') return '/mfa/enrol';
    if (step === 'mfa-challenge') return '/mfa/challenge';
  }
  return '/sign-in';
}

export function clearSession(queryClient: QueryClient): void {
  setPendingMfa(null);
  // Everything cached belongs to the user who just left; none of it may leak to the next one.
  queryClient.clear();
}

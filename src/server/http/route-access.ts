import type { Action } from '../policy/policy.ts';

/**
 * Every /api route declares who may call it; a route without a declaration does not start (see
 * app.ts), so no endpoint can be added without thinking about authorisation.
 */
export type RouteAccess =
  | { kind: 'public' }
  | {
      kind: 'signed-in';
      /** Open to a session between password and second step (sign-in's own steps only). */
      allowPendingMfa?: boolean;
      /** Open while the account must still replace a password someone else chose. */
      allowBeforePasswordChange?: boolean;
    }
  | { kind: 'action'; action: Action };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export const publicRoute = { access: { kind: 'public' } } as const;
export const signedIn = { access: { kind: 'signed-in' } } as const;
export const pendingMfaAllowed = {
  access: { kind: 'signed-in', allowPendingMfa: true, allowBeforePasswordChange: true },
} as const;
/** Who am I and the password change itself: what an account that must change its password may use. */
export const beforePasswordChange = {
  access: { kind: 'signed-in', allowBeforePasswordChange: true },
} as const;
export const requires = (action: Action) => ({ access: { kind: 'action', action } as RouteAccess });

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { audit } from '../audit/audit.service.ts';
import type { Actor, AppContext } from '../context.ts';
import { AppError, forbidden } from '../errors.ts';
import type { RouteAccess } from '../http/route-access.ts';
import { mayAttempt, type Principal, type Role, type Scope } from '../policy/policy.ts';
import * as repo from './auth.repository.ts';
import { clearSessionCookies, sessionTokenOf } from './session-cookies.ts';
import { hashToken, sameSecret } from './tokens.ts';

export type SignedInUser = Principal & {
  username: string;
  displayName: string;
  locale: string;
  mfaEnabled: boolean;
  /** The password was set by someone else; everything but changing it is refused. */
  mustChangePassword: boolean;
  sessionToken: string;
  sessionStage: 'mfa-challenge' | 'mfa-enrol' | 'done';
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
};

declare module 'fastify' {
  interface FastifyRequest {
    user: SignedInUser | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Refreshing last_seen_at on every request would write on every click; ten seconds of slack on a
// fifteen-minute idle timeout is invisible to users.
const TOUCH_INTERVAL_MS = 10_000;

export function actorOf(request: FastifyRequest): Actor {
  return {
    userId: request.user?.userId ?? null,
    agencyId: request.user?.agencyId ?? null,
    requestId: request.id,
  };
}

export function requireUser(request: FastifyRequest): SignedInUser {
  if (!request.user) throw new AppError('unauthenticated', 'Sign in first.');
  return request.user;
}

async function resolveUser(
  ctx: AppContext,
  request: FastifyRequest,
): Promise<SignedInUser | 'expired' | null> {
  const token = sessionTokenOf(request);
  if (!token) return null;
  const db = ctx.database.db;
  const tokenHash = hashToken(token);
  const session = await repo.findSession(db, tokenHash);
  if (!session) return null;
  const now = Date.now();
  const idleExpiresAt = new Date(session.last_seen_at.getTime() + ctx.config.session.idleSeconds * 1000);
  if (now >= session.absolute_expires_at.getTime() || now >= idleExpiresAt.getTime()) {
    await repo.deleteSession(db, tokenHash);
    return 'expired';
  }
  const user = await db.selectFrom('users').selectAll().where('id', '=', session.user_id).executeTakeFirst();
  if (user?.status !== 'active') {
    await repo.deleteSession(db, tokenHash);
    return null;
  }
  const grants = await repo.loadGrants(db, user.id);
  const teamIds = await repo.loadTeamIds(db, user.id);
  // A background poll (x-haven-background, sent by the web app's inbox refresh) is not the person's
  // activity: it must not keep an unattended session alive past its idle timeout.
  const background = request.headers['x-haven-background'] === '1';
  const touched = !background && now - session.last_seen_at.getTime() > TOUCH_INTERVAL_MS;
  if (touched) await repo.touchSession(db, tokenHash, new Date(now));
  if (!SAFE_METHODS.has(request.method)) {
    const header = request.headers['x-csrf-token'];
    if (typeof header !== 'string' || !sameSecret(header, session.csrf_token)) {
      throw new AppError(
        'csrf_failed',
        'The request is missing its security token. Reload the page and try again.',
      );
    }
  }
  return {
    userId: user.id,
    agencyId: user.agency_id,
    country: ctx.config.country,
    grants: grants.map((g) => ({ role: g.role as Role, scope: g.scope as Scope, unitCode: g.unit_code })),
    teamIds,
    username: user.username,
    displayName: user.display_name,
    locale: user.locale,
    mfaEnabled: user.mfa_enabled,
    mustChangePassword: user.must_change_password,
    sessionToken: token,
    sessionStage: session.stage,
    idleExpiresAt: touched ? new Date(now + ctx.config.session.idleSeconds * 1000) : idleExpiresAt,
    absoluteExpiresAt: session.absolute_expires_at,
  };
}

/** Resolves the session of every request and enforces each route's declared access. */
export function registerAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('user', null);
  app.addHook('preValidation', async (request, reply) => {
    const access: RouteAccess | undefined = request.routeOptions.config.access;
    // Non-API routes (the web app's files) and public routes need no session: health and readiness must
    // answer even when the session store cannot.
    if (!access || access.kind === 'public') return;
    const resolved = await resolveUser(ctx, request);
    if (resolved === 'expired') clearSessionCookies(reply);
    request.user = resolved === 'expired' ? null : resolved;
    const user = request.user;
    if (!user) {
      throw resolved === 'expired'
        ? new AppError('session_expired', 'Your session has ended. Sign in again.')
        : new AppError('unauthenticated', 'Sign in first.');
    }
    if (user.sessionStage !== 'done' && !(access.kind === 'signed-in' && access.allowPendingMfa)) {
      throw new AppError('mfa_required', 'Complete two-step verification first.', {
        next: user.sessionStage,
      });
    }
    if (user.mustChangePassword && !(access.kind === 'signed-in' && access.allowBeforePasswordChange)) {
      throw new AppError(
        'password_change_required',
        'Choose your own password first: the current one was set by an administrator.',
      );
    }
    if (access.kind === 'action' && !mayAttempt(user, access.action)) {
      await audit(ctx.database.db, actorOf(request), {
        action: access.action,
        outcome: 'denied',
        details: { route: request.routeOptions.url ?? '' },
      });
      throw forbidden();
    }
  });
}

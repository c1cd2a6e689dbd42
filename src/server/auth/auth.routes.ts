import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../audit/audit.service.ts';
import type { AppContext } from '../context.ts';
import { errorResponses } from '../http/openapi.ts';
import { beforePasswordChange, pendingMfaAllowed, publicRoute, signedIn } from '../http/route-access.ts';
import { allowedActions, fieldGroupsForMenus } from '../policy/policy.ts';
import { loadAgencyName } from './auth.repository.ts';
import * as auth from './auth.service.ts';
import { countPasskeys } from './passkeys.repository.ts';
import { policyForRoles } from './second-factor-policy.ts';
import { loginKey } from './sign-in-limits.ts';
import * as totp from './totp.service.ts';
import { setTrustedDevice, trustedDeviceOf } from './trusted-device.ts';
import { actorOf, requireUser, type SignedInUser } from './authenticate.ts';
import * as s from './auth.schemas.ts';
import { setUserLocale } from '../users/users.repository.ts';
import { clearSessionCookies, sessionTokenOf, setSessionCookies } from './session-cookies.ts';

const tags = ['Sign-in and session'];

/** A session that reached 'done' marks this browser as a known device of the account. */
export function finishSignIn(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  session: auth.IssuedSession,
  username: string,
): void {
  setSessionCookies(reply, session);
  if (session.stage === 'done') setTrustedDevice(ctx, request, reply, loginKey(ctx, username));
}

async function describeMe(ctx: AppContext, user: SignedInUser): Promise<z.infer<typeof s.meResponse>> {
  const passkeyCount = await countPasskeys(ctx.database.db, user.userId);
  const policy = policyForRoles(
    ctx,
    user.grants.map((g) => g.role),
  );
  return {
    user: {
      id: user.userId,
      username: user.username,
      displayName: user.displayName,
      locale: user.locale as (typeof s.LOCALES)[number],
      agencyId: user.agencyId,
      agencyName: await loadAgencyName(ctx.database.db, user.agencyId),
      country: ctx.config.country,
      // Has a second factor the roles accept: with a passkey requirement only a passkey counts.
      mfaEnabled: policy.passkeyRequired ? passkeyCount > 0 : user.mfaEnabled || passkeyCount > 0,
      mfaRequired: policy.mfaRequired,
      totpEnabled: user.mfaEnabled,
      passkeyCount,
      passkeyRequired: policy.passkeyRequired,
      mustChangePassword: user.mustChangePassword,
    },
    roles: user.grants.map((g) => ({ role: g.role, scope: g.scope, unitCode: g.unitCode })),
    allowedActions: allowedActions(user),
    fieldGroups: fieldGroupsForMenus(user),
    session: {
      idleTimeoutSeconds: ctx.config.session.idleSeconds,
      idleExpiresAt: user.idleExpiresAt.toISOString(),
      absoluteExpiresAt: user.absoluteExpiresAt.toISOString(),
    },
  };
}

export function registerAuthRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/auth/login',
    {
      config: publicRoute,
      schema: {
        tags,
        summary: 'Sign in with user name and password',
        body: s.loginBody,
        response: { 200: s.loginResponse, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const session = await auth.signIn(ctx, {
        ...request.body,
        ip: request.ip,
        trustedDeviceId: trustedDeviceOf(ctx, request, loginKey(ctx, request.body.username)),
        previousToken: sessionTokenOf(request),
        requestId: request.id,
      });
      finishSignIn(ctx, request, reply, session, request.body.username);
      return { next: session.stage };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: pendingMfaAllowed,
      schema: {
        tags,
        summary: 'Sign out and end the session',
        response: { 204: z.null(), ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await auth.signOut(ctx, user.sessionToken, actorOf(request));
      clearSessionCookies(reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/mfa/enrol',
    {
      config: pendingMfaAllowed,
      schema: {
        tags,
        summary: 'Start setting up (or replacing) two-step verification (TOTP); needs the password again',
        body: s.stepUpBody,
        response: { 200: s.mfaEnrolResponse, ...errorResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return totp.startMfaEnrolment(
        ctx,
        user.sessionToken,
        { id: user.userId, username: user.username },
        request.body.password,
        { ...actorOf(request), userId: user.userId },
      );
    },
  );

  app.post(
    '/api/auth/mfa/enrol/confirm',
    {
      config: pendingMfaAllowed,
      schema: {
        tags,
        summary: 'Confirm two-step verification with a first code',
        body: s.mfaConfirmBody,
        response: { 200: s.mfaConfirmResponse, ...errorResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const result = await totp.confirmMfaEnrolment(ctx, user.sessionToken, request.body.code, {
        ...actorOf(request),
        userId: user.userId,
      });
      if (result.session) finishSignIn(ctx, request, reply, result.session, user.username);
      return { recoveryCodes: result.recoveryCodes };
    },
  );

  app.post(
    '/api/auth/mfa/verify',
    {
      config: pendingMfaAllowed,
      schema: {
        tags,
        summary: 'Answer the two-step verification challenge',
        body: s.mfaVerifyBody,
        response: { 200: s.loginResponse, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      if (user.sessionStage !== 'mfa-challenge') return { next: user.sessionStage };
      const session = await totp.verifyMfaChallenge(ctx, user.sessionToken, request.body, {
        ...actorOf(request),
        userId: user.userId,
      });
      finishSignIn(ctx, request, reply, session, user.username);
      return { next: session.stage };
    },
  );

  app.post(
    '/api/auth/mfa/totp/remove',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Remove the authenticator app (TOTP); needs the password again',
        body: s.stepUpBody,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await totp.removeTotp(ctx, request.body.password, { ...actorOf(request), userId: user.userId });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: beforePasswordChange,
      schema: {
        tags,
        summary: 'Change your own password',
        body: s.passwordChangeBody,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await auth.changePassword(ctx, user.sessionToken, request.body, {
        ...actorOf(request),
        userId: user.userId,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      config: beforePasswordChange,
      schema: {
        tags,
        summary: 'Who am I: user, roles, scopes and allowed actions',
        response: { 200: s.meResponse, ...errorResponses(401) },
      },
    },
    async (request) => describeMe(ctx, requireUser(request)),
  );

  app.put(
    '/api/me/preferences',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Save your own preferences (interface language)',
        body: s.preferencesBody,
        response: { 200: s.meResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      await ctx.database.db.transaction().execute(async (trx) => {
        await setUserLocale(trx, user.userId, request.body.locale);
        await audit(trx, actorOf(request), {
          action: 'user.preferences',
          entityType: 'user',
          entityId: user.userId,
          details: { locale: request.body.locale },
        });
      });
      return describeMe(ctx, { ...user, locale: request.body.locale });
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { errorResponses } from '../http/openapi.ts';
import { pendingMfaAllowed, signedIn } from '../http/route-access.ts';
import { finishSignIn } from './auth.routes.ts';
import { stepUpBody, loginResponse } from './auth.schemas.ts';
import { actorOf, requireUser } from './authenticate.ts';
import * as s from './passkeys.schemas.ts';
import * as passkeys from './passkeys.service.ts';

const tags = ['Sign-in and session'];

export function registerPasskeyRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/auth/passkeys',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Your passkeys',
        response: { 200: s.passkeyList, ...errorResponses(401, 403) },
      },
    },
    async (request) => passkeys.listPasskeys(ctx, requireUser(request).userId),
  );

  app.post(
    '/api/auth/passkeys/registration/options',
    {
      config: pendingMfaAllowed,
      schema: {
        tags,
        summary: 'Start adding a passkey; needs the password again',
        body: stepUpBody,
        response: { 200: s.registrationOptionsResponse, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return passkeys.registrationOptions(ctx, user.sessionToken, user, request.body.password, {
        ...actorOf(request),
        userId: user.userId,
      });
    },
  );

  app.post(
    '/api/auth/passkeys/registration',
    {
      config: pendingMfaAllowed,
      schema: {
        tags,
        summary: 'Finish adding a passkey with what the authenticator made',
        body: s.registrationBody,
        response: { 200: s.registrationResponse, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const result = await passkeys.completeRegistration(
        ctx,
        user.sessionToken,
        request.body,
        { ...actorOf(request), userId: user.userId },
        user.sessionStage,
      );
      if (result.session) finishSignIn(ctx, request, reply, result.session, user.username);
      return { passkey: result.passkey, next: result.session ? ('done' as const) : null };
    },
  );

  app.post(
    '/api/auth/passkeys/authentication/options',
    {
      config: pendingMfaAllowed,
      schema: {
        tags,
        summary: 'The passkey challenge of the second sign-in step',
        response: { 200: s.authenticationOptionsResponse, ...errorResponses(401, 403, 409) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return passkeys.authenticationOptions(ctx, user.sessionToken, user.userId);
    },
  );

  app.post(
    '/api/auth/passkeys/authentication',
    {
      config: pendingMfaAllowed,
      schema: {
        tags,
        summary: 'Answer the second sign-in step with a passkey',
        body: s.authenticationBody,
        response: { 200: loginResponse, ...errorResponses(400, 401, 403, 409, 429) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      if (user.sessionStage !== 'mfa-challenge') return { next: user.sessionStage };
      const session = await passkeys.completeAuthentication(ctx, user.sessionToken, request.body.response, {
        ...actorOf(request),
        userId: user.userId,
      });
      finishSignIn(ctx, request, reply, session, user.username);
      return { next: session.stage };
    },
  );

  app.post(
    '/api/auth/passkeys/:id/remove',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Remove one of your passkeys; needs the password again',
        params: s.passkeyIdParams,
        body: stepUpBody,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      await passkeys.removePasskey(ctx, request.params.id, request.body.password, {
        ...actorOf(request),
        userId: user.userId,
      });
      return reply.code(204).send(null);
    },
  );
}

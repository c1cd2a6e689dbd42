import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as s from './legal-holds.schemas.ts';
import * as holds from './legal-holds.service.ts';

const tags = ['Retention'];

export function registerLegalHoldRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cases/:id/legal-holds',
    {
      config: requires('cases.legal-hold'),
      schema: {
        tags,
        summary: 'Legal holds of a case, in force and lifted',
        params: s.caseIdParams,
        response: { 200: s.legalHoldList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => ({
      items: await holds.listLegalHolds(ctx, requireUser(request), actorOf(request), request.params.id),
    }),
  );

  app.post(
    '/api/cases/:id/legal-holds',
    {
      config: requires('cases.legal-hold'),
      schema: {
        tags,
        summary: 'Put a case on legal hold: the retention job will not erase it while the hold stands',
        headers: idempotencyHeader,
        params: s.caseIdParams,
        body: s.holdReasonBody,
        response: { 201: s.legalHold, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        holds.setLegalHold(ctx, trx, principal, actorOf(request), request.params.id, request.body.reason),
      );
    },
  );

  app.post(
    '/api/cases/:id/legal-holds/:holdId/lift',
    {
      config: requires('cases.legal-hold'),
      schema: {
        tags,
        summary: 'Lift a legal hold, with the reason; the case follows its retention period again',
        headers: ifMatchHeader,
        params: s.holdParams,
        body: s.holdReasonBody,
        response: { 200: s.legalHold, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const lifted = await holds.liftLegalHold(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.holdId,
        requiredVersion(request),
        request.body.reason,
      );
      setEtag(reply, lifted.version);
      return lifted;
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import { caseIdParams } from '../cases/cases.schemas.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as s from './break-glass.schemas.ts';
import * as service from './break-glass.service.ts';

const tags = ['Break-glass'];

export function registerBreakGlassRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/cases/:id/break-glass',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: `Emergency read access to a case outside your scope, with a reason (at least ${s.BREAK_GLASS_REASON_MIN} characters), for a limited time; the owning supervisors are told and review it`,
        headers: idempotencyHeader,
        params: caseIdParams,
        body: s.breakGlassBody,
        response: { 201: s.breakGlassAccess, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        service.breakGlass(ctx, trx, principal, actorOf(request), request.params.id, request.body.reason),
      );
    },
  );

  app.get(
    '/api/break-glass',
    {
      config: requires('break-glass.review'),
      schema: {
        tags,
        summary: 'Break-glass accesses to the cases in your reach, newest first (reviewed=false: to review)',
        querystring: s.listQuery,
        response: { 200: s.accessList, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => ({
      items: await service.listAccesses(ctx, requireUser(request), actorOf(request), request.query),
    }),
  );

  app.post(
    '/api/break-glass/:id/review',
    {
      config: requires('break-glass.review'),
      schema: {
        tags,
        summary: 'Mark a break-glass access reviewed, with a note (never by the user who broke the glass)',
        headers: ifMatchHeader,
        params: s.accessParams,
        body: s.reviewBody,
        response: { 200: s.breakGlassAccess, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const access = await service.reviewAccess(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        requiredVersion(request),
        request.body.note,
      );
      setEtag(reply, access.version);
      return access;
    },
  );
}

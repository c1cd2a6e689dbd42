import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import { caseIdParams } from '../cases/cases.schemas.ts';
import type { AppContext } from '../context.ts';
import { createOnce } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as s from './status.schemas.ts';
import * as status from './status.service.ts';

const tags = ['Screening and status'];

export function registerStatusRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cases/:id/status',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary:
          'Trafficking status, deciding organisation, formal procedure, recovery and reflection period clock, non-punishment flag',
        params: caseIdParams,
        response: { 200: s.caseStatus, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const view = await status.getStatus(ctx, requireUser(request), actorOf(request), request.params.id);
      setEtag(reply, view.version);
      return view;
    },
  );

  app.post(
    '/api/cases/:id/status-decisions',
    {
      config: requires('cases.transition'),
      schema: {
        tags,
        summary:
          'Record a status decision (presumed, identified, not a victim) with the country’s formal procedure; takes the matching lifecycle action',
        headers: ifMatchHeader.extend(idempotencyHeader.shape),
        params: caseIdParams,
        body: s.statusDecisionBody,
        response: { 200: s.caseStatus, ...errorResponses(400, 401, 403, 404, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      const version = requiredVersion(request);
      const view = await createOnce(ctx, request, reply, principal.userId, async (trx) => ({
        status: 200,
        body: await status.decideStatus(
          ctx,
          trx,
          principal,
          actorOf(request),
          request.params.id,
          version,
          request.body,
        ),
      }));
      setEtag(reply, view.version);
      return view;
    },
  );

  app.put(
    '/api/cases/:id/non-punishment',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary:
          'Flag that offences the child was compelled to commit stem from the trafficking (non-punishment, CoE Art. 26)',
        headers: ifMatchHeader,
        params: caseIdParams,
        body: s.nonPunishmentBody,
        response: { 200: s.caseStatus, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const view = await status.setNonPunishment(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, view.version);
      return view;
    },
  );
}

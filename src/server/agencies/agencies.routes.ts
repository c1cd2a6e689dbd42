import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires, signedIn } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as agencies from './agencies.service.ts';
import * as s from './agencies.schemas.ts';

const tags = ['Agencies'];

export function registerAgencyRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/agencies',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'The agencies of this national node',
        response: { 200: s.agencyList, ...errorResponses(401) },
      },
    },
    async () => ({ items: await agencies.listAgencies(ctx) }),
  );

  app.post(
    '/api/admin/agencies',
    {
      config: requires('agencies.manage'),
      schema: {
        tags,
        summary: 'Register an agency',
        headers: idempotencyHeader,
        body: s.createAgencyBody,
        response: { 201: s.agency, ...errorResponses(400, 401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        agencies.createAgency(ctx, trx, principal, actorOf(request), request.body),
      );
    },
  );

  app.patch(
    '/api/admin/agencies/:id',
    {
      config: requires('agencies.manage'),
      schema: {
        tags,
        summary: 'Change an agency',
        headers: ifMatchHeader,
        params: s.agencyIdParams,
        body: s.updateAgencyBody,
        response: { 200: s.agency, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const agency = await agencies.updateAgency(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, agency.version);
      return agency;
    },
  );
}

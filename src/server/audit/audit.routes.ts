import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { errorResponses } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { accessLogOf } from './access-log.service.ts';

export function registerAuditRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/audit/access-log',
    {
      config: requires('audit.read'),
      schema: {
        tags: ['Audit'],
        summary: 'Who read or changed a record in your scope',
        querystring: z.strictObject({ entityType: z.enum(['user', 'agency']), entityId: z.uuid() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                at: z.string(),
                actorId: z.string().nullable(),
                actorUsername: z.string().nullable(),
                action: z.string(),
                entityType: z.string().nullable(),
                entityId: z.string().nullable(),
                outcome: z.string(),
              }),
            ),
          }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: await accessLogOf(
        ctx,
        requireUser(request),
        actorOf(request),
        request.query.entityType,
        request.query.entityId,
      ),
    }),
  );
}

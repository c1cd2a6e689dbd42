import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { text } from '../http/text.ts';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { errorResponses } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { validationFailed } from '../errors.ts';
import { ACCESS_KINDS } from './access-kinds.ts';
import { accessLogOf } from './access-log.service.ts';
import { registerCaseAccessLogRoutes } from './case-access-log.routes.ts';

export function registerAuditRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  registerCaseAccessLogRoutes(appBase, ctx);

  app.get(
    '/api/audit/access-log',
    {
      config: requires('audit.read'),
      schema: {
        tags: ['Audit'],
        summary: 'Who read or changed a record in your scope',
        description:
          'Name the record by id (entityId), or an account by its user name (username, with entityType=user). An unknown user name answers 404, like an account outside your scope.',
        querystring: z.strictObject({
          entityType: z.enum(['user', 'agency']),
          entityId: z.uuid().optional(),
          username: text().trim().min(1).max(100).optional(),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                at: text(),
                actorId: text().nullable(),
                actorUsername: text().nullable(),
                actorName: text().nullable(),
                actorAgencyName: text().nullable().describe('The agency the person acted for at the time'),
                kind: z.enum(ACCESS_KINDS),
                action: text(),
                entityType: text().nullable(),
                entityId: text().nullable(),
                outcome: text(),
              }),
            ),
          }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const { entityType, entityId, username } = request.query;
      if ((entityId === undefined) === (username === undefined) || (username && entityType !== 'user'))
        throw validationFailed([
          {
            path: 'querystring.username',
            message: 'Name the record either by id, or (an account) by user name.',
            code: 'required',
          },
        ]);
      const target = username
        ? { entityType: 'user' as const, username }
        : { entityType, entityId: entityId! };
      return { items: await accessLogOf(ctx, requireUser(request), actorOf(request), target) };
    },
  );
}

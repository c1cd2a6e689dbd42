import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { errorResponses } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { caseIdParams } from './legal-holds.schemas.ts';
import { subjectAccessExport } from './subject-access.schemas.ts';
import * as subjectAccess from './subject-access.service.ts';

export function registerSubjectAccessRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cases/:id/subject-access',
    {
      config: requires('cases.subject-access'),
      schema: {
        tags: ['Retention'],
        summary: 'Subject-access export: what is held about the child, to whom it was sent, who saw it',
        params: caseIdParams,
        response: { 200: subjectAccessExport, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const answer = await subjectAccess.subjectAccessExport(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
      );
      // A file to hand over, never kept by a browser or proxy cache.
      reply
        .header('content-disposition', `attachment; filename="subject-access-${answer.case.code}.json"`)
        .header('cache-control', 'no-store');
      return answer;
    },
  );
}

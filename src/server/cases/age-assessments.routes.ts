import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import * as s from './age-assessments.schemas.ts';
import * as assessments from './age-assessments.service.ts';
import { caseIdParams } from './cases.schemas.ts';

const tags = ['Case file'];

export function registerAgeAssessmentRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cases/:id/age-assessments',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: 'The age assessments of a case, oldest first (the last one decides the presumption)',
        params: caseIdParams,
        response: { 200: s.ageAssessmentList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => ({
      items: await assessments.listAgeAssessments(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
      ),
    }),
  );

  app.post(
    '/api/cases/:id/age-assessments',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary:
          'Record an age assessment (CETS 197 Art. 10(3)): only a result of adult lifts the presumption of minority',
        headers: idempotencyHeader,
        params: caseIdParams,
        body: s.newAgeAssessmentBody,
        response: { 201: s.ageAssessmentAnswer, ...errorResponses(400, 401, 403, 404, 412, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        assessments.recordAgeAssessment(
          ctx,
          trx,
          principal,
          actorOf(request),
          request.params.id,
          request.body,
        ),
      );
    },
  );
}

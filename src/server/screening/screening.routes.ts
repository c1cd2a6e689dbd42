import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import { caseIdParams } from '../cases/cases.schemas.ts';
import type { AppContext } from '../context.ts';
import { createOnce } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader } from '../http/openapi.ts';
import { requires, signedIn } from '../http/route-access.ts';
import * as s from './screening.schemas.ts';
import { indicatorReference, indicatorSetVersions } from './screening.reference.ts';
import * as screening from './screening.service.ts';
import { CURRENT_INDICATOR_SET, indicatorSetByVersion } from '../../domain/screening/index.ts';

const tags = ['Screening and status'];

export function registerScreeningRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/reference/screening-indicators',
    {
      config: signedIn,
      schema: {
        tags: ['Reference data'],
        summary:
          'One version of the ILO/EC (2009) children’s indicator lists (the current one unless ?version= names another): items, grades, page citations and what awaits verification, Haven’s own items apart, and the rule, in every language',
        querystring: s.referenceQuery,
        response: { 200: s.indicatorReference, ...errorResponses(400, 401) },
      },
    },
    async (request) =>
      indicatorReference(
        request.query.version ? indicatorSetByVersion(request.query.version)! : CURRENT_INDICATOR_SET,
      ),
  );

  app.get(
    '/api/reference/screening-indicators/versions',
    {
      config: signedIn,
      schema: {
        tags: ['Reference data'],
        summary:
          'Every published version of the children’s indicator set, which one new screenings use, and how much of each list still awaits verification',
        response: { 200: s.indicatorSetVersions, ...errorResponses(401) },
      },
    },
    async () => indicatorSetVersions(),
  );

  app.get(
    '/api/cases/:id/screenings',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: 'Screenings of the case with their explained results (field group exploitation)',
        params: caseIdParams,
        response: { 200: s.screeningList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => ({
      items: await screening.listScreenings(ctx, requireUser(request), actorOf(request), request.params.id),
    }),
  );

  app.post(
    '/api/cases/:id/screenings',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary:
          'Record a screening: indicators found with source and date, scored and explained; answers with a suggested status, never a decision',
        headers: idempotencyHeader,
        params: caseIdParams,
        body: s.newScreeningBody,
        response: { 201: s.screening, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createOnce(ctx, request, reply, principal.userId, async (trx) => ({
        status: 201,
        body: await screening.createScreening(
          ctx,
          trx,
          principal,
          actorOf(request),
          request.params.id,
          request.body,
        ),
      }));
    },
  );
}

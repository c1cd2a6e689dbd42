import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as s from './plans.schemas.ts';
import * as plans from './plans.service.ts';
import * as workflow from './plans.workflow.ts';

const tags = ['Assistance plans'];

export function registerPlanRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cases/:id/plans',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary:
          'The assistance plan of a case: every version, newest first, with goals, actions and services',
        params: s.caseIdParams,
        response: { 200: s.planList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => plans.listPlans(ctx, requireUser(request), actorOf(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/plans',
    {
      config: requires('plans.edit'),
      schema: {
        tags,
        summary: 'Start a plan, or a new draft version of the approved plan (its goals and actions copied)',
        headers: idempotencyHeader,
        params: s.caseIdParams,
        body: s.newPlanBody,
        response: { 201: s.plan, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        plans.createPlan(ctx, trx, principal, actorOf(request), request.params.id, request.body),
      );
    },
  );

  app.put(
    '/api/cases/:id/plans/:planId',
    {
      config: requires('plans.edit'),
      schema: {
        tags,
        summary: 'Replace the goals and actions of a draft or returned plan',
        headers: ifMatchHeader,
        params: s.planParams,
        body: s.planContentBody,
        response: { 200: s.plan, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await plans.savePlanContent(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.planId,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );

  app.post(
    '/api/cases/:id/plans/:planId/progress',
    {
      config: requires('plans.edit'),
      schema: {
        tags,
        summary: 'Record goal and action statuses and the actual end on the approved plan',
        headers: ifMatchHeader,
        params: s.planParams,
        body: s.progressBody,
        response: { 200: s.plan, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await workflow.recordProgress(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.planId,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );

  app.post(
    '/api/cases/:id/plans/:planId/submit',
    {
      config: requires('plans.edit'),
      schema: {
        tags,
        summary: 'Submit a draft or returned plan for approval by another person (four eyes)',
        headers: ifMatchHeader,
        params: s.planParams,
        response: { 200: s.plan, ...errorResponses(401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await workflow.submitPlan(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.planId,
        requiredVersion(request),
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );
}

import type { AlertOutcome } from '../../domain/monitoring/index.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as s from './monitoring.schemas.ts';
import * as monitoring from './monitoring.service.ts';

const tags = ['Monitoring'];

export function registerMonitoringRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cases/:id/monitoring',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary:
          'The monitoring schedule of a case: visits planned, done or missed, and what the caller may do',
        params: s.caseIdParams,
        response: { 200: s.overview, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => monitoring.getOverview(ctx, requireUser(request), actorOf(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/monitoring',
    {
      config: requires('monitoring.record'),
      schema: {
        tags,
        summary:
          'Start monitoring from the day of reunification or placement; the visits are planned from the schedule',
        headers: idempotencyHeader,
        params: s.caseIdParams,
        body: s.startBody,
        response: { 201: s.overview, ...errorResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        monitoring.startMonitoring(ctx, trx, principal, actorOf(request), request.params.id, request.body),
      );
    },
  );

  app.post(
    '/api/cases/:id/monitoring/visits',
    {
      config: requires('monitoring.record'),
      schema: {
        tags,
        summary: 'Plan an extra visit outside the schedule',
        headers: idempotencyHeader,
        params: s.caseIdParams,
        body: s.extraVisitBody,
        response: { 201: s.visit, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        monitoring.addVisit(ctx, trx, principal, actorOf(request), request.params.id, request.body.plannedOn),
      );
    },
  );

  app.patch(
    '/api/cases/:id/monitoring/visits/:visitId',
    {
      config: requires('monitoring.record'),
      schema: {
        tags,
        summary: 'Move a planned visit to another day',
        headers: ifMatchHeader,
        params: s.visitParams,
        body: s.rescheduleBody,
        response: { 200: s.visit, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await monitoring.rescheduleVisit(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.visitId,
        requiredVersion(request),
        request.body.plannedOn,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );

  app.post(
    '/api/cases/:id/monitoring/visits/:visitId/missed',
    {
      config: requires('monitoring.record'),
      schema: {
        tags,
        summary: 'Record that a planned visit did not happen, with the reason',
        headers: ifMatchHeader,
        params: s.visitParams,
        body: s.missedBody,
        response: { 200: s.visit, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await monitoring.markMissed(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.visitId,
        requiredVersion(request),
        request.body.reason,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );

  app.post(
    '/api/cases/:id/monitoring/visits/:visitId/record',
    {
      config: requires('monitoring.record'),
      schema: {
        tags,
        summary:
          "Record a visit as done: the well-being assessment (items 1–4 with evidence, the caregiver's and the child's views) and the re-trafficking risk review; scores are computed by the server",
        headers: ifMatchHeader,
        params: s.visitParams,
        body: s.recordVisitBody,
        response: { 200: s.recordResult, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await monitoring.recordVisit(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.visitId,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );

  app.get(
    '/api/cases/:id/monitoring/assessments',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary:
          'Well-being assessments (health field group), the plan actions required and what blocks closure as reintegrated',
        params: s.caseIdParams,
        response: { 200: s.assessmentList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      monitoring.listAssessments(ctx, requireUser(request), actorOf(request), request.params.id),
  );

  app.get(
    '/api/cases/:id/monitoring/alerts',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary: 'Safety and re-trafficking alerts of a case (health field group)',
        params: s.caseIdParams,
        response: { 200: s.alertList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => monitoring.listAlerts(ctx, requireUser(request), actorOf(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/monitoring/alerts/:alertId/resolve',
    {
      config: requires('monitoring.resolve-alert'),
      schema: {
        tags,
        summary: 'Resolve an alert with a note (a supervisor)',
        headers: ifMatchHeader,
        params: s.alertParams,
        body: s.resolveBody,
        response: { 200: s.alert, ...errorResponses(400, 401, 403, 404, 409, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await monitoring.resolveAlert(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.alertId,
        requiredVersion(request),
        request.body as { outcome: AlertOutcome; note: string },
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );
}

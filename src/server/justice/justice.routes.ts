import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as parties from './justice-parties.service.ts';
import * as s from './justice.schemas.ts';
import * as justice from './justice.service.ts';

const tags = ['Justice'];
const base = '/api/cases/:id/justice';

export function registerJusticeRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    base,
    {
      config: requires('justice.read'),
      schema: {
        tags,
        summary:
          'The justice section of a case: proceedings with stage history, protective measures, compensation, perpetrators, non-punishment (justice field group only)',
        params: s.caseIdParams,
        response: { 200: s.justiceView, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => justice.getJustice(ctx, requireUser(request), actorOf(request), request.params.id),
  );

  app.post(
    `${base}/proceedings`,
    {
      config: requires('justice.write'),
      schema: {
        tags,
        summary: 'Record criminal proceedings in which the child is victim or witness',
        headers: idempotencyHeader,
        params: s.caseIdParams,
        body: s.newProceedingBody,
        response: { 201: s.proceeding, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        justice.createProceeding(ctx, trx, principal, actorOf(request), request.params.id, request.body),
      );
    },
  );

  app.patch(
    `${base}/proceedings/:proceedingId`,
    {
      config: requires('justice.write'),
      schema: {
        tags,
        summary: 'Change the number, articles, authority, child role, legal aid, measures or compensation',
        headers: ifMatchHeader,
        params: s.proceedingParams,
        body: s.updateProceedingBody,
        response: { 200: s.proceeding, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await justice.updateProceeding(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.proceedingId,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );

  app.post(
    `${base}/proceedings/:proceedingId/stage`,
    {
      config: requires('justice.write'),
      schema: {
        tags,
        summary: 'Move the proceedings to their next stage (dated; a verdict or closure records the outcome)',
        headers: ifMatchHeader,
        params: s.proceedingParams,
        body: s.stageChangeBody,
        response: { 200: s.proceeding, ...errorResponses(400, 401, 403, 404, 412, 422, 428) },
      },
    },
    async (request, reply) => {
      const saved = await justice.changeStage(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.proceedingId,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );

  app.post(
    `${base}/perpetrators`,
    {
      config: requires('justice.write'),
      schema: {
        tags,
        summary: 'Record a perpetrator: HTCDS role in the process, relation to the child, sex, nationality',
        headers: idempotencyHeader,
        params: s.caseIdParams,
        body: s.newPerpetratorBody,
        response: { 201: s.perpetrator, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        parties.addPerpetrator(ctx, trx, principal, actorOf(request), request.params.id, request.body),
      );
    },
  );

  app.patch(
    `${base}/perpetrators/:perpetratorId`,
    {
      config: requires('justice.write'),
      schema: {
        tags,
        summary: 'Change what is known of a perpetrator',
        headers: ifMatchHeader,
        params: s.perpetratorParams,
        body: s.updatePerpetratorBody,
        response: { 200: s.perpetrator, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await parties.updatePerpetrator(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.perpetratorId,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );

  app.delete(
    `${base}/perpetrators/:perpetratorId`,
    {
      config: requires('justice.write'),
      schema: {
        tags,
        summary: 'Remove a perpetrator recorded by mistake',
        headers: ifMatchHeader,
        params: s.perpetratorParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      await parties.deletePerpetrator(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.perpetratorId,
        requiredVersion(request),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${base}/non-punishment`,
    {
      config: requires('justice.write'),
      schema: {
        tags,
        summary: 'Record a decision on non-punishment of the child for a compelled offence (CoE Art. 26)',
        headers: idempotencyHeader,
        params: s.caseIdParams,
        body: s.newDecisionBody,
        response: { 201: s.nonPunishmentDecision, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        parties.addDecision(ctx, trx, principal, actorOf(request), request.params.id, request.body),
      );
    },
  );

  app.patch(
    `${base}/non-punishment/:decisionId`,
    {
      config: requires('justice.write'),
      schema: {
        tags,
        summary: 'Change a non-punishment decision (e.g. pending → applied)',
        headers: ifMatchHeader,
        params: s.decisionParams,
        body: s.updateDecisionBody,
        response: { 200: s.nonPunishmentDecision, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const saved = await parties.updateDecision(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.decisionId,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, saved.version);
      return saved;
    },
  );
}

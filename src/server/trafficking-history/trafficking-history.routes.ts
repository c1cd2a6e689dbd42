import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireUser } from '../auth/authenticate.ts';
import { caseIdParams } from '../cases/cases.schemas.ts';
import type { AppContext } from '../context.ts';
import { createVersioned } from '../http/idempotency.ts';
import { errorResponses, idempotencyHeader, ifMatchHeader } from '../http/openapi.ts';
import { requires } from '../http/route-access.ts';
import { requiredVersion, setEtag } from '../http/versioning.ts';
import * as history from './trafficking-history.service.ts';
import * as s from './trafficking-history.schemas.ts';

const tags = ['Trafficking history'];

export function registerTraffickingHistoryRoutes(appBase: FastifyInstance, ctx: AppContext): void {
  const app = appBase.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/cases/:id/events',
    {
      config: requires('cases.read'),
      schema: {
        tags,
        summary:
          'Recruitment, transit and exploitation events of the case (field group exploitation), with the derived exploitation types and cross-border flag',
        params: caseIdParams,
        response: { 200: s.eventList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => history.listEvents(ctx, requireUser(request), actorOf(request), request.params.id),
  );

  app.post(
    '/api/cases/:id/events',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary: 'Record a trafficking event (HTCDS terms; the free-text place is encrypted)',
        headers: idempotencyHeader,
        params: caseIdParams,
        body: s.newEventBody,
        response: { 201: s.traffickingEvent, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const principal = requireUser(request);
      return createVersioned(ctx, request, reply, principal.userId, (trx) =>
        history.createEvent(ctx, trx, principal, actorOf(request), request.params.id, request.body),
      );
    },
  );

  app.patch(
    '/api/cases/:id/events/:eventId',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary: 'Change a trafficking event',
        headers: ifMatchHeader,
        params: s.eventParams,
        body: s.eventChangeBody,
        response: { 200: s.traffickingEvent, ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      const event = await history.updateEvent(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.eventId,
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, event.version);
      return event;
    },
  );

  app.delete(
    '/api/cases/:id/events/:eventId',
    {
      config: requires('cases.update'),
      schema: {
        tags,
        summary: 'Remove a trafficking event recorded in error',
        headers: ifMatchHeader,
        params: s.eventParams,
        response: { 204: z.null(), ...errorResponses(400, 401, 403, 404, 412, 428) },
      },
    },
    async (request, reply) => {
      await history.deleteEvent(
        ctx,
        requireUser(request),
        actorOf(request),
        request.params.id,
        request.params.eventId,
        requiredVersion(request),
      );
      return reply.code(204).send(null);
    },
  );
}
